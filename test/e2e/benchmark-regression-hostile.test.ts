import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { repoRoot } from '../build/bundles.ts';
import { type ActionResult, runAction } from '../harness/run-action.ts';
import { startResultsService } from '../services/index.ts';

/**
 * What a careless or hostile workflow can hand the action, through the committed bundle: each gives one
 * clear error naming the input (never "a bug in this action"), quotes nothing of a refused file, and reads
 * or writes nothing outside the workspace; what is only a courtesy (the cache, the PR comment) fails as a
 * warning that says what happened.
 */
const action = path.join(repoRoot, 'actions/benchmark-regression');
const SECRET = 'root:x:0:0:the-content-of-a-file-outside';
const goOutput = 'pkg: example.com/fw\nBenchmarkCrc32-2   \t 1000000\t      410 ns/op\nPASS\n';

function workspace(files: Record<string, string> = { 'bench.txt': goOutput }): { root: string; ws: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'bench-hostile-'));
  const ws = path.join(root, 'ws');
  mkdirSync(ws);
  mkdirSync(path.join(root, 'outside'));
  writeFileSync(path.join(root, 'outside', 'secret.txt'), `${SECRET}\n`);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(ws, name), text);
  return { root, ws };
}

function refusedOnce(run: ActionResult, message: RegExp): void {
  assert.equal(run.exitCode, 1, run.stdout);
  assert.equal(run.errors.length, 1, run.errors.join('\n'));
  assert.match(run.errors[0] as string, message);
  assert.doesNotMatch(run.stdout + run.stderr, /Unexpected error|a bug in this action|at .*\.js:\d+/);
  assert.ok(!(run.stdout + run.stderr).includes(SECRET), 'nothing of a refused file is quoted');
}

describe('benchmark-regression refuses hostile paths and names', () => {
  it('an output file outside the workspace, by .., by an absolute path or through a symlink', async () => {
    const { root, ws } = workspace();
    symlinkSync(path.join(root, 'outside', 'secret.txt'), path.join(ws, 'link.txt'));
    for (const given of ['../outside/secret.txt', path.join(root, 'outside', 'secret.txt'), 'link.txt']) {
      const run = await runAction(action, { cwd: ws, inputs: { 'output-file': given, storage: 'file' } });
      refusedOnce(run, /^Input 'output-file' has '.*': the path is outside the workspace/);
    }
  });

  it('/dev/zero and a named pipe as the benchmark file are refused at once, nothing read', async () => {
    const { ws } = workspace();
    execFileSync('mkfifo', [path.join(ws, 'pipe')]);
    symlinkSync('/dev/zero', path.join(ws, 'zero'));
    const fifo = await runAction(action, { cwd: ws, inputs: { 'output-file': 'pipe', storage: 'file' }, timeoutMs: 30_000 });
    refusedOnce(fifo, /^Input 'output-file' has 'pipe': the benchmark output is a named pipe; expected a regular file/);
    const zero = await runAction(action, {
      cwd: ws,
      inputs: { 'output-file': '/dev/zero', storage: 'file' },
      timeoutMs: 30_000,
    });
    refusedOnce(zero, /^Input 'output-file' has '\/dev\/zero': the path is outside the workspace/);
    const linked = await runAction(action, { cwd: ws, inputs: { 'output-file': 'zero', storage: 'file' }, timeoutMs: 30_000 });
    refusedOnce(linked, /^Input 'output-file' has 'zero': the path is outside the workspace .* through a symlink/);
  });

  it('a file too big for benchmark output, and a line too long for one', async () => {
    const { ws } = workspace({ 'huge.txt': 'x'.repeat(33 * 1024 * 1024), 'line.txt': `BenchmarkX ${'9'.repeat(200_000)} 1 ns/op\n` });
    const huge = await runAction(action, { cwd: ws, inputs: { 'output-file': 'huge.txt', storage: 'file' } });
    refusedOnce(huge, /^Input 'output-file' has 'huge.txt': the benchmark output is 33\.0 MiB, more than the limit of 32\.0 MiB$/);
    const line = await runAction(action, { cwd: ws, inputs: { 'output-file': 'line.txt', storage: 'file', tool: 'go' } });
    refusedOnce(line, /^Input 'output-file' \(line.txt\) line 1: longer than 65536 characters; that is not a line of benchmark output$/);
  });

  it('a 300-character suite name', async () => {
    const { ws } = workspace();
    const run = await runAction(action, { cwd: ws, inputs: { 'output-file': 'bench.txt', storage: 'file', name: 'n'.repeat(300) } });
    refusedOnce(run, /^Input 'name' has 'n{200}…': expected 1 to 100 letters, digits/);
  });

  it('history-path escaping the workspace (storage file) or the data branch (storage branch)', async () => {
    const { root, ws } = workspace();
    const file = await runAction(action, {
      cwd: ws,
      inputs: { 'output-file': 'bench.txt', storage: 'file', 'history-path': '../outside/x.json' },
    });
    refusedOnce(file, /^Input 'history-path' has '\.\.\/outside\/x\.json': the path is outside the workspace/);
    assert.deepEqual(readdirSync(path.join(root, 'outside')), ['secret.txt'], 'nothing written outside');
    const branch = await runAction(action, {
      cwd: ws,
      inputs: { 'output-file': 'bench.txt', storage: 'branch', 'history-path': '../../etc/x.json' },
    });
    refusedOnce(branch, /^Input 'history-path' has '\.\.\/\.\.\/etc\/x\.json': expected a path inside the data branch/);
  });

  it('data-branch naming the checked-out or the default branch', async () => {
    const { ws } = workspace();
    for (const [dataBranch, env, event] of [
      ['main', {}, {}],
      ['trunk', { GITHUB_REF_NAME: 'feature', GITHUB_REF: 'refs/heads/feature' }, { repository: { default_branch: 'trunk' } }],
    ] as const) {
      const run = await runAction(action, {
        cwd: ws,
        env,
        event,
        inputs: { 'output-file': 'bench.txt', storage: 'branch', 'data-branch': dataBranch },
      });
      refusedOnce(
        run,
        new RegExp(`^Input 'data-branch' has '${dataBranch}': it is the checked-out or the default branch.*data-branch-is-code: true`),
      );
    }
  });
});

