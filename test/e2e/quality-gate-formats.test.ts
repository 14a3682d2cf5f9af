// quality-gate on the newer report formats, each written at test time by the real tool: go test -json,
// node's TAP reporter, Jest's and Mocha's JSON, gcc's gcov JSON and Istanbul's coverage-final.json (vitest
// v8). Every expected figure is the tool's own total: gotestsum's JUnit of the same go event stream, the
// counts node prints at the end of its TAP, Jest's num* fields, Mocha's stats, gcov's text summary and the
// json-summary Istanbul writes in the same run. The committed bundle then detects and gates them all.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { readCoverage } from '../../actions/quality-gate/src/coverage/detect.ts';
import { CoverageCollector } from '../../actions/quality-gate/src/coverage/model.ts';
import type { GateReport } from '../../actions/quality-gate/src/report.ts';
import { emptyTestResults } from '../../actions/quality-gate/src/tests/model.ts';
import { readTestReport } from '../../actions/quality-gate/src/tests/read.ts';
import { gcovJson, goTestJson, jestJson, mochaJson, newWorkspace, nodeTap, vitestReports } from '../fixtures/report-producers/produce.ts';
import { runAction } from '../harness/run-action.ts';

const action = path.resolve(import.meta.dirname, '../../actions/quality-gate');
const workspace = newWorkspace();
let go: Awaited<ReturnType<typeof goTestJson>>;
let tap: Awaited<ReturnType<typeof nodeTap>>;
let jest: Awaited<ReturnType<typeof jestJson>>;
let mocha: Awaited<ReturnType<typeof mochaJson>>;
let gcov: Awaited<ReturnType<typeof gcovJson>>;
let vitest: Awaited<ReturnType<typeof vitestReports>>;

before(async () => {
  process.env.GITHUB_WORKSPACE = workspace;
  [go, tap, jest, mocha, gcov, vitest] = await Promise.all([
    goTestJson(workspace, { fail: true }),
    nodeTap(workspace, { fail: true }),
    jestJson(workspace, { fail: true }),
    mochaJson(workspace, { fail: true }),
    gcovJson(workspace),
    vitestReports(workspace),
  ]);
});

async function tests(file: string) {
  const results = emptyTestResults();
  const format = await readTestReport(file, results);
  return { ...results, format };
}

async function coverage(file: string) {
  const collector = new CoverageCollector();
  const format = await readCoverage(file, collector);
  return { ...collector.results(), format };
}

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

