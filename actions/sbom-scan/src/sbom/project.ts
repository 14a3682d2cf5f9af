import { createHash } from 'node:crypto';
import type { Component } from '../model.ts';

/** What both SBOMs say about the scanned project and this run, fixed so that output is reproducible. */
export interface SbomContext {
  /** The project's name (the repository, else the scanned folder). */
  name: string;
  /** ISO time: SOURCE_DATE_EPOCH, else the commit's time, else now. */
  created: string;
  toolVersion: string;
  /** Set for a fresh serial number per run; by default it is derived from the content. */
  randomSerial?: boolean;
}

/** A UUID (v5 layout) from the content, so the same lockfiles give the same serial number. */
export function contentUuid(components: Component[], salt: string): string {
  const hash = createHash('sha256');
  hash.update(salt);
  for (const c of components) hash.update(`\n${c.purl}`);
  const b = hash.digest().subarray(0, 16);
  b[6] = ((b[6] as number) & 0x0f) | 0x50;
  b[8] = ((b[8] as number) & 0x3f) | 0x80;
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Components the project asks for itself: the lockfile's direct ones, else every one with no dependant. */
export function directComponents(components: Component[]): Component[] {
  const known = components.filter((c) => c.direct !== undefined);
  if (known.length > 0) return components.filter((c) => c.direct);
  const depended = new Set(components.flatMap((c) => c.dependsOn));
  return components.filter((c) => !depended.has(c.purl));
}
