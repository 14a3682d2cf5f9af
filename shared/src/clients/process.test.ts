import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { findOnPath, isRunning, runProcess, shellQuote, startProcess } from './process.ts';

describe('process helper', () => {
  it('streams lines as they arrive and captures the exit code', async () => {
    const lines: string[] = [];
    const result = await runProcess('sh', ['-c', 'echo one; echo two >&2; echo three; exit 3'], {
      onStdout: (l) => lines.push(`out:${l}`),
      onStderr: (l) => lines.push(`err:${l}`),
    });
    assert.equal(result.exitCode, 3);
    assert.deepEqual(
      lines.filter((l) => l.startsWith('out:')),
      ['out:one', 'out:three'],
    );
    assert.ok(lines.includes('err:two'));
    assert.equal(result.stdout, 'one\nthree\n');
  });

  it('passes arguments as an array, never through a shell', async () => {
    const result = await runProcess('printf', ['%s|', '$(touch /tmp/archway-pwned)', 'a b;c']);
    assert.equal(result.stdout, '$(touch /tmp/archway-pwned)|a b;c|\n');
  });

  it('kills the whole process tree on timeout', async () => {
    // The shell starts a grandchild and prints its pid; a plain kill of the shell would orphan it.
    let grandchild = 0;
    const result = await runProcess('sh', ['-c', 'sleep 60 & echo $!; wait'], {
      timeoutMs: 300,
      onStdout: (line) => {
        grandchild = Number(line);
      },
    });
    assert.equal(result.timedOut, true);
    assert.ok(grandchild > 0);
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(isRunning(grandchild), false, 'the grandchild must be gone');
  });

  it('stop() escalates to SIGKILL when SIGTERM is ignored', async () => {
    const p = startProcess('sh', ['-c', 'trap "" TERM; echo ready; while :; do sleep 0.05; done'], { killGraceMs: 200 });
    await new Promise<void>((resolve) => p.child.stdout?.once('data', () => resolve()));
    const result = await p.stop();
    assert.equal(result?.signal, 'SIGKILL');
  });

  it('feeds stdin for interactive programs', async () => {
    const p = startProcess('cat', []);
    p.write('hello\n');
    p.child.stdin?.end();
    assert.equal((await p.exited).stdout, 'hello\n');
  });

  it('rejects when the program does not exist', async () => {
    await assert.rejects(runProcess('archway-no-such-program', []), /ENOENT/);
  });

  it('quotes a command line for rerunning in a shell', () => {
    assert.equal(
      shellQuote(['qemu-system-x86_64', '-append', "console=ttyS0 it's"]),
      `qemu-system-x86_64 -append 'console=ttyS0 it'\\''s'`,
    );
  });

  it('finds executables on PATH, and only executables', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'archway-path-'));
    writeFileSync(path.join(dir, 'tool'), '#!/bin/sh\n');
    writeFileSync(path.join(dir, 'data'), '');
    chmodSync(path.join(dir, 'tool'), 0o755);
    assert.equal(findOnPath('tool', `/nonexistent:${dir}`), path.join(dir, 'tool'));
    assert.equal(findOnPath('data', dir), undefined);
    assert.equal(findOnPath('absent', dir), undefined);
  });

  it('tells a running process from one that has exited', async () => {
    const p = startProcess('sleep', ['30']);
    assert.equal(isRunning(p.pid ?? 0), true);
    await p.stop();
    assert.equal(isRunning(p.pid ?? 0), false);
  });

  it('keeps the last megabyte of a long output, quickly', async () => {
    const result = await runProcess('sh', [
      '-c',
      'i=0; while [ $i -lt 3 ]; do head -c 700000 /dev/zero | tr "\\0" "a"; echo; i=$((i+1)); done; echo last',
    ]);
    assert.equal(result.stdout.length, 1024 * 1024);
    assert.ok(result.stdout.endsWith('\nlast\n'));
  });

  it('survives writing to a process that has exited', async () => {
    const p = startProcess('true', []);
    await p.exited;
    p.write('nobody reads this\n'.repeat(10_000));
    await new Promise((r) => setTimeout(r, 100));
    assert.equal((await p.exited).exitCode, 0);
  });
});
