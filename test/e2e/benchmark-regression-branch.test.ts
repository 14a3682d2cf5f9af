import assert from 'node:assert/strict';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../build/bundles.ts';
import { runAction } from '../harness/run-action.ts';
import { git, seededRemote } from '../helpers/git.ts';

/**
 * History on a data branch, with a real local bare repository as the remote (no network): jobs that push
 * at the same moment all land, the branch's site files survive, and a pull request only reads.
 */
const action = path.join(repoRoot, 'actions/benchmark-regression');

/** A remote with main and a gh-pages site; each job a fresh clone with its benchmark output. */
function setUp() {
  const remote = seededRemote('bench-branch-e2e', { 'gh-pages': { 'index.html': '<h1>benchmarks</h1>\n' } });
  return {
    remote: remote.remote,
    clone(name: string, output: string): string {
      const dir = remote.clone(name);
      writeFileSync(path.join(dir, 'bench.txt'), output);
      return dir;
    },
  };
}

const goOutput = (ns: number) =>
  `goos: linux\ngoarch: amd64\npkg: example.com/fw\nBenchmarkCrc32-2   \t 1000000\t      ${ns} ns/op\nPASS\n`;
const inputs = { 'output-file': 'bench.txt', storage: 'branch', 'history-path': 'dev/bench/fw.json' };
const env = (run: number) => ({ GITHUB_RUN_ID: String(run), GITHUB_SHA: String(run).padStart(40, 'c') });

describe('benchmark-regression with history on a data branch', () => {
  it('two jobs pushing at once both land; the site stays; a pull request reads without pushing', async () => {
    const repo = setUp();
    // A slow receive on the remote keeps both pushes in flight at once, so the race happens every time.
    const hook = path.join(repo.remote, 'hooks', 'pre-receive');
    writeFileSync(hook, '#!/bin/sh\nsleep 1\n');
    chmodSync(hook, 0o755);
    const [a, b] = await Promise.all([
      runAction(action, { cwd: repo.clone('job-a', goOutput(410)), inputs, env: env(1) }),
      runAction(action, {
        cwd: repo.clone('job-b', goOutput(412)),
        inputs,
        env: { ...env(2), GITHUB_REF_NAME: 'release', GITHUB_REF: 'refs/heads/release' },
      }),
    ]);
    assert.equal(a.exitCode, 0, a.stdout);
    assert.equal(b.exitCode, 0, b.stdout);
    const retries = [a, b].flatMap((r) => r.log.filter((l) => l.includes('Another job updated gh-pages first')));
    assert.ok(retries.length >= 1, 'the pushes overlapped: one was refused and retried');
    const stored = JSON.parse(git(repo.remote, 'show', 'gh-pages:dev/bench/fw.json')) as { entries: { commit: string; branch: string }[] };
    assert.deepEqual(stored.entries.map((e) => `${e.branch}@${e.commit.slice(-1)}`).sort(), ['main@1', 'release@2']);
    assert.equal(git(repo.remote, 'show', 'gh-pages:index.html'), '<h1>benchmarks</h1>');
    rmSync(hook);

    for (let run = 3; run <= 7; run++) {
      const next = await runAction(action, { cwd: repo.clone(`job-${run}`, goOutput(405 + run)), inputs, env: env(run) });
      assert.equal(next.exitCode, 0, next.stdout);
    }
    const tip = git(repo.remote, 'rev-parse', 'gh-pages');
    const pr = await runAction(action, {
      cwd: repo.clone('pr', goOutput(520)),
      inputs,
      env: { ...env(100), GITHUB_EVENT_NAME: 'pull_request', GITHUB_BASE_REF: 'main', GITHUB_HEAD_REF: 'speedup' },
      event: { pull_request: { number: 3, head: { sha: 'e'.repeat(40) } } },
    });
    assert.equal(pr.exitCode, 1, pr.stdout);
    assert.match(pr.log.join('\n'), /History: 6 runs of main in dev\/bench\/fw.json on branch gh-pages/);
    assert.equal(pr.outputs.status, 'fail');
    assert.equal(git(repo.remote, 'rev-parse', 'gh-pages'), tip, 'a pull request never pushes');
  });
});
