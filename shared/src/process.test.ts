import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { runProcess, shellQuote, startProcess } from './process.ts';

/** Running, not a zombie waiting for a reaper (in a container PID 1 may never reap it). */
function alive(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

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
    assert.equal(alive(grandchild), false, 'the grandchild must be gone');
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
});
