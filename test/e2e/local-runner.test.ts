// The local runner end to end: a small pipeline (test/fixtures/pipelines/quality-gate) that calls a reusable
// workflow, which checks out a tiny project, runs its tests with node's test runner (JUnit + lcov) and runs
// the committed quality-gate bundle over them, against the local GitHub API and the Actions cache service;
// and artifacts between jobs through the upload/download stand-ins (the real @actions/artifact).
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type JobRecord, type RunResult, runWorkflow } from '../harness/local-runner/runner.ts';
import { type GitHubApiServer, type ResultsServer, startGitHubApi, startResultsService } from '../services/index.ts';

const fixture = path.resolve(import.meta.dirname, '../fixtures/pipelines/quality-gate');

let gh: GitHubApiServer;
let results: ResultsServer;

before(async () => {
  [gh, results] = await Promise.all([startGitHubApi(), startResultsService()]);
});

after(async () => {
  await Promise.all([gh?.stop(), results?.stop()]);
});

async function pipeline(inputs: Record<string, string | number | boolean>, lines: string[]): Promise<RunResult> {
  return runWorkflow({
    workflow: path.join(fixture, '.github/workflows/pipeline.yml'),
    project: path.join(fixture, 'project'),
    inputs,
    env: { ...gh.env, ...results.env },
    github: {
      token: gh.token,
      sha: gh.env.GITHUB_SHA ?? '',
      repository: gh.env.GITHUB_REPOSITORY ?? '',
      repository_owner: gh.env.GITHUB_REPOSITORY_OWNER ?? '',
    },
    secrets: { GITHUB_TOKEN: gh.token },
    log: (line) => lines.push(line),
  });
}

function job(result: RunResult, key: string): JobRecord {
  const found = result.jobs.find((j) => j.key === key);
  assert.ok(found, `no job ${key}`);
  return found;
}

describe('local runner: a pipeline with the quality gate', { concurrency: false }, () => {
  it('passes: the gate over real test reports, a successful check run, outputs up through two workflows', async () => {
    const lines: string[] = [];
    const result = await pipeline({ 'min-line': 50 }, lines);
    assert.equal(result.result, 'success', lines.join('\n'));
    assert.deepEqual(result.outputs, { status: 'pass' });
    const gate = job(result, 'checks / gate');
    assert.deepEqual(
      gate.steps.map((s) => [s.name, s.outcome]),
      [
        ['Run actions/checkout@93cb6efe18208431cddfb8368fd83d5badbf9bfd', 'success'],
        ['Unit tests', 'success'],
        ['Quality gate', 'success'],
      ],
    );
    assert.deepEqual(gate.outputs, { status: 'pass', passed: 'true' });
    assert.match(gate.summary, /^## ✅ Quality gate passed/);
    assert.match(gate.summary, /\| Tests \| 3 \|/);
    assert.equal(job(result, 'checks').outputs.status, 'pass');
    assert.match(job(result, 'report').summary, /Gate verdict: \*\*pass\*\* \(checks success\)/);
    const runs = gh.state.checkRuns;
    assert.equal(runs.length, 1);
    assert.deepEqual([runs[0]?.name, runs[0]?.head_sha, runs[0]?.conclusion], ['Quality gate', gh.env.GITHUB_SHA, 'success']);
    assert.ok(lines.includes('── summary of checks / gate ──'));
  });

  it('fails the gate job with the gate message when a test fails; the report job still runs', async () => {
    const lines: string[] = [];
    const result = await pipeline({ 'break-tests': true }, lines);
    assert.equal(result.result, 'failure');
    assert.deepEqual(result.outputs, { status: 'fail' });
    const gate = job(result, 'checks / gate');
    assert.equal(gate.result, 'failure');
    const [, tests, gateStep] = gate.steps;
    assert.deepEqual([tests?.outcome, tests?.conclusion], ['failure', 'success'], 'continue-on-error on the tests');
    assert.equal(gateStep?.outcome, 'failure');
    const errors = gateStep?.annotations.filter((a) => a.level === 'error').map((a) => a.message) ?? [];
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0] ?? '', /^Quality gate failed: Test pass rate is 66\.67%, expected ≥ 95%/);
    assert.ok(gateStep?.tail.some((l) => l.includes('Quality gate failed')));
    assert.ok(!gateStep?.tail.some((l) => l.startsWith('::debug::')), 'the tail is the log as shown, without commands');
    assert.equal(job(result, 'checks').result, 'failure');
    assert.equal(job(result, 'report').result, 'success');
    assert.match(job(result, 'report').summary, /Gate verdict: \*\*fail\*\* \(checks failure\)/);
    assert.equal(gh.state.checkRuns.at(-1)?.conclusion, 'failure');
    assert.ok(lines.some((l) => l.startsWith('✗ workflow pipeline: failure in')));
  });
});

describe('local runner: artifacts between jobs', () => {
  it('uploads one artifact per matrix leg and downloads them by pattern and by name in a later job', async () => {
    const lines: string[] = [];
    const before = results.artifacts().length;
    const result = await runWorkflow({
      workflow: path.resolve(import.meta.dirname, '../fixtures/pipelines/artifacts/.github/workflows/artifacts.yml'),
      env: results.env,
      log: (line) => lines.push(line),
    });
    assert.equal(result.result, 'success', lines.join('\n'));
    const uploaded = results.artifacts().slice(before);
    assert.deepEqual(uploaded.map((a) => a.name).sort(), ['report-riscv64', 'report-x86_64']);
    const up = job(result, 'produce[0]').steps[1];
    assert.equal(up?.outputs['artifact-id'], String(uploaded.find((a) => a.name === 'report-x86_64')?.id));
    assert.equal(job(result, 'collect').result, 'success');
  });

  it('fails the step with one error when no results service is configured', async () => {
    const result = await runWorkflow({
      workflow: path.resolve(import.meta.dirname, '../fixtures/pipelines/artifacts/.github/workflows/artifacts.yml'),
      log: null,
    });
    const step = job(result, 'produce[0]').steps[1];
    assert.equal(step?.outcome, 'failure');
    assert.match(step?.error ?? '', /upload-artifact needs an Actions results service/);
    assert.equal(job(result, 'collect').result, 'skipped');
  });
});
