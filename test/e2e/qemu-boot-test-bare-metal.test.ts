import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { isRunning, runProcess, startProcess } from '@archway/kit/process';
import { repoRoot } from '../build/bundles.ts';
import { type BareMetalArch, bareMetalImage } from '../fixtures/boot-images/build.ts';
import { qemuProcessesMentioning } from '../fixtures/boot-images/leftovers.ts';
import { node24 } from '../harness/node24.ts';
import { runAction } from '../harness/run-action.ts';

// Tiny images cross-assembled with Debian's binutils that print a line and report their verdict
// through the architecture's exit device; plus the ways a run can end badly.
const action = path.join(repoRoot, 'actions/qemu-boot-test');
const dir = mkdtempSync(path.join(os.tmpdir(), 'qbt-bare-'));
const devices: Record<BareMetalArch, string> = { x86_64: 'isa-debug-exit', aarch64: 'semihosting', riscv64: 'sifive-test' };
const images: Record<string, string> = {};

before(async () => {
  for (const arch of Object.keys(devices) as BareMetalArch[]) {
    images[`${arch}-pass`] = await bareMetalImage(arch, 0, dir);
    images[`${arch}-fail`] = await bareMetalImage(arch, 1, dir);
  }
  images.hang = await bareMetalImage('x86_64', 2, dir);
  images.warn = await bareMetalImage('x86_64', 3, dir);
});

function boot(inputs: Record<string, string | number>, options: Parameters<typeof runAction>[1] = {}) {
  // The images are built in `dir`, which serves as the workspace: the action refuses paths outside it.
  return runAction(action, { cwd: dir, inputs: { accel: 'tcg', timeout: 60, ...inputs }, timeoutMs: 120_000, ...options });
}

describe('qemu-boot-test judges bare-metal images by their exit device', () => {
  for (const arch of Object.keys(devices) as BareMetalArch[]) {
    it(`${arch} through ${devices[arch]}: a passing image passes, a failing one fails`, async () => {
      // riscv64 boots the image itself in M-mode: no OpenSBI in front of it.
      const qemuArgs = arch === 'riscv64' ? '[-bios, none]' : '';
      const common = { arch, 'exit-device': devices[arch], 'qemu-args': qemuArgs };
      const passed = await boot({ ...common, kernel: images[`${arch}-pass`] ?? '', expect: '- all tests passed' });
      assert.equal(passed.exitCode, 0, passed.stdout);
      assert.equal(passed.outputs.result, 'passed');
      assert.match(passed.log.join('\n'), new RegExp(`the guest reported success through ${devices[arch]}`));

      const failed = await boot({ ...common, kernel: images[`${arch}-fail`] ?? '' });
      assert.equal(failed.exitCode, 1);
      assert.equal(failed.outputs.result, 'failed');
      assert.equal(failed.errors.length, 1, failed.errors.join('\n'));
      assert.match(
        failed.errors[0] ?? '',
        new RegExp(
          `reported failure through ${devices[arch]}: qemu exit status \\d+, \\d+ means pass\\nLast console lines:\\narchway bare-metal ${arch}: a test failed`,
        ),
      );
      assert.match(
        readFileSync(failed.outputs.junit ?? '', 'utf8'),
        /<testcase name="qemu exit status"[^>]*>\s*<failure message="the guest reported failure/,
      );
    });
  }
});

