import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { structured } from '@archway/kit/structured';
import { emptyBenchmarkResults } from './benchmarks/benchmark.ts';
import configSchema from './config.schema.json' with { type: 'json' };
import { type GateConfig, resolveConditions } from './config.ts';
import { ratio } from './coverage/model.ts';
import { type Evidence, evaluate, failsStep, gateStatus } from './gate.ts';
import { buildReport, reason, renderMarkdown } from './report.ts';
import { emptySecurityResults } from './security/sarif.ts';
import { emptyTestResults } from './tests/model.ts';

const parseConfig = async (raw: string) => structured<GateConfig>({ schema: configSchema }).parse(raw, 'config');

function evidence(): Evidence {
  const tests = { ...emptyTestResults(), reports: ['junit.xml'], total: 100, passed: 96, failed: 3, skipped: 1, flaky: 2 };
  const coverage = {
    reports: [{ file: 'lcov.info', format: 'lcov' as const }],
    files: 3,
    line: ratio(82, 100),
    branch: ratio(30, 50),
    byFile: [],
  };
  const security = { ...emptySecurityResults(), reports: ['scan.sarif'], counts: { critical: 0, high: 0, medium: 4, low: 9 } };
  const benchmarks = { ...emptyBenchmarkResults(), reports: ['bench.json'], worstChange: 3.2, regressions: 1 };
  return { tests, coverage, security, benchmarks };
}

describe('gate config', () => {
  it('defaults to the usual thresholds', () => {
    assert.deepEqual(
      resolveConditions().map((c) => `${c.id} ${c.bound} ${c.threshold} ${c.level}`),
      [
        'tests.min-pass-rate min 95 fail',
        'tests.min-tests min 1 fail',
        'coverage.min-line min 80 fail',
        'coverage.max-line-drop max 1 warn',
        'security.max-critical max 0 fail',
        'security.max-high max 0 fail',
        'benchmarks.max-regression max 5 fail',
      ],
    );
  });

  it('takes numbers, {threshold, level}, section levels and false from YAML', async () => {
    const config = await parseConfig(`
tests:
  min-pass-rate: 99
  max-flaky: { threshold: 0, level: warn }
coverage:
  level: warn
  min-line: 70
  min-branch: { threshold: 50, level: fail }
security:
  max-high: false
  max-medium: 10
`);
    const byId = Object.fromEntries(resolveConditions(config).map((c) => [c.id, `${c.threshold} ${c.level}`]));
    assert.deepEqual(byId, {
      'tests.min-pass-rate': '99 fail',
      'tests.min-tests': '1 fail',
      'tests.max-flaky': '0 warn',
      'coverage.min-line': '70 warn',
      'coverage.min-branch': '50 fail',
      'coverage.max-line-drop': '1 warn',
      'security.max-critical': '0 fail',
      'security.max-medium': '10 fail',
      'benchmarks.max-regression': '5 fail',
    });
  });

  it('points at the bad key of a wrong config', async () => {
    await assert.rejects(parseConfig('coverage:\n  min-lines: 80\n'), {
      name: 'ConfigurationError',
      message:
        /^Input 'config' is invalid: unknown key 'min-lines' at \/coverage \(allowed: level, min-line, min-branch, max-line-drop, max-branch-drop, if-no-data\)$/,
    });
    await assert.rejects(parseConfig('tests:\n  min-pass-rate: lots\n'), {
      message: /\/tests\/min-pass-rate must be number \(got 'lots'\)/,
    });
    await assert.rejects(parseConfig('tests:\n  level: maybe\n'), { message: /\/tests\/level is 'maybe', expected one of fail, warn/ });
    await assert.rejects(parseConfig('quality: high\n'), {
      message: /unknown key 'quality' at \/ \(allowed: tests, coverage, security, benchmarks\)/,
    });
    await assert.rejects(parseConfig('no-such-file.yml'), {
      message: /Input 'config' has 'no-such-file\.yml': cannot open the YAML\/JSON file: no such file or directory/,
    });
  });
});

