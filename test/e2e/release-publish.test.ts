// release-publish end to end: the committed bundle through the runner harness against the local GitHub
// API (every request and answer checked against GitHub's OpenAPI description), on real git histories.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { runProcess } from '@archway/kit/process';
import { makeRepository } from '../fixtures/release-publish/git-history.ts';
import { runAction } from '../harness/run-action.ts';
import { useLocalServices } from '../helpers/services.ts';

const action = path.resolve(import.meta.dirname, '../../actions/release-publish');
const WRITES = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

const services = useLocalServices();
let workspace: string;
let head: string;

before(async () => {
  workspace = await makeRepository([
    { message: 'feat: first light', tag: 'v0.1.0' },
    { message: 'feat(uart): a console on the second port (#12)' },
    { message: 'fix: keep the watchdog fed during flash writes (#13)', author: { name: 'Grace Hopper', email: 'grace@example.org' } },
    { message: 'perf: copy the kernel with DMA\n\nTwice as fast on the board.', tag: 'v0.2.0' },
  ]);
  head = (await runProcess('git', ['rev-parse', 'HEAD'], { cwd: workspace })).stdout.trim();
  services.github.state.commit('main', {}, { sha: head, message: 'perf: copy the kernel with DMA' });
  mkdirSync(path.join(workspace, 'out'));
  for (let i = 1; i <= 20; i++)
    writeFileSync(path.join(workspace, 'out', `firmware-${String(i).padStart(2, '0')}.bin`), `image ${i}\n`.repeat(100 * i));
});

function release(inputs: Record<string, string | boolean> = {}) {
  return runAction(action, {
    cwd: workspace,
    inputs: { token: services.github.token, assets: 'out/*.bin', ...inputs },
    env: { ...services.github.env, GITHUB_SHA: head, GITHUB_REF: 'refs/tags/v0.2.0', GITHUB_REF_NAME: 'v0.2.0', GITHUB_REF_TYPE: 'tag' },
    secrets: [services.github.token],
  });
}

describe('release-publish: one release per tag, safe to re-run', () => {
  it('creates a draft, uploads 20 assets and the checksums, then publishes', async () => {
    const result = await release();
    assert.equal(result.exitCode, 0, result.stdout);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.leaks, []);
    const ops = services.github.requests.filter((r) => WRITES.has(r.method)).map((r) => r.operationId);
    assert.equal(ops[0], 'repos/create-release');
    assert.equal(
      (services.github.requests.find((r) => r.operationId === 'repos/create-release')?.body as { draft?: boolean } | undefined)?.draft,
      true,
    );
    assert.equal(ops.filter((op) => op === 'repos/upload-release-asset').length, 21, 'twenty assets and SHA256SUMS');
    assert.equal(ops.at(-1), 'repos/update-release', 'published last');

    assert.equal(services.github.state.releases.length, 1);
    const [published] = services.github.state.releases;
    assert.equal(published?.draft, false);
    assert.equal(published?.tag_name, 'v0.2.0');
    assert.equal(published?.prerelease, false);
    assert.equal(services.github.state.refs.get('refs/tags/v0.2.0'), head, 'the tag is created at the commit');
    assert.equal(services.github.state.assets.length, 21);
    assert.equal(result.outputs.uploaded, '20');
    assert.equal(result.outputs.skipped, '0');
    assert.equal(result.outputs.version, '0.2.0');
    assert.equal(result.outputs.tag, 'v0.2.0');
    const assets = JSON.parse(result.outputs.assets ?? '[]') as { name: string; sha256: string; size: number }[];
    assert.equal(assets.length, 21);
    assert.match(result.summary, /firmware-20\.bin/);

    // The changelog covers v0.1.0..v0.2.0, grouped, with pull requests and authors linked.
    const body = published?.body ?? '';
    assert.match(
      body,
      /### Features\n\n- \*\*uart:\*\* a console on the second port \(\[#12\]\(https:\/\/github\.com\/archway-ci\/example\/pull\/12\)/,
    );
    assert.match(body, /### Fixes\n\n- keep the watchdog fed during flash writes .* by Grace Hopper/);
    assert.match(body, /### Performance\n\n- copy the kernel with DMA .* by \[@ada\]\(https:\/\/github\.com\/ada\)/);
    assert.doesNotMatch(body, /first light/, 'v0.1.0 commits are not in v0.2.0');
    assert.match(body, /compare\/v0\.1\.0\.\.\.v0\.2\.0/);
    services.github.assertNoViolations();
  });

  it('a re-run changes nothing and says so', async () => {
    const before = services.github.requests.length;
    const result = await release();
    assert.equal(result.exitCode, 0, result.stdout);
    const writes = services.github.requests.slice(before).filter((r) => WRITES.has(r.method));
    assert.deepEqual(
      writes.map((r) => `${r.method} ${r.path}`),
      [],
    );
    assert.equal(result.outputs.uploaded, '0');
    assert.equal(result.outputs.skipped, '20');
    assert.match(result.stdout, /nothing changed/);
    assert.match(result.summary, /Nothing changed/);
    assert.equal(services.github.state.releases.length, 1);
    assert.equal(services.github.state.assets.length, 21);
    services.github.assertNoViolations();
  });

  it('the downloaded assets pass sha256sum -c', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'release-download-'));
    for (const asset of services.github.state.assets) {
      const url = `${services.github.url}/${services.github.owner}/${services.github.repo}/releases/download/v0.2.0/${encodeURIComponent(asset.name)}`;
      const response = await fetch(url);
      assert.equal(response.status, 200, url);
      writeFileSync(path.join(dir, asset.name), Buffer.from(await response.arrayBuffer()));
    }
    const sums = readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8');
    assert.equal(sums.trim().split('\n').length, 20);
    const check = await runProcess('sha256sum', ['--check', '--strict', 'SHA256SUMS'], { cwd: dir });
    assert.equal(check.exitCode, 0, check.stdout + check.stderr);
    assert.equal(check.stdout.match(/: OK$/gm)?.length, 20);
  });
});
