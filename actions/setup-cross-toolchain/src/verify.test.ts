import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { hostArchitecture } from '@archway/kit/apt';
import { planToolchain, type Toolchain } from './plan.ts';
import { resolveTarget } from './resolve.ts';
import { verifyToolchain } from './verify.ts';

// The runner's own gcc builds and runs the programs; the failure cases bend the plan around it.
async function native(): Promise<Toolchain> {
  const arch = await hostArchitecture();
  return planToolchain(resolveTarget(arch), { hostArch: arch, runner: 'auto', libc: 'auto' });
}
const workDir = () => mkdtempSync(path.join(os.tmpdir(), 'verify-'));

describe('verification', () => {
  it('builds, checks and runs a C and a C++ program', async () => {
    const result = await verifyToolchain(await native(), workDir());
    assert.equal(result.status, 'passed', result.failure);
    assert.equal(result.checks.length, 2);
    assert.match(result.checks[0] ?? '', /^C: ELF 64-bit LSB (x86-64|AArch64), ran \(native\)$/);
    assert.match(result.checks[1] ?? '', /^C\+\+: ELF 64-bit LSB (x86-64|AArch64), ran \(native\)$/);
  });

  it('fails when the binary is for another machine than the target', async () => {
    const t = await native();
    const other = resolveTarget(t.target.rust.startsWith('x86_64') ? 'aarch64' : 'x86_64');
    const result = await verifyToolchain({ ...t, target: { ...other, rust: t.target.rust } }, workDir());
    assert.equal(result.status, 'failed');
    assert.match(result.failure ?? '', /^C: hello-c is ELF 64-bit LSB (x86-64|AArch64), expected ELF 64-bit LSB (AArch64|x86-64)$/);
  });

  it('fails with the compiler command and its output when compiling fails', async () => {
    const t = await native();
    const result = await verifyToolchain({ ...t, cflags: ['-DBROKEN', '-include', '/nonexistent/header.h'] }, workDir());
    assert.equal(result.status, 'failed');
    assert.match(
      result.failure ?? '',
      /^\$ \S+-gcc -DBROKEN -include \/nonexistent\/header\.h -O1 -o .*hello-c .*hello\.c\nexited with 1:\n/,
    );
    assert.match(result.failure ?? '', /nonexistent\/header\.h: No such file or directory/);
  });

  it('fails when the runner cannot start', async () => {
    const t = await native();
    const result = await verifyToolchain({ ...t, runner: { kind: 'qemu-user', command: ['/nonexistent/qemu'] } }, workDir());
    assert.equal(result.status, 'failed');
    assert.match(result.failure ?? '', /^\$ \/nonexistent\/qemu .*hello-c\ncould not start: .*ENOENT/);
  });
});