describe('benchmark-regression when the services are unreachable', () => {
  // A port that refuses connections: bound, then closed.
  let closedPort = 0;
  before(async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closedPort = (server.address() as { port: number }).port;
    await new Promise((resolve) => server.close(resolve));
  });

  it('the cache: the run is judged and the log says it was not saved', async () => {
    const { ws } = workspace();
    // The service's own settings (a valid token), once it has stopped: its port refuses connections.
    const results = await startResultsService();
    const env = { ...results.env };
    await results.stop();
    const run = await runAction(action, { cwd: ws, inputs: { 'output-file': 'bench.txt' }, env, timeoutMs: 120_000 });
    assert.equal(run.exitCode, 0, run.stdout);
    assert.equal(run.outputs.status, 'pass');
    const log = run.stdout;
    assert.doesNotMatch(log, /Saved this run to the Actions cache/);
    assert.match(log, /This run was not saved: the Actions cache is not available here or did not take it/);
    assert.deepEqual(run.errors, []);
  });

  it('the pull request comment: a warning, and the verdict stands', async () => {
    const { ws } = workspace();
    const run = await runAction(action, {
      cwd: ws,
      inputs: { 'output-file': 'bench.txt', storage: 'file', 'pr-comment': 'always', token: 'ghs_unreachable' },
      env: {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_BASE_REF: 'main',
        GITHUB_HEAD_REF: 'feature',
        GITHUB_API_URL: `http://127.0.0.1:${closedPort}`,
      },
      event: { pull_request: { number: 7, head: { sha: 'f'.repeat(40) } } },
      secrets: ['ghs_unreachable'],
      timeoutMs: 120_000,
    });
    assert.equal(run.exitCode, 0, run.stdout);
    assert.deepEqual(run.errors, []);
    assert.ok(
      run.annotations.some((a) => a.level === 'warning' && /Could not comment on the pull request: .*ECONNREFUSED/.test(a.message)),
      JSON.stringify(run.annotations),
    );
  });
});
