// quality-gate on reports written by the real tools at test time: vitest, pytest + coverage.py, go test +
// gotestsum, ESLint's SARIF formatter and ctest. Parsers are checked against each tool's own totals; the
// committed bundle is run on the same reports through the runner harness.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { readCoverage } from '../../actions/quality-gate/src/coverage/detect.ts';
import { CoverageCollector } from '../../actions/quality-gate/src/coverage/model.ts';
import type { GateReport } from '../../actions/quality-gate/src/report.ts';
import { emptySecurityResults, readSarif } from '../../actions/quality-gate/src/security/sarif.ts';
import { emptyTestResults, readJUnit } from '../../actions/quality-gate/src/tests/junit.ts';
import { ctestJUnit, eslintSarif, goReports, newWorkspace, pytestReports, vitestReports } from '../fixtures/report-producers/produce.ts';
import { runAction } from '../harness/run-action.ts';

const action = path.resolve(import.meta.dirname, '../../actions/quality-gate');
const workspace = newWorkspace();
let vitest: Awaited<ReturnType<typeof vitestReports>>;
let pytest: Awaited<ReturnType<typeof pytestReports>>;
let go: Awaited<ReturnType<typeof goReports>>;
let eslint: Awaited<ReturnType<typeof eslintSarif>>;
let ctest: Awaited<ReturnType<typeof ctestJUnit>>;

before(async () => {
  process.env.GITHUB_WORKSPACE = workspace;
  // The failing variants: a failing assertion in each test suite, so failures and locations are real.
  [vitest, pytest, go, eslint, ctest] = await Promise.all([
    vitestReports(workspace, { fail: true }),
    pytestReports(workspace, { fail: true }),
    goReports(workspace, { fail: true }),
    eslintSarif(workspace),
    ctestJUnit(workspace),
  ]);
});

async function junit(file: string) {
  const results = emptyTestResults();
  await readJUnit(file, results);
  return results;
}

async function coverage(file: string) {
  const collector = new CoverageCollector();
  await readCoverage(file, collector);
  return collector.results();
}

const attribute = (xml: string, name: string) => Number(new RegExp(`<coverage[^>]*\\s${name}="([\\d.]+)"`).exec(xml)?.[1]);

