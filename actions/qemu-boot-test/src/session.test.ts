import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { isRunning } from '@archway/kit/process';
import { kernelErrors, kernelWarnings } from './kernel-errors.ts';
import { parsePattern } from './patterns.ts';
import { runSession } from './session.ts';
import { type Milestone, patternRule, problemRule, type ScriptStep, type SessionOptions } from './session-types.ts';

// The session is exercised with shell scripts standing in for a guest: real processes, real pipes.
const dir = mkdtempSync(path.join(os.tmpdir(), 'qbt-session-'));
let n = 0;

function guest(script: string, options: Partial<SessionOptions> = {}) {
  return runSession({
    command: 'sh',
    args: ['-c', script],
    milestones: [],
    steps: [],
    failOn: kernelErrors.map(problemRule),
    warnOn: [],
    timeoutMs: 20_000,
    until: 'milestones',
    logFile: path.join(dir, `log-${++n}`),
    ...options,
  });
}

const milestone = (match: string, timeoutMs?: number): Milestone => ({ name: match, pattern: parsePattern(match, 'expect'), timeoutMs });
const step = (s: Partial<Omit<ScriptStep, 'wait' | 'expect'>> & { wait?: string; expect?: string }): ScriptStep => ({
  name: s.name ?? 'step',
  newline: '\n',
  fail: [],
  ...s,
  wait: s.wait === undefined ? undefined : parsePattern(s.wait, 'script'),
  expect: s.expect === undefined ? undefined : parsePattern(s.expect, 'script'),
});

