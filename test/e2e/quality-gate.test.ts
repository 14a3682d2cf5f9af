// quality-gate end to end: the committed bundle through the runner harness, against the local GitHub API
// (every request checked against GitHub's OpenAPI description) and the Actions cache service.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BENCHMARK_RESULT_FORMAT, type BenchmarkResult } from '@archway/kit/benchmark-result';
import type { GateReport } from '../../actions/quality-gate/src/report.ts';
import { eslintSarif, newWorkspace, pytestManyFailures, pytestReports, vitestReports } from '../fixtures/report-producers/produce.ts';
import { type RunActionOptions, runAction } from '../harness/run-action.ts';
import { type GitHubApiServer, type ResultsServer, startGitHubApi, startResultsService } from '../services/index.ts';

const action = path.resolve(import.meta.dirname, '../../actions/quality-gate');
const PR = 7;

let gh: GitHubApiServer;
let results: ResultsServer;
let passing: string;
let failing: string;

before(async () => {
  [gh, results] = await Promise.all([startGitHubApi(), startResultsService()]);
  passing = newWorkspace();
  failing = newWorkspace();
  await Promise.all([
    vitestReports(passing),
    pytestReports(passing),
    vitestReports(failing, { fail: true }),
    eslintSarif(failing),
    pytestManyFailures(failing),
  ]);
});

after(async () => {
  await Promise.all([gh?.stop(), results?.stop()]);
});

function pullRequest(cwd: string, inputs: RunActionOptions['inputs']): Promise<Awaited<ReturnType<typeof runAction>>> {
  return runAction(action, {
    cwd,
    inputs: { token: gh.token, ...inputs },
    env: {
      ...gh.env,
      ...results.env,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_HEAD_REF: 'feature',
      GITHUB_BASE_REF: 'main',
      GITHUB_REF: `refs/pull/${PR}/merge`,
    },
    event: { pull_request: { number: PR, head: { sha: gh.env.GITHUB_SHA } } },
    secrets: [gh.token, gh.readOnlyToken],
  });
}

const report = (outputs: Record<string, string>) => JSON.parse(outputs['report-json'] ?? '{}') as GateReport;
const PASSING_INPUTS = {
  junit: 'vitest/reports/*.xml',
  coverage: 'vitest/coverage/lcov.info',
  config: 'coverage: { min-line: 50 }',
  comment: true,
};