describe('reports from real tools', () => {
  it('vitest JUnit: counts, the skipped test, the failing assertion with file and line', async () => {
    const results = await junit(vitest.junit);
    assert.deepEqual([results.total, results.passed, results.failed, results.skipped], [5, 3, 1, 1]);
    const [failure] = results.failures;
    assert.equal(failure?.name, 'math > reports a wrong sum');
    assert.equal(failure?.file, 'vitest/test/math.test.ts', 'resolved from the report up to the vitest root');
    assert.equal(failure?.line, 19);
    assert.match(failure?.message ?? '', /expected 4 to be 5/);
  });

  it("vitest v8 coverage: lcov, Cobertura, json-summary and Clover all give the tool's own totals", async () => {
    const summary = JSON.parse(readFileSync(vitest.jsonSummary, 'utf8')) as {
      total: { lines: { covered: number; total: number }; branches: { covered: number; total: number } };
    };
    const expected = {
      line: [summary.total.lines.covered, summary.total.lines.total],
      branch: [summary.total.branches.covered, summary.total.branches.total],
    };
    assert.ok(summary.total.lines.covered < summary.total.lines.total, 'the fixture leaves lines uncovered');
    for (const [format, file] of Object.entries({
      lcov: vitest.lcov,
      cobertura: vitest.cobertura,
      jsonSummary: vitest.jsonSummary,
      clover: vitest.clover,
    })) {
      const results = await coverage(file);
      assert.deepEqual(
        { line: [results.line.covered, results.line.total], branch: [results.branch.covered, results.branch.total] },
        expected,
        format,
      );
      assert.equal(results.files, 1, format);
    }
  });

  it("pytest JUnit and coverage.py Cobertura: counts, location, coverage.py's own rates", async () => {
    const results = await junit(pytest.junit);
    assert.deepEqual([results.total, results.passed, results.failed, results.skipped], [3, 1, 1, 1]);
    assert.deepEqual(
      [results.failures[0]?.name, results.failures[0]?.file, results.failures[0]?.line],
      ['test_pass', 'pytest/test_calc.py', 15],
    );
    const xml = readFileSync(pytest.cobertura, 'utf8');
    const cov = await coverage(pytest.cobertura);
    assert.deepEqual([cov.line.covered, cov.line.total], [attribute(xml, 'lines-covered'), attribute(xml, 'lines-valid')]);
    assert.deepEqual([cov.branch.covered, cov.branch.total], [attribute(xml, 'branches-covered'), attribute(xml, 'branches-valid')]);
    assert.ok(cov.branch.total > 0, 'coverage.py ran with --branch');
  });

  it('gotestsum JUnit: a test that passed on rerun is folded and flaky; the failing one keeps its attempts', async () => {
    const results = await junit(go.junit);
    assert.deepEqual([results.total, results.passed, results.failed, results.flaky], [3, 2, 1, 1]);
    assert.deepEqual(
      [results.flakyTests[0]?.name, results.flakyTests[0]?.attempts, results.flakyTests[0]?.file, results.flakyTests[0]?.line],
      ['TestFlakyOnce', 2, 'go/flaky_test.go', 14],
    );
    assert.deepEqual([results.failures[0]?.name, results.failures[0]?.attempts], ['TestSignZero', 3]);
    assert.equal(results.failures[0]?.message.trim(), 'calc_test.go:20: Sign(0) = "zero", want "nothing"');
  });

  it('go cover profile: counted in statements, the same total as go tool cover -func', async () => {
    const cov = await coverage(go.cover);
    assert.equal(cov.files, 1);
    const total = /^total:\s+\(statements\)\s+([\d.]+)%$/m.exec(go.func)?.[1];
    assert.ok(total, go.func);
    // go prints one decimal.
    assert.equal(Math.round((cov.line.pct ?? 0) * 10) / 10, Number(total), go.func);
    // calc.go has 7 statements (go's own count in the profile): Sign's 5 and Unused's 2. The tests of Sign
    // never reach its last return, and nothing calls Unused.
    assert.deepEqual([cov.line.covered, cov.line.total], [4, 7]);
  });

  it('ESLint SARIF: errors count as high, warnings as medium, located in the workspace', async () => {
    const results = emptySecurityResults();
    await readSarif(eslint.sarif, results);
    assert.deepEqual(results.counts, { critical: 0, high: 1, medium: 2, low: 0 });
    assert.deepEqual(results.findings.map((f) => [f.severity, f.ruleId, f.file, f.line]).sort(), [
      ['high', 'no-eval', 'eslint/app.js', 7],
      ['medium', 'eqeqeq', 'eslint/app.js', 5],
      ['medium', 'no-unused-vars', 'eslint/app.js', 4],
    ]);
  });

  it('ctest JUnit: disabled tests are skipped, the failure carries its output', async () => {
    const results = await junit(ctest.junit);
    assert.deepEqual([results.total, results.passed, results.failed, results.skipped], [4, 2, 1, 1]);
    assert.equal(results.failures[0]?.message, 'boom at step 2');
  });

  it('the bundle gates all of them at once and explains why it fails', async () => {
    const result = await runAction(action, {
      cwd: workspace,
      inputs: {
        junit: 'vitest/reports/junit.xml\npytest/junit.xml\ngo/junit.xml\nctest.xml',
        coverage: 'vitest/coverage/lcov.info\npytest/coverage.xml\ngo/cover.out',
        sarif: '**/*.sarif',
        token: '',
      },
    });
    assert.equal(result.exitCode, 1, result.stdout);
    const report = JSON.parse(result.outputs['report-json'] ?? '{}') as GateReport;
    assert.equal(report.status, 'fail');
    assert.equal(result.outputs.passed, 'false');
    assert.deepEqual([report.tests?.total, report.tests?.failed, report.tests?.flaky], [15, 4, 1]);
    assert.deepEqual(report.security?.counts, { critical: 0, high: 1, medium: 2, low: 0 });
    assert.deepEqual(
      report.conditions.map((c) => `${c.id}=${c.verdict}`),
      [
        'tests.min-pass-rate=fail',
        'tests.min-tests=pass',
        'coverage.min-line=fail',
        'coverage.max-line-drop=skip',
        'security.max-critical=pass',
        'security.max-high=fail',
      ],
    );
    assert.deepEqual(result.errors, [
      [
        'Quality gate failed:',
        '- Test pass rate is 66.67%, expected ≥ 95% (8 of 12 executed tests passed)',
        `- Line coverage is ${report.conditions[2]?.actual}%, expected ≥ 80% (${report.coverage?.line.covered} of ${report.coverage?.line.total} lines)`,
        '- High findings is 1, expected ≤ 0',
      ].join('\n'),
    ]);
    assert.match(result.summary, /### Failed tests \(4\)/);
    assert.match(result.summary, /\| example\.com\/calc › TestFlakyOnce \| 2 \| flaky_test\.go:14: fails on the first run only \|/);
    assert.match(result.summary, /\| go\/calc_test\.go:20 \| calc_test\.go:20: Sign\(0\) = "zero", want "nothing" \|/);
  });
});
