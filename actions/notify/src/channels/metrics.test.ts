import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readResultText } from '../results/read.ts';
import { emptyResults } from '../results/results.ts';
import { exposition, metricsOf } from './metrics.ts';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../test/fixtures/notify');

describe('metrics', () => {
  it('writes the results as gauges in the text format, one sample per value', async () => {
    const results = emptyResults();
    for (const name of ['gate-report-fail.json', 'benchmark-result.json', 'sbom-scan-result.json', 'boot-timings.json']) {
      await readResultText(readFileSync(path.join(FIXTURES, name), 'utf8'), name, results);
    }
    const text = exposition(metricsOf('failure', 125, results, 1_700_000_000_000));
    const lines = text.split('\n');
    for (const expected of [
      'archway_run_status{status="failure"} 1',
      'archway_run_success 0',
      'archway_run_duration_seconds 125',
      'archway_gate_passed 0',
      'archway_gate_condition_value{condition="coverage.min-line"} 58.33',
      'archway_gate_condition_threshold{condition="coverage.min-line"} 95',
      'archway_gate_condition_ok{condition="coverage.min-line"} 0',
      'archway_tests{result="flaky"} 1',
      'archway_coverage_percent{kind="line"} 58.33',
      'archway_benchmark_value{benchmark="BenchmarkSign",unit="ns/op"} 2.99',
      'archway_benchmark_change_percent{benchmark="BenchmarkUnused"} -0.8',
      'archway_vulnerabilities{severity="critical"} 1',
      'archway_license_violations 1',
      'archway_boot_milestone_seconds{arch="x86_64",machine="q35",milestone="login"} 3.42',
      '# TYPE archway_boot_total_seconds gauge',
    ]) {
      assert.ok(lines.includes(expected), `missing: ${expected}`);
    }
    assert.ok(text.endsWith('\n'));
  });

  it('escapes label values', () => {
    const results = emptyResults();
    results.benchmarks.push({
      file: 'b',
      status: 'pass',
      regressions: 0,
      worstChange: 0,
      benchmarks: [{ name: 'a"b\\c', unit: 'ns', current: 1, verdict: 'pass', regressed: false }],
    });
    assert.match(exposition(metricsOf('success', null, results)), /archway_benchmark_value\{benchmark="a\\"b\\\\c",unit="ns"\} 1/);
  });
});
