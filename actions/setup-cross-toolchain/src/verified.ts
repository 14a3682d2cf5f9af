import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Toolchain } from './plan.ts';
import type { Verification } from './verify.ts';

/**
 * Verification results kept for the rest of the job (RUNNER_TEMP is per job), so that calling the action
 * again for the same toolchains, with nothing newly installed, does not rebuild and rerun the programs.
 */
function fingerprint(t: Toolchain): string {
  const { cc, cxx, cflags, ldflags, runner, packages, libc, sysroot } = t;
  return createHash('sha256')
    .update(
      JSON.stringify({ target: t.target.rust, cc, cxx, cflags, ldflags, runner, packages, libc, sysroot, qemuCpu: process.env.QEMU_CPU }),
    )
    .digest('hex');
}

function markerFile(t: Toolchain, dir: string): string {
  return path.join(dir, `${t.target.rust}.json`);
}

export function earlierVerification(t: Toolchain, dir: string): Verification | undefined {
  try {
    const saved = JSON.parse(readFileSync(markerFile(t, dir), 'utf8')) as { fingerprint: string; verification: Verification };
    if (saved.fingerprint !== fingerprint(t) || saved.verification.status !== 'passed') return undefined;
    return { ...saved.verification, earlier: true };
  } catch {
    return undefined;
  }
}

export function rememberVerification(t: Toolchain, dir: string, verification: Verification): void {
  if (verification.status !== 'passed') return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(markerFile(t, dir), JSON.stringify({ fingerprint: fingerprint(t), verification }));
}
