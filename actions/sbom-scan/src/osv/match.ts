import type { Component } from '../model.ts';
import { normalisePythonName } from '../sbom/purl.ts';
import type { OsvAffected, OsvEvent, OsvRecord } from './record.ts';
import { type Compare, comparatorFor } from './versions.ts';

/** OSV names PyPI packages in any spelling; compare them normalised. */
export function samePackage(affected: OsvAffected, c: Pick<Component, 'ecosystem' | 'name'>): boolean {
  const p = affected.package;
  if (!p || p.ecosystem.split(':')[0] !== c.ecosystem) return false;
  return c.ecosystem === 'PyPI' ? normalisePythonName(p.name) === normalisePythonName(c.name) : p.name === c.name;
}

/**
 * OSV's evaluation of one range (the schema's pseudo-code): walking the events in version order, an
 * `introduced` at or below the version starts an affected stretch, a `fixed` at or below it ends one,
 * a `last_affected` below it ends one; a `limit` at or below it rules the range out.
 */
export function inRange(version: string, events: OsvEvent[], compare: Compare): boolean {
  const limits = events.flatMap((e) => (e.limit !== undefined ? [e.limit] : []));
  if (limits.length > 0 && limits.every((l) => l !== '*' && compare(version, l) >= 0)) return false;
  const point = (e: (typeof events)[number]) => e.introduced ?? e.fixed ?? e.last_affected ?? e.limit ?? '0';
  const sorted = events.filter((e) => e.limit === undefined).sort((a, b) => compare(point(a), point(b)));
  let affected = false;
  for (const e of sorted) {
    if (e.introduced !== undefined && compare(version, e.introduced) >= 0) affected = true;
    else if (e.fixed !== undefined && compare(version, e.fixed) >= 0) affected = false;
    else if (e.last_affected !== undefined && compare(version, e.last_affected) > 0) affected = false;
  }
  return affected;
}

/** Whether an affected entry covers the version: its explicit version list, or any non-GIT range. */
export async function affects(affected: OsvAffected, c: Pick<Component, 'ecosystem' | 'name' | 'version'>): Promise<boolean> {
  if (!samePackage(affected, c)) return false;
  const normalised = c.ecosystem === 'Go' ? c.version.replace(/^v/, '') : c.version;
  if (affected.versions?.some((v) => v === c.version || v === normalised)) return true;
  for (const range of affected.ranges ?? []) {
    if (range.type === 'GIT') continue;
    const compare = await comparatorFor(c.ecosystem, range.type);
    if (inRange(normalised, range.events, compare)) return true;
  }
  return false;
}

/** The versions that fix a record for this package (the `fixed` events of its matching entries). */
export function fixedVersions(record: OsvRecord, c: Pick<Component, 'ecosystem' | 'name'>): string[] {
  return (record.affected ?? [])
    .filter((a) => samePackage(a, c))
    .flatMap((a) => (a.ranges ?? []).filter((r) => r.type !== 'GIT').flatMap((r) => r.events.flatMap((e) => (e.fixed ? [e.fixed] : []))));
}

/** Records that affect the component, withdrawn ones left out. */
export async function matchingRecords(records: Iterable<OsvRecord>, c: Component): Promise<OsvRecord[]> {
  const hits: OsvRecord[] = [];
  for (const record of records) {
    if (record.withdrawn) continue;
    for (const affected of record.affected ?? []) {
      if (await affects(affected, c)) {
        hits.push(record);
        break;
      }
    }
  }
  return hits;
}
