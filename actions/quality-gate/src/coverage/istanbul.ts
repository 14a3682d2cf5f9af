import { readFile } from 'node:fs/promises';
import { ConfigurationError } from '@archway/kit';
import { repoPath } from '../paths.ts';
import { type FileCoverage, ratio } from './model.ts';

interface Metric {
  total: number;
  covered: number;
}

/** Istanbul json-summary (coverage-summary.json from jest, vitest, nyc, c8): per-file totals. */
export async function readIstanbulSummary(file: string, add: (coverage: FileCoverage) => void, label = repoPath(file)): Promise<void> {
  let data: Record<string, { lines?: Metric; branches?: Metric }>;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ConfigurationError(`${label}: not valid JSON (${(error as Error).message})`);
  }
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

function isMetric(value: unknown): value is Metric {
  const m = value as Metric | undefined;
  return typeof m?.total === 'number' && typeof m.covered === 'number';
}