describe('qemu-boot-test classifies the console', () => {
  it('reports a kernel WARNING as a warning annotation and in the summary, without failing', async () => {
    const result = await boot({ kernel: images.warn ?? '', 'exit-device': 'isa-debug-exit' });
    assert.equal(result.exitCode, 0, result.stdout);
    const warning = result.annotations.find((a) => a.level === 'warning');
    assert.equal(warning?.title, 'qemu-boot-test: kernel warning');
    assert.match(
      warning?.message ?? '',
      /^WARNING: CPU: 0 PID: 0 at bare-metal\/x86_64.S:1 _start\+0x0\/0x10 \(console line 1, [\d.]+ s\)$/,
    );
    assert.match(result.summary, /### Kernel warnings/);
  });

  it('accel: kvm uses KVM where it works and refuses clearly where it does not', async () => {
    const result = await boot({ kernel: images['x86_64-pass'] ?? '', 'exit-device': 'isa-debug-exit', accel: 'kvm' });
    if (result.exitCode === 0) {
      assert.equal(result.outputs.accel, 'kvm');
    } else {
      assert.equal(result.errors.length, 1, result.errors.join('\n'));
      assert.match(result.errors[0] ?? '', /^Input 'accel' is 'kvm' but (a probe guest|\/dev\/kvm)/);
    }
    assert.deepEqual(qemuProcessesMentioning('kvm-probe.bin'), []);
  });
});

describe('qemu-boot-test never leaves qemu behind', () => {
  it('times out on a hang, showing the last console lines', async () => {
    const result = await boot({ kernel: images.hang ?? '', 'exit-device': 'isa-debug-exit', timeout: 3 });
    assert.equal(result.exitCode, 1);
    assert.equal(result.outputs.result, 'timeout');
    assert.equal(result.errors.length, 1);
    assert.match(
      result.errors[0] ?? '',
      /no verdict within 3 s; waiting for qemu to exit\nLast console lines:\narchway bare-metal x86_64: hanging on purpose/,
    );
    assert.match(result.summary, /### Last console lines[\s\S]*hanging on purpose/);
    assert.equal(result.outputs['exit-code'], '');
    assert.deepEqual(qemuProcessesMentioning(images.hang ?? '-'), []);
  });

  it('stops qemu when the runner cancels the step (SIGTERM)', async () => {
    const result = await boot({ kernel: images.hang ?? '', 'exit-device': 'isa-debug-exit', timeout: 120 }, { cancelAfterMs: 2500 });
    assert.ok(result.state.qemu, 'the qemu pid was saved for the post step');
    assert.equal(result.exitCode, 143);
    assert.equal(result.post?.exitCode, 0);
    assert.doesNotMatch(result.post?.stdout ?? '', /leftover/, 'the main step itself stopped qemu');
    assert.deepEqual(qemuProcessesMentioning(images.hang ?? '-'), []);
    // One error, after the console's stop-commands block is closed (else the runner would swallow it).
    assert.deepEqual(result.errors, ['The step was cancelled (SIGTERM); processes it started were stopped.']);
    const token = /^::stop-commands::(\S+)$/m.exec(result.stdout)?.[1] ?? '';
    assert.ok(token && result.stdout.indexOf(`::${token}::`) < result.stdout.indexOf('::error::The step was cancelled'));
  });

  it('qemu dies with the action even when the action is killed outright (SIGKILL)', async () => {
    const result = await boot(
      { kernel: images.hang ?? '', 'exit-device': 'isa-debug-exit', timeout: 120 },
      { cancelAfterMs: 2500, cancelSignal: 'SIGKILL', post: false },
    );
    assert.equal(result.signal, 'SIGKILL');
    const pid = Number(JSON.parse(result.state.qemu ?? '[]')[0]?.pid);
    assert.ok(pid > 0, 'the qemu pid was saved');
    for (let i = 0; i < 50 && isRunning(pid); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(isRunning(pid), false, `qemu ${pid} outlived the killed action`);
  });

  it('the post step stops a qemu the main step left running, and only that one', async () => {
    const qemu = startProcess('qemu-system-x86_64', [
      '-accel',
      'tcg',
      '-nodefaults',
      '-display',
      'none',
      '-monitor',
      'none',
      '-serial',
      'null',
      '-kernel',
      images.hang ?? '',
    ]);
    const pid = qemu.pid as number;
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    const bystander = startProcess('sleep', ['30']);
    const state = JSON.stringify([
      { pid, start },
      { pid: bystander.pid, start: '1' },
    ]);
    const env = { PATH: process.env.PATH ?? '', 'STATE_archway-is-post': 'true', STATE_qemu: state, RUNNER_TEMP: dir };
    const post = await runProcess(node24(), [path.join(action, 'dist/index.js')], { env, timeoutMs: 30_000 });
    assert.equal(post.exitCode, 0, post.stdout + post.stderr);
    assert.match(post.stdout, /stopped 1 leftover qemu process/);
    const ended = await qemu.exited;
    assert.equal(ended.signal, 'SIGKILL');
    assert.equal(bystander.child.exitCode, null, 'a pid whose start time does not match is left alone');
    await bystander.stop();
  });
});

describe('qemu-boot-test reports qemu trouble and bad inputs clearly', () => {
  it('retries when qemu itself fails, then reports an error (not a failed test)', async () => {
    const result = await boot({ kernel: images['x86_64-pass'] ?? '', 'qemu-args': '[-no-such-option]', retries: 1 });
    assert.equal(result.exitCode, 1);
    assert.equal(result.outputs.result, 'error');
    assert.ok(
      result.log.some((l) =>
        /attempt 1 of 2: qemu could not start \(exit status 1\): qemu-system-x86_64: -no-such-option: invalid option; retrying/.test(l),
      ),
    );
    assert.equal(result.errors.length, 1);
    assert.match(result.summary, /2 attempts/);
    const logs = readdirSync(path.dirname(result.outputs.log ?? ''));
    assert.deepEqual(logs.sort(), ['boot-timings.json', 'junit.xml', 'serial.attempt-1.log', 'serial.log']);
  });

  it('does not retry a failed test', async () => {
    const result = await boot({ kernel: images['x86_64-fail'] ?? '', 'exit-device': 'isa-debug-exit', retries: 2 });
    assert.equal(result.outputs.result, 'failed');
    assert.ok(!result.log.some((l) => /retrying/.test(l)));
  });

  const bad: [string, Record<string, string>, RegExp][] = [
    ['a missing kernel', { kernel: 'no/such/bzImage' }, /^Input 'kernel' has 'no\/such\/bzImage': cannot open the image: no such file/],
    [
      'a kernel outside the workspace',
      { kernel: '/etc/hostname' },
      /^Input 'kernel' has '\/etc\/hostname': the path is outside the workspace/,
    ],
    [
      'an unknown arch',
      { arch: 'sparc64', kernel: '' },
      /^Input 'arch' has 'sparc64': expected one of x86_64, i386, aarch64, arm, riscv64/,
    ],
    ['a bad regex', { expect: '- /Linux (/' }, /^Input 'expect' has '\/Linux \(\/': not a valid regular expression/],
    ['a malformed script', { script: '- wait: "=> \n  send: version' }, /^Input 'script' is not valid YAML\/JSON at line \d+, column \d+/],
    ['nothing to boot', { kernel: '' }, /^Inputs 'kernel', 'disk' and 'bios' are all empty/],
  ];
  for (const [what, inputs, message] of bad) {
    it(`${what}: one clear error, no qemu started`, async () => {
      const result = await boot({ kernel: images['x86_64-pass'] ?? '', ...inputs });
      assert.equal(result.exitCode, 1);
      assert.equal(result.errors.length, 1, result.errors.join('\n'));
      assert.match(result.errors[0] ?? '', message);
      assert.doesNotMatch(result.stdout, /Unexpected error|\n\s+at /);
      assert.equal(result.state.qemu, undefined);
    });
  }
});
