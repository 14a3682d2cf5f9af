import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../build/bundles.ts';
import { firmware, rawDisk } from '../fixtures/boot-images/build.ts';
import { qemuProcessesMentioning } from '../fixtures/boot-images/leftovers.ts';
import { runAction } from '../harness/run-action.ts';

// Debian's U-Boot builds (and OpenSBI for riscv64): stop the autoboot, drive the prompt, check what it says.
const action = path.join(repoRoot, 'actions/qemu-boot-test');
const stopAutoboot = '- wait: Hit any key to stop autoboot\n  send: ""\n';

describe('qemu-boot-test drives U-Boot', () => {
  it('aarch64: reaches the prompt, sees the attached disk, and the guest cannot write to the image', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'qbt-uboot-'));
    const disk = rawDisk(dir, 1024 * 1024);
    const script = [
      stopAutoboot,
      '- wait: "=> "\n  send: virtio scan\n',
      '- name: the disk is there\n  wait: "=> "\n  send: virtio info\n  expect: "/Capacity: 1\\\\.0 MB/"\n',
      '- name: write a block\n  wait: "=> "\n  send: mw.b 0x40000000 0xaa 0x200; virtio write 0x40000000 0 1\n  expect: "1 blocks written: OK"\n',
      '- wait: "=> "\n  send: version\n  expect: aarch64-linux-gnu-gcc\n  fail: Unknown command\n',
    ].join('');
    const result = await runAction(action, {
      inputs: {
        'allow-outside-workspace': true,
        arch: 'arm64',
        bios: firmware.ubootArm64(),
        disk,
        script,
        expect: '- U-Boot 20',
        timeout: 120,
      },
      timeoutMs: 180_000,
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs.result, 'passed');
    assert.match(
      result.outputs.command ?? '',
      /^qemu-system-aarch64 -machine virt -accel tcg -cpu max,pauth-impdef=on .*-drive file=.*disk\.raw,format=raw,if=none,id=disk0,snapshot=on/,
    );
    const steps = JSON.parse(result.outputs.milestones ?? '[]') as { name: string; status: string }[];
    assert.deepEqual(
      steps.map((s) => s.status),
      ['passed', 'passed', 'passed', 'passed', 'passed', 'passed'],
    );
    assert.match(readFileSync(result.outputs.log ?? '', 'utf8'), /Device 0: 1af4 VirtIO Block Device/);
    assert.ok(readFileSync(disk).equals(Buffer.alloc(1024 * 1024)), 'snapshot=on kept the image untouched');
    assert.deepEqual(qemuProcessesMentioning(dir), []);
  });

  it('riscv64: OpenSBI then U-Boot in S-mode, a command and its output', async () => {
    const result = await runAction(action, {
      inputs: {
        'allow-outside-workspace': true,
        arch: 'riscv64',
        bios: firmware.opensbiJump(),
        kernel: firmware.ubootRiscv64Smode(),
        // Single quotes in YAML keep backslashes and the colon literal.
        expect: "- OpenSBI v1\n- '/Domain0 Next Mode\\s+: S-mode/'",
        script: `${stopAutoboot}- wait: "=> "\n  send: version\n  expect: riscv64-linux-gnu-gcc\n`,
        timeout: 120,
      },
      timeoutMs: 180_000,
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs.result, 'passed');
    assert.match(result.outputs.command ?? '', /^qemu-system-riscv64 -machine virt -accel tcg -m 512M /);
    assert.match(result.summary, /\| script: 2: send 'version' \| ✅ passed \|/);
  });

  it('arm: the 32-bit preset (virt, cortex-a15) boots U-Boot to a working prompt', async () => {
    const result = await runAction(action, {
      inputs: {
        'allow-outside-workspace': true,
        arch: 'armhf',
        bios: firmware.ubootArm(),
        script: `${stopAutoboot}- wait: "=> "\n  send: version\n  expect: arm-linux-gnueabihf-gcc\n`,
        timeout: 120,
      },
      timeoutMs: 180_000,
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.match(result.outputs.command ?? '', /^qemu-system-arm -machine virt -accel tcg -cpu cortex-a15 /);
  });
});
