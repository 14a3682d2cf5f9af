import schema from './benchmark-result.schema.json' with { type: 'json' };

/**
 * The result file benchmark-regression writes (its `result-json` output) and quality-gate reads: the one
 * contract between the two actions. Changes are percentages where positive always means worse, whatever
 * the unit's direction, so a consumer never needs to know whether bigger is better.
 * benchmark-result.schema.json beside this file is the same contract as a JSON schema.
 */
export const BENCHMARK_RESULT_FORMAT = 'archway.benchmark-result/v1';

export type BenchmarkStatus = 'pass' | 'warn' | 'fail';
export type RegressionLevel = 'none' | 'minor' | 'major' | 'critical';

export interface BenchmarkVerdict {
  name: string;
  unit: string;
  /** Which way is better for this benchmark. */
  better: 'smaller' | 'bigger';
  /** Baseline value (median of the compared history or samples); absent for a new benchmark. */
  baseline?: number;
  current: number;
  /** Relative change in percent, positive = worse. Absent for a new benchmark. */
  change?: number;
  /** How sure the decision is, 0..1 (1 - p-value of the test used), when a test was run. */
  confidence?: number;
  /** How it was decided. */
  method: 'samples' | 'history' | 'new';
  level: RegressionLevel;
  /** True when the change is an improvement beyond noise. */
  improved: boolean;
  verdict: BenchmarkStatus;
  /** The commit from which a shift in the history began, when change-point detection found one. */
  changePoint?: { commit: string; index: number };
}

export interface BenchmarkResult {
  format: typeof BENCHMARK_RESULT_FORMAT;
  status: BenchmarkStatus;
  commit?: string;
  branch?: string;
  /** Thresholds in percent that mapped changes to levels. */
  thresholds: { minor: number; major: number; critical: number };
  /** The largest regression (percent, positive = worse) among benchmarks judged as regressed, else 0. */
  worstChange: number;
  regressions: number;
  benchmarks: BenchmarkVerdict[];
}

/** benchmark-result.schema.json, for validate(). */
export const benchmarkResultSchema: Record<string, unknown> = schema;
