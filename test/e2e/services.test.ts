import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { createGitHubClient } from '@archway/kit/github';
import type { RequestError } from '@octokit/request-error';
import { repoRoot } from '../build/bundles.ts';
import { runAction } from '../harness/run-action.ts';
import { type GitHubApiServer, type ResultsServer, secondaryRateLimit, startGitHubApi, startResultsService } from '../services/index.ts';
import { listeningPorts } from '../services/listening.ts';

const fixture = path.join(repoRoot, 'test/fixtures/toolkit-fixture');
const portsBefore = listeningPorts();
let gh: GitHubApiServer;
let results: ResultsServer;

function workspace(files: Record<string, Buffer | string> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'archway-services-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

function toolkit(cwd: string, inputs: Record<string, string | number>) {
  return runAction(fixture, { cwd, env: { ...gh.env, ...results.env }, inputs });
}

before(async () => {
  [gh, results] = await Promise.all([startGitHubApi(), startResultsService()]);
});
afterEach(() => {
  gh.assertNoViolations();
  results.assertNoViolations();
});
after(async () => {
  await Promise.all([gh.stop(), results.stop()]);
  assert.deepEqual(listeningPorts(), portsBefore, 'nothing the services opened still listens');
});

describe('the real @actions/cache against the local results service', () => {
  const firmware = randomBytes(300_000);
  const files = { 'build/firmware.bin': firmware, 'build/config/.config': 'CONFIG_SMP=y\n' };

  it('saves, then restores the exact key byte for byte', async () => {
    const saved = await toolkit(workspace(files), { operation: 'cache-save', paths: 'build', key: 'kernel-x86_64-abc' });
    assert.equal(saved.exitCode, 0, saved.stdout);
    assert.ok(Number(saved.outputs['cache-id']) > 0, saved.stdout);
    assert.deepEqual(
      results.cacheEntries().map((e) => e.key),
      ['kernel-x86_64-abc'],
    );

    const target = workspace();
    const restored = await toolkit(target, { operation: 'cache-restore', paths: 'build', key: 'kernel-x86_64-abc' });
    assert.equal(restored.exitCode, 0, restored.stdout);
    assert.equal(restored.outputs['cache-hit'], 'true');
    assert.deepEqual(readFileSync(path.join(target, 'build/firmware.bin')), firmware);
    assert.equal(readFileSync(path.join(target, 'build/config/.config'), 'utf8'), 'CONFIG_SMP=y\n');
  });

  it('falls back on a restore-key prefix, and misses cleanly', async () => {
    const target = workspace();
    const partial = await toolkit(target, {
      operation: 'cache-restore',
      paths: 'build',
      key: 'kernel-x86_64-def',
      'restore-keys': 'kernel-arm64-\nkernel-x86_64-',
    });
    assert.equal(partial.exitCode, 0, partial.stdout);
    assert.equal(partial.outputs['matched-key'], 'kernel-x86_64-abc');
    assert.equal(partial.outputs['cache-hit'], 'false');
    assert.deepEqual(readFileSync(path.join(target, 'build/firmware.bin')), firmware);

    const empty = workspace();
    const miss = await toolkit(empty, {
      operation: 'cache-restore',
      paths: 'build',
      key: 'kernel-riscv64-abc',
      'restore-keys': 'kernel-riscv64-',
    });
    assert.equal(miss.exitCode, 0, miss.stdout);
    assert.equal(miss.outputs['matched-key'], '');
    assert.equal(existsSync(path.join(empty, 'build')), false);
  });

  it('misses when the paths differ, because the version does', async () => {
    const other = await toolkit(workspace(), { operation: 'cache-restore', paths: 'out', key: 'kernel-x86_64-abc' });
    assert.equal(other.exitCode, 0, other.stdout);
    assert.equal(other.outputs['matched-key'], '');
  });

  it('retries a 5xx from the service, and gives up saving on a 429 without failing the step', async () => {
    results.inject({ kind: 'status', status: 502, path: '/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL' });
    const target = workspace();
    const restored = await toolkit(target, { operation: 'cache-restore', paths: 'build', key: 'kernel-x86_64-abc' });
    assert.equal(restored.outputs['cache-hit'], 'true', restored.stdout);
    assert.match(restored.stdout, /Attempt 1 of 5 failed with error: Failed request: \(502\)/);

    results.inject({ kind: 'status', status: 429, path: '/twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry' });
    const limited = await toolkit(workspace(files), { operation: 'cache-save', paths: 'build', key: 'kernel-x86_64-rate-limited' });
    assert.equal(limited.exitCode, 0, limited.stdout);
    assert.equal(limited.outputs['cache-id'], '-1');
    assert.match(limited.stdout, /Failed to save: Unable to reserve cache with key kernel-x86_64-rate-limited/);
    assert.deepEqual(results.pendingFaults, []);
  });
});

describe('the real @actions/artifact against the local results service', () => {
  const image = randomBytes(20 * 1024 * 1024);
  const files = { 'out/disk.img': image, 'out/logs/boot.log': 'Booting Linux...\n' };

  it('uploads more than 16 MiB as parallel blocks, lists, downloads byte for byte, and deletes', async () => {
    const dir = workspace(files);
    // Hold the first block back so the next ones land before it: the blob must still assemble in order.
    results.inject({ kind: 'delay', ms: 2500, method: 'PUT', path: '/devstoreaccount1/actions-results/' });
    const first = results.requests.length;
    const uploaded = await toolkit(dir, {
      operation: 'artifact-upload',
      name: 'disk',
      paths: 'out/disk.img\nout/logs/boot.log',
      'root-directory': 'out',
      'compression-level': 0,
    });
    assert.equal(uploaded.exitCode, 0, uploaded.stdout);

    const blocks = results.requests.slice(first).filter((r) => r.method === 'PUT' && r.query.comp === 'block');
    assert.ok(blocks.length >= 3, `a ${image.length}-byte zip goes up in 8 MiB blocks (${blocks.length})`);
    const [held, ...others] = blocks;
    assert.ok(
      others.some((b) => (b.startedAt ?? 0) < (held?.finishedAt ?? 0) && (b.finishedAt ?? 0) < (held?.finishedAt ?? 0)),
      'another block went up and finished while the first was still in flight',
    );
    const blockList = results.requests.slice(first).find((r) => r.query.comp === 'blocklist');
    assert.ok(blockList && (blockList.startedAt ?? 0) >= Math.max(...blocks.map((b) => b.finishedAt ?? 0)), 'the block list comes last');

    const [artifact] = results.artifacts();
    assert.equal(artifact?.name, 'disk');
    assert.equal(uploaded.outputs['artifact-id'], String(artifact?.id));
    assert.equal(uploaded.outputs['artifact-size'], String(artifact?.size));
    assert.equal(`sha256:${uploaded.outputs['artifact-digest']}`, artifact?.digest);

    const listed = await toolkit(dir, { operation: 'artifact-list' });
    assert.deepEqual(JSON.parse(listed.outputs.artifacts ?? ''), [
      { id: artifact?.id, name: 'disk', size: artifact?.size, digest: artifact?.digest },
    ]);

    const downloaded = await toolkit(workspace(), { operation: 'artifact-download', name: 'disk' });
    assert.equal(downloaded.exitCode, 0, downloaded.stdout);
    assert.equal(downloaded.outputs['digest-mismatch'], 'false');
    const into = downloaded.outputs['download-path'] as string;
    const copy = readFileSync(path.join(into, 'disk.img'));
    assert.equal(createHash('sha256').update(copy).digest('hex'), createHash('sha256').update(image).digest('hex'));
    assert.ok(copy.equals(image), 'byte for byte');
    assert.equal(readFileSync(path.join(into, 'logs/boot.log'), 'utf8'), 'Booting Linux...\n');

    const deleted = await toolkit(dir, { operation: 'artifact-delete', name: 'disk' });
    assert.equal(deleted.outputs['artifact-id'], String(artifact?.id));
    assert.deepEqual(results.artifacts(), []);
    assert.equal((await toolkit(dir, { operation: 'artifact-list' })).outputs.artifacts, '[]');
  });
});

describe('octokit from @archway/kit/github against the local GitHub API', () => {
  it('a call that breaks the OpenAPI description is refused and fails the test that made it', async () => {
    const octokit = createGitHubClient({ token: gh.token, baseUrl: gh.url, retries: 0 });
    const call = octokit.rest.repos.createRelease({
      owner: gh.owner,
      repo: gh.repo,
      tag_name: 'v1.0.0',
      // A wrong field: GitHub's name is `prerelease`.
      pre_release: true,
    });
    const error = (await call.then(
      () => assert.fail('accepted a wrong field'),
      (e: unknown) => e,
    )) as RequestError;
    assert.equal(error.status, 422);
    assert.throws(() => gh.assertNoViolations(), /repos\/create-release\): "pre_release" is not a property of the request body/);
    assert.deepEqual(gh.state.releases, [], 'nothing was created');
    gh.violations.length = 0;
  });

  it('survives injected 502s and a secondary rate limit through the retry and throttling plugins', async () => {
    const repo = { owner: gh.owner, repo: gh.repo };
    const first = gh.requests.length;
    gh.inject({ kind: 'status', status: 502, method: 'GET' });
    const listed = await createGitHubClient({ token: gh.token, baseUrl: gh.url }).rest.repos.listReleases(repo);
    assert.equal(listed.status, 200);

    gh.inject({ kind: 'status', status: 502, method: 'POST' });
    gh.inject(secondaryRateLimit(1, { method: 'POST' }));
    const created = await createGitHubClient({ token: gh.token, baseUrl: gh.url }).rest.repos.createRelease({
      ...repo,
      tag_name: 'v1.1.0',
    });
    assert.equal(created.status, 201);
    assert.deepEqual(
      gh.requests.slice(first).map((r) => `${r.status} ${r.operationId}`),
      [
        '502 repos/list-releases',
        '200 repos/list-releases',
        '502 repos/create-release',
        '403 repos/create-release',
        '201 repos/create-release',
      ],
    );
    assert.equal(gh.state.releases.length, 1, 'created once');
  });
});

describe('starting and stopping', () => {
  it('listens on ephemeral loopback ports and leaves nothing listening after stop()', async () => {
    const before = listeningPorts();
    const [a, b] = await Promise.all([startGitHubApi(), startResultsService()]);
    const opened = listeningPorts().filter((port) => !before.includes(port));
    assert.equal(opened.length, 3, `the API, the results service and Azurite (${opened})`);
    assert.ok(!opened.includes(10000), 'not Azurite’s fixed default port');
    assert.match(a.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.match(b.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.notEqual(a.url, gh.url);
    await Promise.all([a.stop(), b.stop()]);
    assert.deepEqual(listeningPorts(), before);
    for (const url of [a.url, b.url]) await assert.rejects(fetch(url), 'the port refuses connections');
  });
});
