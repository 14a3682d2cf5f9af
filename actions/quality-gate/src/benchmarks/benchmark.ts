import { readFile } from 'node:fs/promises';
import { ConfigurationError, errorMessage } from '@archway/kit';
import { BENCHMARK_RESULT_FORMAT, type BenchmarkResult, type BenchmarkVerdict } from '@archway/kit/benchmark-result';
import { benchmarkResultSchema } from '@archway/kit/benchmark-result-schema';
import { validate } from '@archway/kit/structured';
import { repoPath } from '../paths.ts';

export interface BenchmarkResults {
  reports: string[];
  /** The largest regression (percent, positive = worse) over every result file; 0 when none regressed. */
  worstChange: number;
  regressions: number;
  benchmarks: number;
  /** Benchmarks judged as regressed, worst first. */
  regressed: (BenchmarkVerdict & { report: string })[];
}

export function emptyBenchmarkResults(): BenchmarkResults {
  return { reports: [], worstChange: 0, regressions: 0, benchmarks: 0, regressed: [] };
}

/** Read one result file written by benchmark-regression, validated against the shared contract. */
export async function readBenchmarkResult(file: string, results: BenchmarkResults): Promise<void> {
  const label = repoPath(file);
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ConfigurationError(`${label}: not valid JSON (${errorMessage(error).split('\n')[0]})`);
  }
  const format = (data as { format?: unknown } | null)?.format;
  if (format !== BENCHMARK_RESULT_FORMAT) {
    throw new ConfigurationError(
      `${label}: not a benchmark-regression result (format is ${JSON.stringify(format ?? null)}, expected "${BENCHMARK_RESULT_FORMAT}")`,
    );
  }
  const result = await validate<BenchmarkResult>(data, benchmarkResultSchema, `${label} (a benchmark-regression result)`);
  results.reports.push(label);
  results.worstChange = Math.max(results.worstChange, result.worstChange);
  results.regressions += result.regressions;
  results.benchmarks += result.benchmarks.length;
  for (const benchmark of result.benchmarks) {
    if (benchmark.level !== 'none' && !benchmark.improved && (benchmark.change ?? 0) > 0)
      results.regressed.push({ ...benchmark, report: label });
  }
  results.regressed.sort((a, b) => (b.change ?? 0) - (a.change ?? 0));
}
