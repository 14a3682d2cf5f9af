import { ConfigurationError } from '@archway/kit';
import { type HistoryPoint, SAMPLE_RUNS } from './decide.ts';
import type { Better } from './model.ts';
import { quantileSketch } from './stats.ts';
import { conversionFactor } from './units.ts';

/**
 * The stored history of one benchmark suite: one entry per run (commit) and branch, oldest first. It stays
 * bounded: at most `max-history` entries per branch, and raw samples only in each branch's newest
 * SAMPLE_RUNS entries (as a quantile sketch of at most MAX_SAMPLES values), which is all the decision reads.
 */
export const HISTORY_FORMAT = 'archway.benchmark-history/v1';
export const MAX_SAMPLES = 100;

export interface StoredBenchmark {
  value: number;
  unit: string;
  better: Better;
  samples?: number[];
}

export interface HistoryEntry {
  commit: string;
  branch: string;
  /** ISO time the run was recorded. */
  date: string;
  benchmarks: Record<string, StoredBenchmark>;
}

export interface HistoryDocument {
  format: typeof HISTORY_FORMAT;
  entries: HistoryEntry[];
}

export function emptyHistory(): HistoryDocument {
  return { format: HISTORY_FORMAT, entries: [] };
}

/** Accept a stored document, refusing anything that is not one (a wrong path must not be overwritten). */
export function parseHistory(value: unknown, label: string): HistoryDocument {
  const doc = value as Partial<HistoryDocument> | null;
  if (!doc || typeof doc !== 'object' || doc.format !== HISTORY_FORMAT || !Array.isArray(doc.entries)) {
    throw new ConfigurationError(`${label} is not a benchmark history (expected a JSON object with format '${HISTORY_FORMAT}')`);
  }
  return {
    format: HISTORY_FORMAT,
    entries: doc.entries.filter((e) => e && typeof e.branch === 'string' && typeof e.benchmarks === 'object'),
  };
}

/**
 * Add a run. A re-run of the same commit on the same branch replaces its earlier entry. Then trim: keep the
 * newest `maxHistory` entries per branch, samples only in the newest SAMPLE_RUNS per branch.
 */
export function addEntry(doc: HistoryDocument, entry: HistoryEntry, maxHistory: number): HistoryDocument {
  const entries = doc.entries.filter((e) => !(e.branch === entry.branch && e.commit === entry.commit));
  entries.push(sketched(entry));
  const seen = new Map<string, number>();
  const kept: HistoryEntry[] = [];
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i] as HistoryEntry;
    const rank = seen.get(e.branch) ?? 0;
    seen.set(e.branch, rank + 1);
    if (rank >= maxHistory) continue;
    kept.push(rank >= SAMPLE_RUNS ? withoutSamples(e) : e);
  }
  return { format: HISTORY_FORMAT, entries: kept.reverse() };
}

function sketched(entry: HistoryEntry): HistoryEntry {
  const benchmarks: Record<string, StoredBenchmark> = {};
  for (const [name, b] of Object.entries(entry.benchmarks)) {
    benchmarks[name] = b.samples ? { ...b, samples: quantileSketch(b.samples, MAX_SAMPLES) } : b;
  }
  return { ...entry, benchmarks };
}

function withoutSamples(entry: HistoryEntry): HistoryEntry {
  if (!Object.values(entry.benchmarks).some((b) => b.samples)) return entry;
  const benchmarks: Record<string, StoredBenchmark> = {};
  for (const [name, { samples: _dropped, ...rest }] of Object.entries(entry.benchmarks)) benchmarks[name] = rest;
  return { ...entry, benchmarks };
}

/** The first branch among `candidates` that has entries, else the first candidate. */
export function baselineBranch(doc: HistoryDocument, candidates: readonly string[]): string {
  return candidates.find((b) => doc.entries.some((e) => e.branch === b)) ?? (candidates[0] as string);
}

export function entriesOf(doc: HistoryDocument, branch: string): HistoryEntry[] {
  return doc.entries.filter((e) => e.branch === branch);
}

/**
 * The last `window` points of one benchmark on a branch, converted to `unit`. Points in a unit that cannot
 * be converted (the benchmark changed what it measures) are left out, along with everything before them.
 */
export function seriesFor(entries: readonly HistoryEntry[], name: string, unit: string, window: number): HistoryPoint[] {
  const points: HistoryPoint[] = [];
  for (let i = entries.length - 1; i >= 0 && points.length < window; i--) {
    const entry = entries[i] as HistoryEntry;
    const stored = entry.benchmarks[name];
    if (!stored) continue;
    const factor = conversionFactor(stored.unit, unit);
    if (factor === undefined) break;
    points.push({
      commit: entry.commit,
      value: stored.value * factor,
      ...(stored.samples ? { samples: stored.samples.map((s) => s * factor) } : {}),
    });
  }
  return points.reverse();
}
