// release-publish from a matrix: four jobs started together, each with its own target's archive, end in
// one release with all four archives and one checksums file listing them, also under injected faults.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { runProcess } from '@archway/kit/process';
import { makeRepository } from '../fixtures/release-publish/git-history.ts';
import { runAction } from '../harness/run-action.ts';
import { type GitHubApiServer, startGitHubApi } from '../services/index.ts';

const action = path.resolve(import.meta.dirname, '../../actions/release-publish');
const TARGETS = ['x86_64-unknown-linux-gnu', 'aarch64-unknown-linux-gnu', 'riscv64gc-unknown-linux-gnu', 'armv7-unknown-linux-gnueabihf'];
const HISTORY = [{ message: 'feat: boot on four architectures' }, { message: 'fix: align the stack', tag: 'v1.4.0' }];

let gh: GitHubApiServer;

beforeEach(async () => {
  gh = await startGitHubApi();
});

afterEach(async () => {
  await gh?.stop();
});

/** One job's checkout: the same history (so the same commit), its own target's build output. */
async function job(target: string): Promise<{ workspace: string; head: string }> {
  const workspace = await makeRepository(HISTORY);
  mkdirSync(path.join(workspace, 'build', 'bin'), { recursive: true });
  writeFileSync(path.join(workspace, 'build', 'bin', 'kernel-loader'), `loader for ${target}\n`.repeat(4000), { mode: 0o755 });
  writeFileSync(path.join(workspace, 'build', 'README.txt'), `Built for ${target}\n`);
  const head = (await runProcess('git', ['rev-parse', 'HEAD'], { cwd: workspace })).stdout.trim();
  return { workspace, head };
}

async function matrix() {
  const jobs = await Promise.all(TARGETS.map(job));
  const head = jobs[0]?.head as string;
  assert.ok(
    jobs.every((j) => j.head === head),
    'every job checks out the same commit',
  );
  gh.state.commit('main', {}, { sha: head, message: 'fix: align the stack' });
  return Promise.all(
    jobs.map((j, index) =>
      runAction(action, {
        cwd: j.workspace,
        inputs: { token: gh.token, assets: 'build/**', archive: 'tar.gz', target: TARGETS[index] as string },
        env: {
          ...gh.env,
          GITHUB_SHA: head,
          GITHUB_REF: 'refs/tags/v1.4.0',
          GITHUB_REF_NAME: 'v1.4.0',
          GITHUB_REF_TYPE: 'tag',
          GITHUB_JOB: `build-${index}`,
        },
        secrets: [gh.token],
      }),
    ),
  );
}

async function assertOneCompleteRelease(): Promise<void> {
  assert.equal(gh.state.releases.length, 1, `releases: ${gh.state.releases.map((r) => `${r.id}${r.draft ? ' (draft)' : ''}`).join(', ')}`);
  const [release] = gh.state.releases;
  assert.equal(release?.draft, false);
  const names = gh.state.assets.map((a) => a.name).sort();
  assert.deepEqual(names, [...TARGETS.map((t) => `example-1.4.0-${t}.tar.gz`), 'SHA256SUMS'].sort());

  const dir = mkdtempSync(path.join(os.tmpdir(), 'release-matrix-'));
  for (const asset of gh.state.assets) writeFileSync(path.join(dir, asset.name), asset.data);
  const sums = gh.state.assets.find((a) => a.name === 'SHA256SUMS')?.data.toString('utf8') ?? '';
  assert.equal(sums.trim().split('\n').length, 4, sums);
  const check = await runProcess('sha256sum', ['--check', '--strict', 'SHA256SUMS'], { cwd: dir });
  assert.equal(check.exitCode, 0, check.stdout + check.stderr);
  // Each archive holds its own target's files under one top directory.
  const listing = await runProcess('tar', ['-tvzf', `example-1.4.0-${TARGETS[1]}.tar.gz`], { cwd: dir });
  assert.match(listing.stdout, /-rwxr-xr-x 0\/0 .* example-1\.4\.0-aarch64-unknown-linux-gnu\/bin\/kernel-loader/);
  assert.match(listing.stdout, /-rw-r--r-- 0\/0 .* example-1\.4\.0-aarch64-unknown-linux-gnu\/README\.txt/);
}

describe('release-publish from a matrix of four jobs', () => {
  it('ends in one release with all four archives and one checksums file', async () => {
    const results = await matrix();
    for (const r of results) assert.equal(r.exitCode, 0, r.stdout);
    await assertOneCompleteRelease();
    assert.equal(results.filter((r) => r.outputs.uploaded === '1').length, 4, 'each job uploaded its archive');
    gh.assertNoViolations();
  });

  it('converges the same under 422 already_exists, 5xx and connection resets', async () => {
    gh.inject({ kind: 'status', status: 422, operationId: 'repos/create-release', body: alreadyExists('Release', 'tag_name') });
    gh.inject({ kind: 'status', status: 502, operationId: 'repos/list-releases' });
    gh.inject({ kind: 'status', status: 503, operationId: 'repos/upload-release-asset', times: 2 });
    gh.inject({ kind: 'reset', operationId: 'repos/upload-release-asset', times: 2 });
    gh.inject({ kind: 'status', status: 422, operationId: 'repos/upload-release-asset', body: alreadyExists('ReleaseAsset', 'name') });
    gh.inject({ kind: 'status', status: 500, operationId: 'repos/update-release' });
    const results = await matrix();
    for (const r of results) assert.equal(r.exitCode, 0, r.stdout);
    assert.deepEqual(gh.pendingFaults, [], 'every fault was hit');
    await assertOneCompleteRelease();
    gh.assertNoViolations();
  });
});

function alreadyExists(resource: string, field: string) {
  return {
    message: 'Validation Failed',
    errors: [{ resource, code: 'already_exists', field }],
    documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release',
    status: '422',
  };
}
