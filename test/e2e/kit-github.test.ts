import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { restoreJson, saveJson } from '@archway/kit/cache-store';
import { type CheckAnnotation, publishCheckRun } from '@archway/kit/check-run';
import { createGitHubClient } from '@archway/kit/github';
import { upsertPrComment } from '@archway/kit/pr-comment';
import { type GitHubApiServer, INITIAL_SHA, type ResultsServer, startGitHubApi, startResultsService } from '../services/index.ts';

// The kit's GitHub and cache helpers, called in process against the local services.
describe('kit: check runs, PR comments and the cache store against the local services', () => {
  let gh: GitHubApiServer;
  let results: ResultsServer;
  const saved: Record<string, string | undefined> = {};
  const cwd = process.cwd();

  before(async () => {
    [gh, results] = await Promise.all([startGitHubApi(), startResultsService()]);
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'archway-kit-ws-'));
    // As on a runner: the working directory is the workspace, where the cache's relative paths resolve.
    process.chdir(workspace);
    const env = { ...results.env, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: os.tmpdir(), GITHUB_SERVER_URL: 'https://github.com' };
    for (const [key, value] of Object.entries(env)) {
      saved[key] = process.env[key];
      process.env[key] = value;
    }
  });
  after(async () => {
    process.chdir(cwd);
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    await Promise.all([gh.stop(), results.stop()]);
  });

  it('publishes 120 annotations in batches of 50 on one completed check run, trimming an oversized summary', async () => {
    const client = createGitHubClient({ token: gh.token, baseUrl: gh.url });
    const annotations: CheckAnnotation[] = Array.from({ length: 120 }, (_, i) => ({
      path: `src/file${i}.c`,
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: 'failure',
      message: `problem ${i}`,
    }));
    const { id } = await publishCheckRun(client, {
      owner: gh.owner,
      repo: gh.repo,
      headSha: INITIAL_SHA,
      name: 'quality gate',
      conclusion: 'failure',
      title: '3 conditions failed',
      summary: `${'row\n'.repeat(20_000)}end`,
      annotations,
    });
    gh.assertNoViolations();
    const run = gh.state.checkRuns.find((r) => r.id === id);
    assert.ok(run);
    assert.equal(run.annotations.length, 120);
    assert.equal(run.status, 'completed');
    assert.equal(run.conclusion, 'failure');
    assert.ok((run.output?.summary ?? '').length <= 65_535);
    assert.match(run.output?.summary ?? '', /trimmed/);
    const calls = gh.requests.filter((r) => r.operationId?.startsWith('checks/'));
    assert.deepEqual(
      calls.map((r) => r.operationId),
      ['checks/create', 'checks/update', 'checks/update'],
    );
  });

  it('does not retry what retrying cannot fix: a read-only token gets its 403 after one request', async () => {
    const client = createGitHubClient({ token: gh.readOnlyToken, baseUrl: gh.url });
    const before = gh.requests.length;
    await assert.rejects(
      client.rest.issues.createComment({ owner: gh.owner, repo: gh.repo, issue_number: 7, body: 'x' }),
      (error: { status?: number }) => error.status === 403,
    );
    assert.equal(gh.requests.length - before, 1);
  });

  it('creates one PR comment and updates that same comment on the next run', async () => {
    const client = createGitHubClient({ token: gh.token, baseUrl: gh.url });
    const first = await upsertPrComment(client, { owner: gh.owner, repo: gh.repo, issueNumber: 7, marker: 'kit-test', body: 'first' });
    const second = await upsertPrComment(client, { owner: gh.owner, repo: gh.repo, issueNumber: 7, marker: 'kit-test', body: 'second' });
    gh.assertNoViolations();
    assert.equal(first.action, 'created');
    assert.equal(second.action, 'updated');
    assert.equal(second.id, first.id);
    const mine = gh.state.comments.filter((c) => c.body.includes('archway:kit-test'));
    assert.equal(mine.length, 1);
    assert.match(mine[0]?.body ?? '', /second$/);
  });

  it('stores JSON per branch in the Actions cache and restores the newest, falling back to the base branch', async () => {
    process.env.GITHUB_RUN_ID = '101';
    await saveJson('kit-test', 'main', { run: 1 });
    process.env.GITHUB_RUN_ID = '102';
    await saveJson('kit-test', 'main', { run: 2 });
    assert.equal(results.cacheEntries().filter((e) => e.key.includes('kit-test')).length, 2);
    const restored = await restoreJson<{ run: number }>('kit-test', ['feature', 'main']);
    assert.deepEqual(restored?.value, { run: 2 });
    assert.equal(await restoreJson('kit-test', ['release']), undefined);
    assert.deepEqual(readdirSync(process.cwd()), [], 'the transfer directory is gone from the workspace');
    delete process.env.GITHUB_RUN_ID;
  });
});
