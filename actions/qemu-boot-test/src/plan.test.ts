import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ConfigurationError, readInputs } from '@archway/kit';
import { readActionYml } from '../../../test/harness/action-yml.ts';
import { qemuCommand } from './command.ts';
import { inputs } from './contract.ts';
import { type BootPlan, makePlan, resolveImages } from './plan.ts';

const workspace = mkdtempSync(path.join(os.tmpdir(), 'qbt-plan-'));
writeFileSync(path.join(workspace, 'vmlinuz'), 'kernel');
writeFileSync(path.join(workspace, 'disk,1.qcow2'), Buffer.from([0x51, 0x46, 0x49, 0xfb, 0, 0, 0, 3]));
writeFileSync(path.join(workspace, 'disk.img'), Buffer.alloc(512));
const defaults = readActionYml(path.resolve(import.meta.dirname, '..')).inputs;

/** Read inputs as the runner passes them (action.yml defaults for the rest) and plan the boot. */
async function plan(given: Record<string, string>): Promise<BootPlan> {
  const saved = { ...process.env };
  for (const [name, spec] of Object.entries(defaults)) process.env[`INPUT_${name.toUpperCase()}`] = given[name] ?? spec.default ?? '';
  process.env.GITHUB_WORKSPACE = workspace;
  try {
    const read = await readInputs(inputs);
    return makePlan(read, await resolveImages(read));
  } finally {
    process.env = saved;
  }
}

async function refused(given: Record<string, string>, message: RegExp): Promise<void> {
  await assert.rejects(plan(given), (error: unknown) => {
    assert.ok(error instanceof ConfigurationError, String(error));
    assert.match(error.message, message);
    return true;
  });
}

describe('boot plan', () => {
  it('refuses to boot nothing, naming the inputs', () => refused({}, /Inputs 'kernel', 'disk' and 'bios' are all empty/));

  it('checks that files exist, relative to the workspace, and stay inside it', async () => {
    await refused({ kernel: 'bzImage' }, /^Input 'kernel' has 'bzImage': cannot open the image: no such file or directory$/);
    await refused({ kernel: '/etc/hostname' }, /^Input 'kernel' has '\/etc\/hostname': the path is outside the workspace/);
    assert.equal((await plan({ kernel: '/etc/hostname', 'allow-outside-workspace': 'true' })).kernel, '/etc/hostname');
  });

  it('names an unknown arch and what is allowed', () =>
    refused({ arch: 'sparc', kernel: 'vmlinuz' }, /^Input 'arch' has 'sparc': expected one of x86_64, i386, aarch64, arm, riscv64/));

  it('refuses kernel arguments without a kernel', () =>
    refused({ disk: 'disk.img', append: 'quiet' }, /^Input 'append' has 'quiet': needs 'kernel'/));

  it('refuses a bad regex, malformed YAML and a step that does nothing, naming the input', async () => {
    await refused({ kernel: 'vmlinuz', expect: '- /Linux (/' }, /^Input 'expect' has '\/Linux \(\/': not a valid regular expression/);
    await refused({ kernel: 'vmlinuz', script: '- send: [unclosed' }, /^Input 'script' is not valid YAML\/JSON/);
    await refused(
      { kernel: 'vmlinuz', script: '- name: idle\n  timeout: 3' },
      /^Input 'script' has .*step 1 does nothing: give it at least one of wait, send, expect/,
    );
    await refused({ kernel: 'vmlinuz', script: '- send: ls\n  typo: 1' }, /^Input 'script' is invalid: unknown key 'typo' at \/0/);
    await refused(
      { kernel: 'vmlinuz', expect: '- login:' },
      /^Input 'expect' has '- login:': YAML reads this item as a mapping; quote text that ends with a colon: - "login:"/,
    );
  });

  it('refuses an exit device the arch does not have, and an exit code without a device', async () => {
    await refused(
      { arch: 'aarch64', kernel: 'vmlinuz', 'exit-device': 'isa-debug-exit' },
      /^Input 'exit-device' has 'isa-debug-exit': not available for arch aarch64/,
    );
    await refused({ kernel: 'vmlinuz', 'success-exit-code': '1' }, /^Input 'success-exit-code' has '1': only applies with an exit-device/);
  });

  it('reads a one-item block list as YAML, not as a file name', async () => {
    const p = await plan({ kernel: 'vmlinuz', expect: '- Linux version\n', 'qemu-args': '- -no-hpet' });
    assert.deepEqual(
      p.milestones.map((m) => m.name),
      ['Linux version'],
    );
    assert.deepEqual(p.extraArgs, ['-no-hpet']);
  });

  it('builds the canonical x86_64 command: console on stdio, preset console argument, exit device, user args last', async () => {
    const p = await plan({ kernel: 'vmlinuz', append: 'panic=-1', 'exit-device': 'isa-debug-exit', 'qemu-args': '[-smp, 2]' });
    assert.equal(p.until, 'exit');
    assert.equal(p.exit?.successCode, 33);
    const { binary, args } = qemuCommand(p, 'tcg');
    assert.equal(binary, 'qemu-system-x86_64');
    assert.deepEqual(args, [
      ...['-machine', 'pc', '-accel', 'tcg', '-cpu', 'max', '-m', '512M', '-smp', '1'],
      ...['-nodefaults', '-display', 'none', '-monitor', 'none', '-serial', 'stdio', '-no-reboot'],
      ...['-kernel', path.join(workspace, 'vmlinuz'), '-append', 'console=ttyS0 panic=-1'],
      ...['-device', 'isa-debug-exit,iobase=0xf4,iosize=0x04', '-smp', '2'],
    ]);
    assert.equal(qemuCommand(p, 'kvm').args[5], 'host');
  });

  it('keeps a console= the user chose, and uses the arch preset for aarch64 and riscv64', async () => {
    const arm = await plan({ arch: 'arm64', kernel: 'vmlinuz', append: 'console=hvc0' });
    assert.equal(arm.append, 'console=hvc0');
    assert.deepEqual(qemuCommand(arm, 'tcg').args.slice(0, 6), ['-machine', 'virt', '-accel', 'tcg', '-cpu', 'max,pauth-impdef=on']);
    const riscv = await plan({ arch: 'riscv64', kernel: 'vmlinuz', 'exit-device': 'sifive-test' });
    assert.equal(riscv.append, 'console=ttyS0');
    assert.equal(qemuCommand(riscv, 'tcg').args.includes('-cpu'), false);
    assert.equal(riscv.exit?.successCode, 0);
  });

  it('detects qcow2, escapes commas in the drive option and never writes to the image', async () => {
    const p = await plan({ disk: 'disk,1.qcow2', bios: 'disk.img' });
    assert.deepEqual(p.disk, { file: path.join(workspace, 'disk,1.qcow2'), format: 'qcow2' });
    const args = qemuCommand(p, 'tcg').args;
    assert.ok(args.includes(`file=${path.join(workspace, 'disk,,1.qcow2')},format=qcow2,if=none,id=disk0,snapshot=on`), args.join(' '));
    assert.equal((await plan({ disk: 'disk.img' })).disk?.format, 'raw');
  });

  it('waits for milestones, or for qemu to exit when there is nothing to wait for', async () => {
    assert.equal((await plan({ kernel: 'vmlinuz', expect: '- "login:"' })).until, 'milestones');
    assert.equal((await plan({ kernel: 'vmlinuz' })).until, 'exit');
    assert.equal((await plan({ kernel: 'vmlinuz', expect: '["login:"]', until: 'exit' })).until, 'exit');
  });
});
