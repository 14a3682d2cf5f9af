import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { repoRoot } from '../build/bundles.ts';
import { busyboxInitramfs, debianKernel } from '../fixtures/boot-images/build.ts';
import { qemuProcessesMentioning } from '../fixtures/boot-images/leftovers.ts';
import { runAction } from '../harness/run-action.ts';

// Debian's kernel and a busybox initramfs built from Debian's busybox-static, booted for real under qemu.
const action = path.join(repoRoot, 'actions/qemu-boot-test');
const images = mkdtempSync(path.join(os.tmpdir(), 'qbt-linux-'));
let kernel = '';
let initrd = '';

before(() => {
  kernel = debianKernel();
  initrd = busyboxInitramfs(images);
});

describe('qemu-boot-test boots Linux on x86_64', () => {
  it('reaches the milestones, runs a command in the shell, powers off cleanly and passes', async () => {
    const result = await runAction(action, {
      inputs: {
        'allow-outside-workspace': true,
        kernel,
        initrd,
        append: 'panic=-1',
        // accel stays auto: KVM is probed, and where it does not answer the boot falls back to TCG.
        expect: '- Linux version\n- /Run \\/init as init process/\n- "archway-init: userspace is up"',
        script: '- wait: "/ # "\n  send: uname -m\n  expect: x86_64\n- wait: "/ # "\n  send: poweroff -f',
        until: 'exit',
        timeout: 300,
      },
      timeoutMs: 360_000,
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs.result, 'passed');
    assert.deepEqual(result.errors, []);
    assert.equal(result.outputs['exit-code'], '0', 'qemu exited by itself after poweroff');

    const checks = JSON.parse(result.outputs.milestones ?? '[]') as { name: string; status: string; seconds: number }[];
    assert.deepEqual(
      checks.map((c) => [c.name, c.status]),
      [
        ['Linux version', 'passed'],
        ['/Run \\/init as init process/', 'passed'],
        ['archway-init: userspace is up', 'passed'],
        ["1: send 'uname -m'", 'passed'],
        ["2: send 'poweroff -f'", 'passed'],
      ],
    );
    assert.ok(
      checks.every((c, i) => i === 0 || c.seconds >= (checks[i - 1]?.seconds ?? 0)),
      'times from the start, in order',
    );
    assert.equal(result.outputs['boot-time'], String(checks[2]?.seconds));

    // KVM on auto: used if it answered the probe, otherwise TCG with a notice saying why.
    assert.ok(['kvm', 'tcg'].includes(result.outputs.accel ?? ''), result.outputs.accel);
    const kvmNotice = result.annotations.find((a) => a.level === 'notice' && /KVM not used/.test(a.message));
    if (result.outputs.accel === 'tcg') assert.ok(kvmNotice, 'the fallback to TCG is announced');
    else assert.equal(kvmNotice, undefined);
    assert.match(
      result.outputs.command ?? '',
      new RegExp(
        `^qemu-system-x86_64 -machine pc -accel ${result.outputs.accel} .*-kernel ${kernel} -initrd ${initrd} -append 'console=ttyS0 panic=-1'$`,
      ),
    );

    const log = readFileSync(result.outputs.log ?? '', 'utf8');
    assert.match(log, /^\/ # uname -m\nx86_64$/m);
    assert.match(log, /reboot: Power down/);
    assert.ok(result.log.includes('x86_64'), 'the console is echoed into the step log');
    const junit = readFileSync(result.outputs.junit ?? '', 'utf8');
    assert.match(junit, /tests="7" failures="0" errors="0" skipped="0"/);
    assert.match(result.summary, /## ✅ qemu-boot-test passed: x86_64/);
    assert.match(result.summary, /\| milestone: Linux version \| ✅ passed \| \d+\.\d+ \|/);
    assert.ok(result.summary.includes(result.outputs.command ?? '-'), 'the rerun command is in the summary');
    assert.equal(result.post?.exitCode, 0);
    assert.deepEqual(qemuProcessesMentioning(images), []);

    // The boot timings, read by benchmark-regression as a benchmark output: boot time tracked like any benchmark.
    const timings = JSON.parse(readFileSync(result.outputs.timings ?? '', 'utf8')) as { milestones: { name: string; seconds: number }[] };
    assert.deepEqual(
      timings.milestones.map((m) => [m.name, m.seconds]),
      checks.map((c) => [c.name, c.seconds]),
    );
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'qbt-timings-'));
    copyFileSync(result.outputs.timings ?? '', path.join(workspace, 'boot-timings.json'));
    const tracked = await runAction(path.join(repoRoot, 'actions/benchmark-regression'), {
      cwd: workspace,
      inputs: { 'output-file': 'boot-timings.json', storage: 'file', 'history-path': 'history.json' },
    });
    assert.equal(tracked.exitCode, 0, tracked.stdout);
    const stored = JSON.parse(readFileSync(path.join(workspace, 'history.json'), 'utf8')) as {
      entries: { benchmarks: Record<string, { value: number; unit: string }> }[];
    };
    const benchmarks = stored.entries[0]?.benchmarks ?? {};
    assert.equal(benchmarks['x86_64/pc: Linux version']?.value, checks[0]?.seconds);
    assert.equal(benchmarks['x86_64/pc: archway-init: userspace is up']?.unit, 's');
    assert.ok((benchmarks['x86_64/pc: total']?.value ?? 0) >= (checks.at(-1)?.seconds ?? Number.POSITIVE_INFINITY));
  });

  it('fails right after a kernel panic, long before the timeout, with the panic line in the error', async () => {
    const result = await runAction(action, {
      inputs: {
        'allow-outside-workspace': true,
        kernel,
        initrd,
        append: 'panic=-1 archway.init=exit',
        expect: '- "this never appears"',
        accel: 'tcg',
        timeout: 300,
      },
      timeoutMs: 360_000,
    });
    assert.equal(result.exitCode, 1);
    assert.equal(result.outputs.result, 'failed');
    assert.equal(result.errors.length, 1, result.errors.join('\n'));
    assert.match(
      result.errors[0] ?? '',
      /Kernel panic - not syncing: Attempted to kill init! exitcode=0x00000100 \(console line \d+, [\d.]+ s\)/,
    );
    assert.equal(result.annotations.find((a) => a.level === 'error')?.title, 'qemu-boot-test: kernel panic');
    // Functional, not a benchmark: the step ended on the panic, not at its 300 s timeout.
    assert.ok(result.durationMs < 150_000, `the step took ${result.durationMs} ms`);
    assert.match(result.summary, /### kernel panic at console line \d+/);
    assert.match(result.summary, /Call Trace:/);
    const junit = readFileSync(result.outputs.junit ?? '', 'utf8');
    assert.match(
      junit,
      /<testcase name="console: no failure patterns"[^>]*>\s*<failure message="kernel panic at console line \d+: [^"]*Attempted to kill init!/,
    );
    assert.deepEqual(qemuProcessesMentioning(images), []);
  });

  it('reads the KTAP the guest prints into test cases: a failed KUnit test fails the boot and is named; report only reports', async () => {
    const fixtures = path.join(repoRoot, 'test/fixtures/ktap');
    const expected = JSON.parse(readFileSync(path.join(fixtures, 'expected.json'), 'utf8')) as Record<
      string,
      { passed: number; failed: number; skipped: number }
    >;
    // The kernel's own KTAP test data, printed by the guest's init as KUnit prints it at boot.
    const ktapInitrd = busyboxInitramfs(
      images,
      { 'ktap/kunit.log': readFileSync(path.join(fixtures, 'kunit-failure.log'), 'utf8') },
      'ktap.cpio',
    );
    const boot = (guestTests: string) =>
      runAction(action, {
        inputs: {
          'allow-outside-workspace': true,
          kernel,
          initrd: ktapInitrd,
          append: 'panic=-1 archway.init=ktap',
          expect: '- "archway-init: userspace is up"',
          until: 'exit',
          accel: 'tcg',
          'guest-tests': guestTests,
          timeout: 300,
        },
        timeoutMs: 360_000,
      });
    const judged = await boot('judge');
    assert.equal(judged.exitCode, 1, judged.stdout);
    assert.equal(judged.outputs.result, 'failed');
    assert.equal(judged.errors.length, 1, judged.errors.join('\n'));
    assert.match(judged.errors[0] ?? '', /1 of 10 tests in the guest failed: example > example_simple_test/);
    const tests = JSON.parse(judged.outputs.tests ?? '[]') as { name: string; status: string }[];
    const want = expected['kunit-failure.log'];
    assert.deepEqual(
      ['passed', 'failed', 'skipped'].map((s) => tests.filter((t) => t.status === s).length),
      [want?.passed, want?.failed, want?.skipped],
    );
    assert.ok(tests.some((t) => t.name === 'sysctl_test > sysctl_test_dointvec_null_tbl_data' && t.status === 'passed'));
    const junit = readFileSync(judged.outputs.junit ?? '', 'utf8');
    assert.match(junit, /<testsuite name="guest tests x86_64" tests="10" failures="1" errors="0" skipped="0"/);
    assert.match(junit, /<testcase name="example_simple_test" classname="qemu-boot-test\.x86_64\.guest\.example"/);
    assert.match(junit, /EXPECTATION FAILED at lib\/kunit\/example-test\.c:30/);
    assert.match(judged.summary, /### Tests in the guest \(TAP version 14\)\n\n9 passed, 1 failed, 0 skipped/);

    const reported = await boot('report');
    assert.equal(reported.exitCode, 0, reported.stdout);
    assert.equal(reported.outputs.result, 'passed');
    assert.equal((JSON.parse(reported.outputs.tests ?? '[]') as unknown[]).length, 10);
    assert.deepEqual(qemuProcessesMentioning(images), []);
  });
});
