import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { BENCHMARK_RESULT_FORMAT, type BenchmarkResult } from '@archway/kit/benchmark-result';
import { emptyBenchmarkResults, readBenchmarkResult } from './benchmark.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'qg-bench-'));
before(() => {
  process.env.GITHUB_WORKSPACE = dir;
});

function file(name: string, value: unknown): string {
  const full = path.join(dir, name);
  writeFileSync(full, JSON.stringify(value));
  return full;
}

const result: BenchmarkResult = {
  format: BENCHMARK_RESULT_FORMAT,
  status: 'warn',
  commit: 'abc',
  thresholds: { minor: 2, major: 5, critical: 15 },
  worstChange: 7.5,
  regressions: 2,
  benchmarks: [
    {
      name: 'parse',
      unit: 'ns/op',
      better: 'smaller',
      baseline: 100,
      current: 107.5,
      change: 7.5,
      method: 'samples',
      level: 'major',
      improved: false,
      verdict: 'warn',
    },
    {
      name: 'boot',
      unit: 's',
      better: 'smaller',
      baseline: 10,
      current: 10.3,
      change: 3,
      method: 'history',
      level: 'minor',
      improved: false,
      verdict: 'pass',
    },
    {
      name: 'ops',
      unit: 'ops/s',
      better: 'bigger',
      baseline: 50,
      current: 60,
      change: -20,
      method: 'samples',
      level: 'none',
      improved: true,
      verdict: 'pass',
    },
    { name: 'new', unit: 'ms', better: 'smaller', current: 1, method: 'new', level: 'none', improved: false, verdict: 'pass' },
  ],
};

describe('benchmark-regression results', () => {
  it('reads the shared contract: worst change, regressions, the regressed benchmarks worst first', async () => {
    const results = emptyBenchmarkResults();
    await readBenchmarkResult(file('a.json', result), results);
    await readBenchmarkResult(
      file('b.json', { ...result, worstChange: 12, regressions: 1, benchmarks: [{ ...result.benchmarks[0], name: 'link', change: 12 }] }),
      results,
    );
    assert.equal(results.worstChange, 12);
    assert.equal(results.regressions, 3);
    assert.equal(results.benchmarks, 5);
    assert.deepEqual(
      results.regressed.map((b) => [b.name, b.change, b.report]),
      [
        ['link', 12, 'b.json'],
        ['parse', 7.5, 'a.json'],
        ['boot', 3, 'a.json'],
      ],
    );
  });

  it('refuses a file that breaks the contract, pointing at the bad key', async () => {
    await assert.rejects(readBenchmarkResult(file('bad.json', { ...result, worstChange: 'high' }), emptyBenchmarkResults()), {
      name: 'ConfigurationError',
      message: /^bad\.json \(a benchmark-regression result\) is invalid: \/worstChange must be number/,
    });
    await assert.rejects(readBenchmarkResult(file('other.json', { format: 'something else' }), emptyBenchmarkResults()), {
      message: 'other.json: not a benchmark-regression result (format is "something else", expected "archway.benchmark-result/v1")',
    });
  });
});
