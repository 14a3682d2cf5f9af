import { BENCHMARK_RESULT_FORMAT, type BenchmarkResult, benchmarkResultSchema } from '@archway/kit/contracts/benchmark-result';
import { validate } from '@archway/kit/structured';
import type { FormatReader } from './format.ts';

/** benchmark-regression's result file. */
export const benchmarkReader: FormatReader = {
  formats: [BENCHMARK_RESULT_FORMAT],
  what: 'benchmark-regression result',
  async read(value, file, into) {
    const result = await validate<BenchmarkResult>(value, benchmarkResultSchema, `The benchmark-regression result ${file}`);
    into.benchmarks.push({
      file,
      status: result.status,
      regressions: result.regressions,
      worstChange: result.worstChange,
      benchmarks: result.benchmarks.map((b) => ({
        name: b.name,
        unit: b.unit,
        current: b.current,
        ...(b.baseline !== undefined ? { baseline: b.baseline } : {}),
        ...(b.change !== undefined ? { change: b.change } : {}),
        verdict: b.verdict,
        regressed: b.level !== 'none' && !b.improved && (b.change ?? 0) > 0,
      })),
    });
  },
};
