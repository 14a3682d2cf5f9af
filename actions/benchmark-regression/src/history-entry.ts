import { ConfigurationError } from '@archway/kit';
import type { Decision } from './decide.ts';
import type { HistoryEntry } from './history.ts';
import type { Measurement } from './model.ts';

export interface RunIdentity {
  /** The commit measured; empty outside a repository checkout. */
  commit: string;
  branch: string;
  runId?: string;
}

/**
 * This run as a history entry: per benchmark the run value its decision used (so later runs' history
 * tests compare like with like), its unit and direction, and its samples. Nothing that is not a finite
 * number is stored: one NaN in a history would be read back as a baseline by every later run.
 */
export function historyEntry(run: RunIdentity, measurements: readonly Measurement[], decisions: readonly Decision[]): HistoryEntry {
  const benchmarks: HistoryEntry['benchmarks'] = {};
  measurements.forEach((m, i) => {
    const decision = decisions[i] as Decision;
    const values = [decision.current, ...(m.samples ?? [])];
    if (!values.every(Number.isFinite)) {
      throw new ConfigurationError(`Benchmark '${m.name}' has a value that is not a finite number; it is not stored in the history`);
    }
    benchmarks[m.name] = {
      value: decision.current,
      unit: m.unit,
      better: decision.better,
      ...(m.samples ? { samples: m.samples } : {}),
    };
  });
  return {
    commit: run.commit || `run-${run.runId ?? Date.now()}`,
    branch: run.branch,
    date: new Date().toISOString(),
    benchmarks,
  };
}