describe('quality-gate end to end', { concurrency: false }, () => {
  it('passes: outputs, job summary, a successful check run and one PR comment', async () => {
    const result = await pullRequest(passing, PASSING_INPUTS);
    assert.equal(result.exitCode, 0, result.stdout);
    assert.deepEqual(result.leaks, []);
    assert.equal(result.outputs.passed, 'true');
    assert.equal(result.outputs.status, 'pass');
    assert.equal(report(result.outputs).tests?.total, 5);
    assert.match(result.summary, /^## ✅ Quality gate passed/);
    assert.equal(result.outputs.summary?.trim(), result.summary.trim());

    const [run] = gh.state.checkRuns;
    assert.equal(gh.state.checkRuns.length, 1);
    assert.deepEqual([run?.name, run?.head_sha, run?.status, run?.conclusion], ['Quality gate', gh.env.GITHUB_SHA, 'completed', 'success']);
    assert.match(run?.output.summary ?? '', /\| Line coverage \| 58\.82% \(10 of 17 lines\) \| ≥ 50% \| ✅ pass \|/);
    assert.ok(result.outputs['check-run-url']);
    assert.equal(gh.state.comments.length, 1);
    assert.equal(gh.state.comments[0]?.issue_number, PR);
    assert.match(gh.state.comments[0]?.body ?? '', /^<!-- archway:quality-gate\/Quality gate -->\n## ✅ Quality gate passed/);
    gh.assertNoViolations();
  });

  it('stores coverage on a push, catches the drop on a pull request, and updates the same comment', async () => {
    const push = await runAction(action, {
      cwd: passing,
      inputs: { token: gh.token, coverage: 'pytest/coverage.xml', 'check-name': 'Quality gate' },
      env: { ...gh.env, ...results.env, GITHUB_EVENT_NAME: 'push', GITHUB_REF_NAME: 'main', GITHUB_RUN_ID: '500' },
    });
    assert.equal(push.exitCode, 0, push.stdout);
    const stored = report(push.outputs).coverage?.line.pct ?? 0;
    assert.ok(stored > 80, `coverage.py measured ${stored}%`);
    assert.deepEqual(
      results.cacheEntries().map((e) => e.key),
      ['archway-coverage-quality-gate/main/500-1'],
    );

    const commentId = gh.state.comments[0]?.id;
    const result = await pullRequest(passing, PASSING_INPUTS);
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs.status, 'warn');
    assert.equal(result.outputs.passed, 'true');
    const drop = report(result.outputs).conditions.find((c) => c.id === 'coverage.max-line-drop');
    assert.deepEqual(
      [drop?.verdict, drop?.actual, drop?.note],
      ['warn', Math.round((stored - 58.82) * 100) / 100, `${stored}% on main → 58.82%`],
    );
    assert.deepEqual(
      result.annotations.filter((a) => a.level === 'warning').map((a) => a.message),
      [`Line coverage drop is ${drop?.actual} pts, expected ≤ 1 pts (${stored}% on main → 58.82%)`],
    );
    assert.equal(gh.state.checkRuns.at(-1)?.conclusion, 'neutral');
    assert.equal(gh.state.comments.length, 1, 'the comment is updated, not added');
    assert.equal(gh.state.comments[0]?.id, commentId);
    assert.match(gh.state.comments[0]?.body ?? '', /## ⚠️ Quality gate passed with warnings/);
    assert.equal(results.cacheEntries().length, 1, 'a pull request does not store a baseline');
    gh.assertNoViolations();
    results.assertNoViolations();
  });

  it('fails: failed tests and findings as check-run annotations in batches of 50, reasons as errors', async () => {
    const before = gh.requests.length;
    const result = await pullRequest(failing, { junit: '**/junit.xml', sarif: 'eslint/*.sarif', 'check-name': 'gate / linux' });
    assert.equal(result.exitCode, 1);
    assert.equal(result.outputs.passed, 'false');
    const gate = report(result.outputs);
    assert.deepEqual([gate.tests?.total, gate.tests?.failed], [125, 121]);
    assert.equal(gate.tests?.failures.length, 50, 'report-json lists the first 50');
    assert.deepEqual(result.errors, [
      'Quality gate failed:\n- Test pass rate is 2.42%, expected ≥ 95% (3 of 124 executed tests passed)\n- High findings is 1, expected ≤ 0',
    ]);

    const run = gh.state.checkRuns.at(-1);
    assert.deepEqual([run?.name, run?.status, run?.conclusion], ['gate / linux', 'completed', 'failure']);
    // 121 failed tests + 3 ESLint findings; no test here was flaky.
    assert.equal(run?.annotations.length, 124);
    const eval_ = run?.annotations.find((a) => a.path === 'eslint/app.js' && a.start_line === 7);
    assert.equal(eval_?.annotation_level, 'failure');
    const vitest = run?.annotations.find((a) => a.path === 'vitest/test/math.test.ts');
    assert.deepEqual([vitest?.start_line, vitest?.annotation_level], [19, 'failure']);
    assert.equal(run?.annotations.filter((a) => a.path === 'pytest-many/test_many.py' && a.start_line === 7).length, 120);
    const calls = gh.requests.slice(before).filter((r) => r.path.includes('/check-runs'));
    assert.deepEqual(
      calls.map((r) => `${r.method} ${(r.body as { output?: { annotations?: unknown[] } }).output?.annotations?.length}`),
      ['POST 50', 'PATCH 50', 'PATCH 24'],
    );
    gh.assertNoViolations();
  });

  it('a token that may not write only warns, once per write; the verdict stands', async () => {
    const runs = gh.state.checkRuns.length;
    const writes = gh.requests.filter((r) => r.method !== 'GET').length;
    const result = await pullRequest(passing, {
      ...PASSING_INPUTS,
      config: 'coverage: { min-line: 50, max-line-drop: false }',
      token: gh.readOnlyToken,
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs.passed, 'true');
    const warnings = result.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    assert.equal(warnings.length, 2, warnings.join('\n'));
    assert.match(
      warnings[0] ?? '',
      /^Could not create the check run: the token may not write here \(Resource not accessible by integration/,
    );
    assert.equal(warnings[1], 'Did not comment on pull request #7: the token may not write here.');
    assert.equal(gh.state.checkRuns.length, runs);
    assert.equal(gh.requests.filter((r) => r.method !== 'GET').length - writes, 1, 'the check run was tried once, the comment not at all');
    assert.deepEqual(result.leaks, []);
  });

  it("a fork's pull request writes nothing and says why, without failing", async () => {
    const requests = gh.requests.length;
    const result = await runAction(action, {
      cwd: passing,
      inputs: { token: gh.readOnlyToken, ...PASSING_INPUTS, config: 'coverage: { min-line: 50, max-line-drop: false }' },
      env: { ...gh.env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_HEAD_REF: 'patch-1', GITHUB_BASE_REF: 'main' },
      event: {
        pull_request: {
          number: PR,
          head: { sha: gh.env.GITHUB_SHA, repo: { full_name: 'contributor/example' } },
          base: { repo: { full_name: `${gh.owner}/${gh.repo}` } },
        },
      },
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs.passed, 'true');
    assert.deepEqual(
      result.annotations.map((a) => `${a.level}: ${a.message}`),
      [
        "warning: This pull request comes from a fork, whose workflows get a read-only token: no check run or comment is written. The gate's verdict stands; the report is in the job summary.",
      ],
    );
    assert.equal(gh.requests.length, requests, 'no GitHub call at all');
    assert.match(result.summary, /## ✅ Quality gate passed/);
  });
});

describe('quality-gate on benchmark-regression results', () => {
  it('fails on a regression beyond max-regression and names the benchmark; passes within it', async () => {
    const workspace = newWorkspace();
    const result: BenchmarkResult = {
      format: BENCHMARK_RESULT_FORMAT,
      status: 'fail',
      thresholds: { minor: 5, major: 10, critical: 25 },
      worstChange: 12.5,
      regressions: 1,
      benchmarks: [
        {
          name: 'BenchmarkParse',
          unit: 'ns/op',
          better: 'smaller',
          baseline: 800,
          current: 900,
          change: 12.5,
          confidence: 0.99,
          method: 'samples',
          level: 'major',
          improved: false,
          verdict: 'fail',
        },
        {
          name: 'BenchmarkBoot',
          unit: 'ns/op',
          better: 'smaller',
          baseline: 100,
          current: 99,
          change: -1,
          method: 'samples',
          level: 'none',
          improved: false,
          verdict: 'pass',
        },
      ],
    };
    writeFileSync(path.join(workspace, 'bench-result.json'), JSON.stringify(result));
    const failed = await runAction(action, { cwd: workspace, inputs: { benchmark: path.join(workspace, 'bench-result.json'), token: '' } });
    assert.equal(failed.exitCode, 1);
    assert.deepEqual(failed.errors, ['Quality gate failed: Worst benchmark regression is 12.5%, expected ≤ 5%']);
    assert.match(failed.summary, /\| BenchmarkParse \| \+12\.5% \| 800 → 900 ns\/op \| major \|/);
    const passed = await runAction(action, {
      cwd: workspace,
      inputs: { benchmark: 'bench-result.json', config: 'benchmarks: { max-regression: 15 }', token: '' },
    });
    assert.equal(passed.exitCode, 0, passed.stdout);
    assert.equal(passed.outputs.status, 'pass');
  });
});

describe('quality-gate refuses bad input with one clear error', () => {
  const workspace = newWorkspace();
  const run = async (inputs: RunActionOptions['inputs'], files: Record<string, string> = {}) => {
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(workspace, name), content);
    const result = await runAction(action, { cwd: workspace, inputs: { token: '', ...inputs } });
    assert.equal(result.exitCode, 1, result.stdout);
    assert.doesNotMatch(result.stdout, /Unexpected error/);
    assert.equal(result.errors.length, 1, result.errors.join('\n'));
    return result.errors[0] ?? '';
  };

  it('with only defaults: nothing to gate', async () => {
    assert.match(await run({}), /^Nothing to gate: give at least one of the inputs junit, coverage, sarif or benchmark/);
  });

  it('a config with an unknown key', async () => {
    assert.match(
      await run(
        { junit: 'ok.xml', config: 'tests: { min-passrate: 90 }' },
        { 'ok.xml': '<testsuite name="s"><testcase name="a"/></testsuite>' },
      ),
      /^Input 'config' is invalid: unknown key 'min-passrate' at \/tests \(allowed: level, min-pass-rate, min-tests, max-failures, max-flaky\)$/,
    );
  });

  it('patterns that match no file', async () => {
    assert.match(
      await run({ coverage: 'build/**/lcov.info' }),
      /^Input 'coverage' matched no files \(patterns: build\/\*\*\/lcov\.info, in .*\); set if-no-files-found to warn or ignore/,
    );
  });

  it('a report of the wrong kind', async () => {
    assert.match(
      await run({ junit: 'summary.json' }, { 'summary.json': '{"total": {"lines": {"total": 2, "covered": 1, "pct": 50}}}' }),
      /^summary\.json: this is Istanbul json-summary, which the 'coverage' input reads, not 'junit' \(JUnit XML, go test -json, Mocha JSON, Jest JSON, TAP\)$/,
    );
    assert.equal(
      await run({ junit: 'notes.json' }, { 'notes.json': '{"notes": []}' }),
      "notes.json: JSON that is none of the formats read here, not a report the 'junit' input reads (JUnit XML, go test -json, Mocha JSON, Jest JSON, TAP)",
    );
    assert.equal(
      await run({ coverage: 'junit.xml' }, { 'junit.xml': '<testsuite name="s"/>' }),
      "junit.xml: this is JUnit XML, which the 'junit' input reads, not 'coverage' (lcov, Cobertura XML, Istanbul json-summary, Istanbul coverage-final.json, JaCoCo XML, Go cover profile, Clover XML, gcov JSON)",
    );
  });

  it('hostile XML', async () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">]><testsuite name="&lol2;"/>`;
    assert.match(
      await run({ junit: 'lol.xml' }, { 'lol.xml': lol }),
      /^lol\.xml: contains a DOCTYPE with an internal subset, which is refused/,
    );
  });
});