describe('newer report formats from real tools', () => {
  it('go test -json: the counts gotestsum gives for the same event stream', async () => {
    const results = await tests(go.json);
    assert.equal(results.format, 'go-test-json');
    const junit = readFileSync(go.junit, 'utf8');
    const totals = /<testsuites[^>]*\stests="(\d+)"[^>]*\sfailures="(\d+)"/.exec(junit);
    assert.ok(totals, junit.slice(0, 400));
    assert.deepEqual([results.total, results.failed], [Number(totals[1]), Number(totals[2])]);
    assert.ok(results.failed > 0 && results.passed > 0);
    assert.match(results.failures.map((f) => f.name).join('\n'), /TestSignZero/);
  });

  it('node --test TAP: the totals node prints at the end (todo counts as skipped), nested tests kept apart from suites', async () => {
    const results = await tests(tap.tap);
    assert.equal(results.format, 'tap');
    const text = readFileSync(tap.tap, 'utf8');
    const count = (name: string) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(text)?.[1]);
    assert.deepEqual(
      [results.total, results.passed, results.failed, results.skipped],
      [count('tests'), count('pass'), count('fail'), count('skipped') + count('todo')],
    );
    assert.deepEqual([results.total, results.failed], [6, 1]);
    assert.match(results.failures[0]?.name ?? '', /of zero/);
  });

  it("Jest --json: Jest's own numTotalTests, numPassedTests, numFailedTests and pending + todo", async () => {
    const results = await tests(jest.json);
    assert.equal(results.format, 'jest-json');
    const own = json(jest.json);
    assert.deepEqual(
      [results.total, results.passed, results.failed, results.skipped],
      [own.numTotalTests, own.numPassedTests, own.numFailedTests, own.numPendingTests + own.numTodoTests],
    );
    assert.deepEqual([results.total, results.failed], [6, 1]);
    assert.match(results.failures[0]?.name ?? '', /of zero/);
  });

  it("Mocha's json reporter: Mocha's own stats", async () => {
    const results = await tests(mocha.json);
    assert.equal(results.format, 'mocha-json');
    const { stats } = json(mocha.json);
    assert.deepEqual(
      [results.total, results.passed, results.failed, results.skipped],
      [stats.tests, stats.passes, stats.failures, stats.pending],
    );
    assert.deepEqual([results.total, results.failed], [5, 1]);
  });

  it("gcov --json-format: the line and branch totals of gcov's own summary", async () => {
    const results = await coverage(gcov.json);
    assert.equal(results.format, 'gcov-json');
    const lines = /Lines executed:([\d.]+)% of (\d+)/.exec(gcov.summary);
    const taken = /Taken at least once:([\d.]+)% of (\d+)/.exec(gcov.summary);
    assert.ok(lines && taken, gcov.summary);
    assert.equal(results.line.total, Number(lines[2]));
    assert.equal(Math.round((results.line.covered / results.line.total) * 10000) / 100, Number(lines[1]));
    assert.equal(results.branch.total, Number(taken[2]));
    assert.equal(Math.round((results.branch.covered / results.branch.total) * 10000) / 100, Number(taken[1]));
    assert.deepEqual([results.line.covered, results.line.total, results.branch.covered, results.branch.total], [8, 17, 3, 10]);
    assert.deepEqual(
      results.byFile.map((f) => f.file),
      ['gcov/calc.c'],
    );
  });

  it('Istanbul coverage-final.json: the line and branch totals of the json-summary of the same run', async () => {
    const results = await coverage(vitest.istanbulFinal);
    assert.equal(results.format, 'istanbul-json');
    const { total } = json(vitest.jsonSummary);
    assert.deepEqual([results.line.covered, results.line.total], [total.lines.covered, total.lines.total]);
    assert.deepEqual([results.branch.covered, results.branch.total], [total.branches.covered, total.branches.total]);
  });

  it('a JUnit report re-encoded as UTF-16 (with BOM and declaration) reads the same as the UTF-8 one vitest wrote', async () => {
    const utf8 = readFileSync(vitest.junit, 'utf8');
    assert.match(utf8, /^<\?xml version="1\.0" encoding="UTF-8"/i);
    const utf16 = path.join(workspace, 'vitest/reports/junit-utf16.xml');
    writeFileSync(
      utf16,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8.replace(/encoding="UTF-8"/i, 'encoding="UTF-16"'), 'utf16le')]),
    );
    const [a, b] = [await tests(vitest.junit), await tests(utf16)];
    assert.deepEqual([b.format, b.total, b.passed, b.failed, b.skipped], [a.format, a.total, a.passed, a.failed, a.skipped]);
    assert.deepEqual([a.total, a.passed, a.skipped], [5, 4, 1]);
  });

  it('the bundle detects each format, names it in the summary and gates them together', async () => {
    const result = await runAction(action, {
      cwd: workspace,
      inputs: {
        junit: 'go-json/go-test.json\nnode-tap/results.tap\njest/jest.json\nmocha/mocha.json',
        coverage: 'gcov/calc.gcov.json\nvitest/coverage/coverage-final.json',
        token: '',
      },
    });
    assert.equal(result.exitCode, 1, result.stdout);
    const report = JSON.parse(result.outputs['report-json'] ?? '{}') as GateReport;
    assert.deepEqual(
      report.reports.map((r) => `${r.input} ${r.file} ${r.format}`),
      [
        'junit go-json/go-test.json go-test-json',
        'junit jest/jest.json jest-json',
        'junit mocha/mocha.json mocha-json',
        'junit node-tap/results.tap tap',
        'coverage gcov/calc.gcov.json gcov-json',
        'coverage vitest/coverage/coverage-final.json istanbul-json',
      ],
    );
    for (const name of ['go test -json', 'Jest JSON', 'Mocha JSON', 'TAP', 'gcov JSON', 'Istanbul coverage-final.json'])
      assert.ok(result.summary.includes(`(${name})`), `${name} in the summary`);
    // go: TestSignZero and TestFlakyOnce (it fails on its first run); one each from TAP, Jest and Mocha.
    assert.equal(report.tests?.failed, 5);
    assert.equal(report.conditions.find((c) => c.id === 'tests.min-pass-rate')?.verdict, 'fail');
  });
});
