import path from 'node:path';
import * as core from '@actions/core';
import { annotate, inputError, STEP_ANNOTATION_LIMIT } from '@archway/kit';
import { emptySeverityCounts, type Severity, type SeverityCounts } from '@archway/kit/contracts/sbom-scan-result';
import { resolveUserPath } from '@archway/kit/files';
import type { Component } from './model.ts';
import type { ComponentFinding } from './osv/findings.ts';
import type { OsvRecord } from './osv/record.ts';
import type { Secret } from './secrets/scan.ts';

/** The steps main.ts strings together, each small enough to read on its own. */

export const TOOL_VERSION = '1.0.0';

/** SOURCE_DATE_EPOCH (reproducible builds) when set, else now. */
export function creationTime(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  return new Date().toISOString();
}

/** Advisories per component, from the offline export when given, else from the OSV API. */
export async function lookUpAdvisories(components: Component[], osvUrl: string, osvDb: string): Promise<Map<string, OsvRecord[]>> {
  const queryable = components.filter((c) => c.version && !(c.ecosystem === 'GitHub Actions' && /^[0-9a-f]{40}$/.test(c.version)));
  if (osvDb) {
    const { loadOfflineDatabase, queryOffline } = await import('./osv/offline.ts');
    const location = await resolveUserPath('osv-db', osvDb, { roots: ['workspace', 'runner-temp'] });
    const database = await loadOfflineDatabase(location, osvDb);
    return queryOffline(database, queryable);
  }
  if (!osvUrl) throw inputError('osv-url', osvUrl, 'give the OSV API URL or an offline export in osv-db');
  const { queryOsv } = await import('./osv/client.ts');
  return queryOsv(osvUrl, queryable);
}

export async function toFindings(
  components: Component[],
  records: Map<string, OsvRecord[]>,
  onlyFixed: boolean,
): Promise<ComponentFinding[]> {
  const { findingsFor } = await import('./osv/findings.ts');
  const all: ComponentFinding[] = [];
  for (const c of components) {
    const hits = (records.get(c.purl) ?? []).filter((r) => !r.withdrawn);
    if (hits.length > 0) all.push(...(await findingsFor(c, hits)));
  }
  // A stable order whatever order the lockfiles listed the components in: by advisory, then package.
  const key = (f: ComponentFinding) => [f.id, f.ecosystem, f.package, f.version];
  all.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return (x[i] as string) < (y[i] as string) ? -1 : 1;
    return 0;
  });
  return onlyFixed ? all.filter((f) => f.fixed.length > 0) : all;
}

const RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, unknown: 2, low: 1 };

export function countBySeverity(findings: ComponentFinding[]): SeverityCounts {
  const counts = emptySeverityCounts();
  for (const f of findings) if (!f.ignored) counts[f.severity]++;
  return counts;
}

/** Findings at or above the threshold (unknown ranks with medium); none for 'none'. */
export function blocking(findings: ComponentFinding[], failOn: Severity | 'none'): ComponentFinding[] {
  if (failOn === 'none') return [];
  return findings.filter((f) => !f.ignored && RANK[f.severity] >= RANK[failOn]);
}

/**
 * Warnings a reviewer can click (secrets at their line, advisories at the lockfile line), as many as
 * GitHub shows; the verdict itself is the step's one error.
 */
export function annotateFindings(findings: ComponentFinding[], secrets: Secret[]): void {
  const shownSecrets = secrets.slice(0, STEP_ANNOTATION_LIMIT);
  for (const s of shownSecrets)
    annotate({
      level: 'warning',
      title: `Hardcoded secret (${s.rule})`,
      message: `${s.description}: ${s.masked}`,
      file: s.file,
      line: s.line,
    });
  for (const f of findings.filter((x) => !x.ignored).slice(0, STEP_ANNOTATION_LIMIT - shownSecrets.length)) {
    annotate({
      level: 'warning',
      title: `${f.id} in ${f.package} ${f.version}`,
      message: `${f.summary ?? f.id} (${f.severity}); ${f.fixed.length > 0 ? `fixed in ${f.fixed.join(', ')}` : 'no fixed version'}`,
      file: f.component.lockfile,
      line: f.component.line,
    });
  }
}

/** Output paths are reported relative to the workspace, as the result contract says. */
export function relativeToWorkspace(file: string): string {
  return path
    .relative(process.env.GITHUB_WORKSPACE || process.cwd(), file)
    .split(path.sep)
    .join('/');
}

export function logWarnings(warnings: string[]): void {
  for (const w of warnings.slice(0, 20)) core.warning(w);
  if (warnings.length > 20) core.warning(`… and ${warnings.length - 20} more lockfile warnings`);
}
