import { ConfigurationError } from '@archway/kit';
import { repoPath } from '../paths.ts';
import { isObject, readJsonReport } from './json-file.ts';
import { type FileCoverage, ratio } from './model.ts';

interface Metric {
  total: number;
  covered: number;
}

/** Istanbul json-summary (coverage-summary.json from jest, vitest, nyc, c8): per-file totals. */
export async function readIstanbulSummary(file: string, add: (coverage: FileCoverage) => void, label = repoPath(file)): Promise<void> {
  const data = (await readJsonReport(file, label)) as Record<string, { lines?: Metric; branches?: Metric }>;
  if (!isMetric(data?.total?.lines)) {
    throw new ConfigurationError(
      `${label}: not an Istanbul json-summary (no "total.lines" with total and covered; use the json-summary reporter)`,
    );
  }
  for (const [name, entry] of Object.entries(data)) {
    if (name === 'total' || !isMetric(entry?.lines)) continue;
    add({
      path: repoPath(name),
      lineTotals: ratio(entry.lines.covered, entry.lines.total),
      ...(isMetric(entry.branches) ? { branchTotals: ratio(entry.branches.covered, entry.branches.total) } : {}),
    });
  }
}

interface Location {
  start?: { line?: number };
}

interface IstanbulFile {
  path?: string;
  statementMap?: Record<string, Location>;
  s?: Record<string, number>;
  branchMap?: Record<string, { loc?: Location; line?: number; locations?: Location[] }>;
  b?: Record<string, number[]>;
}

/**
 * Istanbul coverage-final.json (the `json` reporter of jest, vitest, nyc): statements and branches per
 * file. Lines are counted as istanbul counts them: a line is the start line of a statement, run as often
 * as its most run statement; branches are each branch's paths, covered when taken.
 */
export async function readIstanbulFinal(file: string, add: (coverage: FileCoverage) => void, label = repoPath(file)): Promise<void> {
  const data = await readJsonReport(file, label);
  if (!isObject(data)) throw new ConfigurationError(`${label}: not an Istanbul coverage-final.json (expected an object of files)`);
  for (const [name, value] of Object.entries(data)) {
    if (!isObject(value) || !isObject(value.statementMap) || !isObject(value.s))
      throw new ConfigurationError(
        `${label}: the entry '${name.slice(0, 200)}' has no statementMap and s; not an Istanbul coverage-final.json`,
      );
    const entry = value as IstanbulFile;
    const coverage: FileCoverage = { path: repoPath(entry.path ?? name), lines: new Map(), branches: new Map() };
    const statements = entry.statementMap as Record<string, Location>;
    const counts = entry.s as Record<string, number>;
    for (const [id, location] of Object.entries(statements)) {
      const line = location?.start?.line;
      if (typeof line !== 'number') continue;
      const hits = Number(counts[id]) || 0;
      coverage.lines?.set(line, Math.max(coverage.lines.get(line) ?? 0, hits));
    }
    for (const [id, taken] of Object.entries(entry.b ?? {})) {
      if (!Array.isArray(taken)) continue;
      const branch = entry.branchMap?.[id];
      const line = branch?.loc?.start?.line ?? branch?.line ?? branch?.locations?.[0]?.start?.line ?? 0;
      const [covered, total] = coverage.branches?.get(line) ?? [0, 0];
      coverage.branches?.set(line, [covered + taken.filter((c) => Number(c) > 0).length, total + taken.length]);
    }
    add(coverage);
  }
}

function isMetric(value: unknown): value is Metric {
  const m = value as Metric | undefined;
  return typeof m?.total === 'number' && typeof m.covered === 'number';
}
