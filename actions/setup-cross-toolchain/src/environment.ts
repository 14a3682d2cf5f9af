import * as core from '@actions/core';
import type { Toolchain } from './plan.ts';
import { cargoSuffix, envSuffix } from './targets.ts';

/**
 * The variables one target's builds read: cc-rs and pkg-config-rs take the `_<target>` spellings, cargo
 * its CARGO_TARGET_<TARGET>_* ones. Nothing global, so host builds in the same job stay untouched.
 */
export function targetEnvironment(t: Toolchain): Record<string, string> {
  const s = envSuffix(t.target);
  const env: Record<string, string> = {
    [`CC_${s}`]: t.cc,
    [`CXX_${s}`]: t.cxx,
    [`AR_${s}`]: t.ar,
    [`RANLIB_${s}`]: t.ranlib,
  };
  if (t.target.kind === 'linux') {
    const S = cargoSuffix(t.target);
    env[`CARGO_TARGET_${S}_LINKER`] = t.cc;
    if (t.runner.command.length > 0) env[`CARGO_TARGET_${S}_RUNNER`] = t.runner.command.join(' ');
    if (t.sysroot !== '/') {
      // Multiarch: `packages` land in /usr/lib/<triple>, so pkg-config searches there, not in the runner's own dirs.
      env[`PKG_CONFIG_PATH_${s}`] = t.pkgConfigLibdir[0] as string;
      env[`PKG_CONFIG_LIBDIR_${s}`] = t.pkgConfigLibdir.join(':');
      env[`PKG_CONFIG_SYSROOT_DIR_${s}`] = '/';
    }
  }
  return env;
}

/**
 * Variables that can describe one target only. QEMU_LD_PREFIX is set when exactly one target runs
 * through qemu; with several, each runner command carries its own -L.
 */
export function sharedEnvironment(toolchains: readonly Toolchain[]): Record<string, string> {
  const qemu = toolchains.filter((t) => t.runner.kind === 'qemu-user' && t.sysroot !== '/');
  return qemu.length === 1 && qemu[0] ? { QEMU_LD_PREFIX: qemu[0].sysroot } : {};
}

/**
 * Export for later steps; a variable the job already sets to something else is the user's choice and is
 * kept. Returns the names kept that way.
 */
export function exportEnvironment(env: Record<string, string>): string[] {
  const kept: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    const existing = process.env[name];
    if (existing !== undefined && existing !== '' && existing !== value) {
      kept.push(name);
      continue;
    }
    core.exportVariable(name, value);
  }
  if (kept.length > 0)
    core.info(`Kept the job's own ${kept.join(', ')} (this action would have set ${kept.map((k) => `${k}=${env[k]}`).join(', ')})`);
  return kept;
}