describe('gate decision', () => {
  it('passes when every condition holds, and lists one row per condition', () => {
    const results = evaluate(resolveConditions(), evidence());
    assert.equal(gateStatus(results), 'pass');
    assert.deepEqual(
      results.map((r) => [r.id, r.value, r.verdict]),
      [
        ['tests.min-pass-rate', 96.97, 'pass'],
        ['tests.min-tests', 100, 'pass'],
        ['coverage.min-line', 82, 'pass'],
        ['coverage.max-line-drop', undefined, 'skip'],
        ['security.max-critical', 0, 'pass'],
        ['security.max-high', 0, 'pass'],
        ['benchmarks.max-regression', 3.2, 'pass'],
      ],
    );
  });

  it('warns for warn-level conditions and fails for fail-level ones', () => {
    const gathered = evidence();
    gathered.baseline = { format: 'archway.quality-gate.coverage/v1', ref: 'main', line: 84.5 };
    const warned = evaluate(resolveConditions(), gathered);
    assert.equal(gateStatus(warned), 'warn');
    const drop = warned.find((r) => r.id === 'coverage.max-line-drop');
    assert.deepEqual([drop?.value, drop?.verdict, drop?.note], [2.5, 'warn', '84.5% on main → 82%']);

    if (gathered.security) gathered.security.counts.high = 2;
    const failed = evaluate(resolveConditions(), gathered);
    assert.equal(gateStatus(failed), 'fail');
    const report = buildReport(failed, gathered, 'fail', false, 'fail');
    const high = report.conditions.find((r) => r.id === 'security.max-high');
    assert.ok(high);
    assert.equal(reason(high), 'High findings is 2, expected ≤ 0');
    assert.deepEqual([high.actual, high.ok], [2, false]);
  });

  it('judges only the sections asked for, and skips those whose files were missing', () => {
    const results = evaluate(resolveConditions(), { tests: null, coverage: evidence().coverage });
    assert.deepEqual(
      results.map((r) => [r.id, r.verdict, r.note]),
      [
        ['tests.min-pass-rate', 'skip', 'no JUnit reports matched'],
        ['tests.min-tests', 'skip', 'no JUnit reports matched'],
        ['coverage.min-line', 'pass', '82 of 100 lines'],
        ['coverage.max-line-drop', 'skip', 'no stored baseline to compare with'],
      ],
    );
  });

  it('fails min-tests and skips the pass rate when a report holds no executed test', () => {
    const results = evaluate(resolveConditions(), { tests: { ...emptyTestResults(), total: 2, skipped: 2 } });
    assert.deepEqual(
      results.map((r) => [r.id, r.verdict]),
      [
        ['tests.min-pass-rate', 'skip'],
        ['tests.min-tests', 'pass'],
      ],
    );
    assert.equal(gateStatus(evaluate(resolveConditions(), { tests: emptyTestResults() })), 'fail');
  });

  it('applies fail-on to the step', () => {
    assert.deepEqual(
      (['pass', 'warn', 'fail'] as const).map((s) => [failsStep(s, 'fail'), failsStep(s, 'warn'), failsStep(s, 'never')]),
      [
        [false, false, false],
        [false, true, false],
        [true, true, false],
      ],
    );
  });
});

describe('report', () => {
  it('renders the verdict, a row per condition with value, threshold and verdict, and the failing tests', () => {
    const gathered = evidence();
    if (gathered.tests) {
      gathered.tests.failures = [
        {
          name: 'divides | by zero',
          classname: 'calc',
          file: 'test/calc.test.ts',
          line: 19,
          message: 'expected 1\nto be 2',
          attempts: 1,
          report: 'j.xml',
        },
      ];
    }
    const config = resolveConditions({ tests: { 'min-pass-rate': 99 } });
    const results = evaluate(config, gathered);
    const report = buildReport(results, gathered, gateStatus(results), false, 'fail');
    const markdown = renderMarkdown(report);
    assert.match(markdown, /^## ❌ Quality gate failed\n\n1 failed, of 7 conditions\./);
    assert.match(markdown, /\| Test pass rate \| 96\.97% \(96 of 99 executed tests passed\) \| ≥ 99% \| ❌ fail \|/);
    assert.match(markdown, /\| Line coverage drop \| no stored baseline to compare with \| ≤ 1 pts \(warn\) \| ➖ skipped \|/);
    assert.match(markdown, /### Failed tests \(3\)/);
    assert.match(markdown, /\| calc › divides \\\| by zero \| test\/calc\.test\.ts:19 \| expected 1 \|/);
    assert.match(markdown, /_… and 2 more \(see the report-json output\)\._/);
    assert.equal(report.format, 'archway-gate-report/v1');
    assert.equal(report.conditions.length, 7);
  });
});