describe('boot session', () => {
  it('passes once ordered milestones and a prompt-driven script are done, and stops the guest', async () => {
    let pid = 0;
    const result = await guest('echo "Linux version 6"; echo "Run /init"; printf "login: "; read u; echo "welcome $u"; sleep 60', {
      milestones: [milestone('Linux version'), milestone('/^Run \\/init$/')],
      steps: [step({ name: 'log in', wait: 'login: ', send: 'root', expect: 'welcome root' })],
      onStart: (p) => {
        pid = p;
      },
    });
    assert.equal(result.outcome, 'passed', result.reason);
    assert.deepEqual(
      result.checks.map((c) => [c.name, c.status]),
      [
        ['Linux version', 'passed'],
        ['/^Run \\/init$/', 'passed'],
        ['log in', 'passed'],
      ],
    );
    assert.equal(result.exitCode, null, 'stopped by the session, not exited');
    assert.equal(isRunning(pid), false);
  });

  it('matches what follows the echo of a sent line, not the echo itself', async () => {
    // The guest echoes each line, then answers with the same word once: two 'ping' lines in all.
    const result = await guest('read l; echo "$l"; sleep 0.2; echo "$l"; sleep 60', {
      steps: [step({ name: 'ping', send: 'ping', expect: 'ping' }), step({ name: 'again', expect: 'ping', timeoutMs: 700 })],
    });
    assert.equal(result.outcome, 'failed');
    assert.deepEqual(
      result.checks.map((c) => c.status),
      ['passed', 'failed'],
    );
    assert.match(result.reason, /script step 'again' timed out after 0.7 s waiting for 'ping'/);
  });

  it('fails at the first kernel error line, with the lines around it, long before the timeout', async () => {
    let pid = 0;
    const result = await guest(
      'echo booting; echo "[ 1.0] Kernel panic - not syncing: Attempted to kill init!"; echo "[ 1.1] Call Trace:"; sleep 60',
      {
        milestones: [milestone('login:')],
        timeoutMs: 60_000,
        onStart: (p) => {
          pid = p;
        },
      },
    );
    assert.equal(result.outcome, 'failed');
    assert.equal(result.failure?.kind, 'kernel panic');
    assert.equal(result.failure?.lineNumber, 2);
    assert.deepEqual(result.failure?.excerpt, [
      'booting',
      '[ 1.0] Kernel panic - not syncing: Attempted to kill init!',
      '[ 1.1] Call Trace:',
    ]);
    assert.ok(result.seconds < 30, `ended after ${result.seconds} s`);
    assert.deepEqual(result.checks[0]?.status, 'failed');
    assert.equal(isRunning(pid), false);
  });

  it('fails on a fail-on pattern of the user, and only reports kernel warnings', async () => {
    const failOn = [patternRule(parsePattern('/segfault at [0-9a-f]+/', 'fail-on'))];
    const warned = await guest('echo "WARNING: CPU: 0 PID: 1 at drivers/foo.c:12 probe+0x1/0x2"; echo ready; sleep 60', {
      milestones: [milestone('ready')],
      failOn,
      warnOn: kernelWarnings.map(problemRule),
    });
    assert.equal(warned.outcome, 'passed', warned.reason);
    assert.deepEqual(
      warned.warnings.map((w) => [w.kind, w.lineNumber]),
      [['kernel warning', 1]],
    );
    const failed = await guest('echo "app[42]: segfault at 7f00 ip 0"; sleep 60', { milestones: [milestone('ready')], failOn });
    assert.equal(failed.outcome, 'failed');
    assert.equal(failed.failure?.kind, 'fail-on match /segfault at [0-9a-f]+/');
  });

  it('times out with the last console lines and what it was waiting for', async () => {
    const result = await guest('echo one; echo two; printf "partial"; sleep 60', { milestones: [milestone('never')], timeoutMs: 400 });
    assert.equal(result.outcome, 'timeout');
    assert.match(result.reason, /no verdict within 0.4 s; waiting for 'never'/);
    assert.deepEqual(result.tail, ['one', 'two', 'partial']);
  });

  it('fails a milestone that misses its own deadline', async () => {
    const result = await guest('echo early; sleep 60', { milestones: [milestone('early'), milestone('late', 300)] });
    assert.equal(result.outcome, 'failed');
    assert.match(result.reason, /'late' did not appear within 0.3 s/);
  });

  it('fails a script step that sees one of its failure patterns', async () => {
    const result = await guest('read c; echo "sh: $c: not found"; sleep 60', {
      steps: [step({ name: 'run', send: 'frobnicate', expect: 'done', fail: [parsePattern('/not found$/', 'script')] })],
    });
    assert.equal(result.outcome, 'failed');
    assert.match(result.reason, /script step 'run' saw '\/not found\$\/'/);
  });

  it('judges by the exit status of an exit device', async () => {
    const exit = { device: 'isa-debug-exit', successCode: 33 };
    const passed = await guest('echo tests ok; exit 33', { exit, until: 'exit', milestones: [milestone('tests ok')] });
    assert.equal(passed.outcome, 'passed', passed.reason);
    assert.equal(passed.exitCode, 33);
    const failed = await guest('echo a test failed; exit 35', { exit, until: 'exit' });
    assert.equal(failed.outcome, 'failed');
    assert.match(failed.reason, /reported failure through isa-debug-exit: qemu exit status 35, 33 means pass/);
  });

  it('fails when qemu exits before a milestone, and when it exits non-zero', async () => {
    const early = await guest('echo booting; exit 0', { milestones: [milestone('login:')] });
    assert.equal(early.outcome, 'failed');
    assert.match(early.reason, /qemu exited with status 0 before 'login:'/);
    const nonzero = await guest('echo done; exit 3', { until: 'exit' });
    assert.equal(nonzero.outcome, 'failed');
    assert.match(nonzero.reason, /qemu exited with status 3/);
  });

  it('calls it an error, not a failure, when qemu cannot start', async () => {
    const refused = await guest('echo "qemu-system-x86_64: -foo: invalid option" >&2; exit 1', { until: 'exit' });
    assert.equal(refused.outcome, 'error');
    assert.match(refused.reason, /qemu could not start \(exit status 1\): qemu-system-x86_64: -foo: invalid option/);
    const missing = await runSession({
      command: path.join(dir, 'no-such-qemu'),
      args: [],
      milestones: [],
      steps: [],
      failOn: [],
      warnOn: [],
      timeoutMs: 5000,
      until: 'exit',
      logFile: path.join(dir, 'missing.log'),
    });
    assert.equal(missing.outcome, 'error');
    assert.match(missing.reason, /qemu could not start: .*ENOENT/);
  });

  it('survives sending to a guest that has stopped reading', async () => {
    const result = await guest('exec 0<&-; echo ready; sleep 0.3; echo bye', {
      until: 'exit',
      steps: [step({ wait: 'ready', send: 'anyone there?' }), step({ expect: 'bye' })],
    });
    assert.equal(result.outcome, 'passed', result.reason);
  });

  it('writes the cleaned console to the log file, the last partial line included', async () => {
    const logFile = path.join(dir, 'written.log');
    await guest('printf "\\033[1mbold\\033[0m\\r\\nprompt> "; exit 0', { logFile, until: 'exit' });
    assert.equal(readFileSync(logFile, 'utf8'), 'bold\nprompt> \n');
  });
});
