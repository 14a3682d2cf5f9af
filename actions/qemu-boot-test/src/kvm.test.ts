import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runProcess } from '@archway/kit';
import { presets } from './arch.ts';
import { chooseAccel, probeImage } from './kvm.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'qbt-kvm-'));

async function run(command: string, args: string[]): Promise<void> {
  const result = await runProcess(command, args);
  assert.equal(result.exitCode, 0, `${command} ${args.join(' ')}: ${result.stderr}`);
}

describe('KVM probe', () => {
  it('is kvm-probe.S assembled (binutils)', async () => {
    const object = path.join(dir, 'probe.o');
    const elf = path.join(dir, 'probe.elf');
    const bin = path.join(dir, 'probe.bin');
    await run('as', ['-o', object, path.join(import.meta.dirname, 'kvm-probe.S')]);
    await run('ld', ['-Ttext=0xf0000', '-e', '0xf0000', '-o', elf, object]);
    await run('objcopy', ['-O', 'binary', elf, bin]);
    assert.ok(readFileSync(bin).equals(probeImage()), 'the embedded bytes differ from kvm-probe.S');
  });

  it('reaches long mode and exits through isa-debug-exit with status 85 (checked under TCG)', async () => {
    const image = path.join(dir, 'probe-run.bin');
    writeFileSync(image, probeImage());
    const result = await runProcess(
      'qemu-system-x86_64',
      [
        '-machine',
        'pc',
        '-accel',
        'tcg',
        '-nodefaults',
        '-display',
        'none',
        '-monitor',
        'none',
        '-serial',
        'none',
        '-bios',
        image,
        '-device',
        'isa-debug-exit,iobase=0xf4,iosize=0x04',
      ],
      { timeoutMs: 20_000 },
    );
    assert.equal(result.exitCode, 85, result.stderr);
  });

  it('uses TCG without probing when asked, or when the guest is foreign to the host', async () => {
    const started: number[] = [];
    assert.deepEqual(await chooseAccel('tcg', presets.x86_64, dir, (pid) => started.push(pid)), { accel: 'tcg' });
    assert.deepEqual(await chooseAccel('auto', presets.riscv64, dir, (pid) => started.push(pid)), { accel: 'tcg' });
    await assert.rejects(
      chooseAccel('kvm', presets.arm, dir, () => undefined),
      /^ConfigurationError: Input 'accel' is 'kvm' but KVM cannot run arm guests/,
    );
    assert.deepEqual(started, []);
  });
});
