import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError, errorMessage } from '../runner/errors.ts';
import schema from './boot-timings.schema.json' with { type: 'json' };

/**
 * The boot timings qemu-boot-test writes and benchmark-regression reads as one of its formats: when each
 * expected milestone of one boot appeared (seconds since the emulator started) and how long the boot
 * took, so boot time is tracked like any benchmark. boot-timings.schema.json beside this file is the same
 * contract as a JSON schema.
 */
export const BOOT_TIMINGS_FORMAT = 'archway-boot-timings/v1';

export interface BootMilestone {
  /** The milestone as the boot test names it (its expected text or its step's name). */
  name: string;
  /** Seconds from the emulator's start to the milestone's first appearance. */
  seconds: number;
}

export interface BootTimings {
  format: typeof BOOT_TIMINGS_FORMAT;
  /** The guest architecture, e.g. aarch64, riscv64, x86_64. */
  arch: string;
  /** The emulated machine, e.g. virt, q35. */
  machine: string;
  /** How the boot ended, as the boot test reports it (passed, failed, timeout, ...). */
  result: string;
  /** Milestones in the order they appeared. */
  milestones: BootMilestone[];
  /** Seconds from the emulator's start to the end of the boot test. */
  totalSeconds: number;
}

/** boot-timings.schema.json, for validate(). */
export const bootTimingsSchema: Record<string, unknown> = schema;

/** Parse and validate a boot timings file; a ConfigurationError names the file and what is wrong. */
export async function readBootTimings(file: string): Promise<BootTimings> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigurationError(`Cannot read the boot timings ${file}: ${errorMessage(error)}`);
  }
  return parseBootTimings(text, file);
}

/** Validate the text of a boot timings file; `label` names it in errors. */
export async function parseBootTimings(text: string, label: string): Promise<BootTimings> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`The boot timings ${label} are not JSON: ${errorMessage(error)}`);
  }
  const { validate } = await import('../readers/structured.ts');
  return validate<BootTimings>(value, bootTimingsSchema, `The boot timings ${label}`);
}

/** True when a parsed JSON document says it is boot timings (its format field), before validating it. */
export function isBootTimings(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === BOOT_TIMINGS_FORMAT;
}

/** Validate and write a boot timings file (pretty JSON, creating its folder); returns the path written. */
export async function writeBootTimings(file: string, timings: BootTimings): Promise<string> {
  const { validate } = await import('../readers/structured.ts');
  await validate<BootTimings>(structuredClone(timings), bootTimingsSchema, 'The boot timings being written');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(timings, null, 2)}\n`);
  return file;
}
