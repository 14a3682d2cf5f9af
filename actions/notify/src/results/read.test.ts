import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ConfigurationError } from '@archway/kit';
import { findings } from './describe.ts';
import { readResultText } from './read.ts';
import { emptyResults } from './results.ts';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../test/fixtures/notify');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

describe('result files', () => {
  it("reads quality-gate's failing report: verdict, conditions, tests, coverage (values from its own report)", async () => {
    const results = emptyResults();
    await readResultText(fixture('gate-report-fail.json'), 'gate-report-fail.json', results);
    const [gate] = results.gates;
    assert.ok(gate);
    assert.equal(gate.passed, false);
    assert.deepEqual(
      gate.conditions.filter((c) => c.verdict === 'fail').map((c) => [c.id, c.value, c.threshold]),
      [
        ['coverage.min-line', 58.33, 95],
        ['benchmarks.max-regression', 3.1, 1],
      ],
    );
    assert.deepEqual(gate.tests, { total: 3, passed: 3, failed: 0, skipped: 0, flaky: 1 });
    assert.deepEqual(gate.coverage, { line: 58.33 });
    assert.deepEqual(findings(results), ['Quality gate failed: line coverage 58.33% < 95%; worst benchmark regression 3.1% > 1%']);
  });

  it("reads quality-gate's passing report with a warning", async () => {
    const results = emptyResults();
    await readResultText(fixture('gate-report-warn.json'), 'gate-report-warn.json', results);
    assert.equal(results.gates[0]?.passed, true);
    assert.match(findings(results)[0] ?? '', /^Quality gate passed with warnings: flaky tests 1 > 0$/i);
  });

  it("reads benchmark-regression's result", async () => {
    const results = emptyResults();
    await readResultText(fixture('benchmark-result.json'), 'benchmark-result.json', results);
    const [bench] = results.benchmarks;
    assert.deepEqual([bench?.status, bench?.regressions, bench?.worstChange], ['pass', 1, 3.1]);
    assert.deepEqual(
      bench?.benchmarks.map((b) => [b.name, b.current, b.change, b.regressed]),
      [
        ['BenchmarkSign', 2.99, 3.1, true],
        ['BenchmarkUnused', 1.19, -0.8, false],
      ],
    );
    assert.deepEqual(findings(results), ['1 benchmark slower within tolerance']);
  });

  it('reads sbom-scan, boot timings and hardware-sim results by their format', async () => {
    const results = emptyResults();
    for (const name of ['sbom-scan-result.json', 'boot-timings.json', 'hardware-sim-result.json'])
      await readResultText(fixture(name), name, results);
    assert.deepEqual(results.sboms[0]?.vulnerabilities, { critical: 1, high: 1, medium: 2, low: 0, unknown: 0 });
    assert.equal(results.boots[0]?.totalSeconds, 3.42);
    assert.deepEqual(
      results.hardware[0]?.boards.map((b) => [b.board, b.result, b.failedSteps.length]),
      [
        ['stm32vldiscovery', 'passed', 0],
        ['netduinoplus2', 'failed', 1],
      ],
    );
    assert.deepEqual(findings(results), [
      '1 critical vulnerability, 1 high vulnerability, 2 medium vulnerabilities, 1 licence violation',
      "board netduinoplus2 failed at step 'wait for READY' (timed out after 5 s)",
      'booted x86_64/q35 in 3.42 s',
    ]);
  });

  it('names the file and the formats it knows for an unknown format, and for a file that breaks its contract', async () => {
    await assert.rejects(readResultText('{"format":"junit"}', 'r.json', emptyResults()), (e: Error) => {
      assert.ok(e instanceof ConfigurationError);
      assert.match(
        e.message,
        /^The result file r.json has the format 'junit'; notify reads archway-gate-report\/v1 \(quality-gate report\)/,
      );
      return true;
    });
    await assert.rejects(readResultText('[1]', 'r.json', emptyResults()), /has no 'format' field/);
    await assert.rejects(readResultText('{', 'r.json', emptyResults()), /The result file r.json is not JSON/);
    await assert.rejects(
      readResultText('{"format":"archway-boot-timings/v1","arch":"x"}', 'b.json', emptyResults()),
      /The boot timings b.json is invalid: missing key 'machine'/,
    );
  });
});
