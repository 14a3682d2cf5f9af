import { existsSync, lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { ConfigurationError } from '@archway/kit';
import type { Toolchain } from './plan.ts';
import { runPrivileged } from './privileged.ts';

/** Where Debian's and Ubuntu's qemu-user look for a target's libraries when given no -L / QEMU_LD_PREFIX. */
const INTERP_PREFIX_DIR = '/etc/qemu-binfmt';
const BINFMT_DIR = '/proc/sys/fs/binfmt_misc';

async function privilegedRun(command: string, args: string[], input?: string): Promise<{ ok: boolean; output: string }> {
  const result = await runPrivileged(command, args, { input, timeoutMs: 30_000 });
  return { ok: result.exitCode === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

/** Foreign Linux targets, one per qemu binary (armhf and armel share qemu-arm: the first one listed wins). */
function qemuTargets(toolchains: readonly Toolchain[]): Toolchain[] {
  const seen = new Set<string>();
  return toolchains.filter((t) => {
    if (t.target.kind !== 'linux' || t.sysroot === '/' || seen.has(t.target.qemu)) return false;
    seen.add(t.target.qemu);
    return true;
  });
}

/**
 * Link /etc/qemu-binfmt/<arch> to each target's sysroot, so a bare `qemu-aarch64 ./prog` and binaries
 * started through binfmt find their loader and libraries for several targets at once (QEMU_LD_PREFIX
 * can name only one). Existing entries are left as they are.
 */
export async function linkInterpreterPrefixes(toolchains: readonly Toolchain[]): Promise<string[]> {
  const linked: string[] = [];
  for (const t of qemuTargets(toolchains)) {
    if (t.target.kind !== 'linux') continue;
    const link = path.join(INTERP_PREFIX_DIR, t.target.qemu);
    if (exists(link)) continue;
    const made = (await privilegedRun('mkdir', ['-p', INTERP_PREFIX_DIR])).ok && (await privilegedRun('ln', ['-s', t.sysroot, link])).ok;
    if (made) linked.push(`${link} -> ${t.sysroot}`);
    else core.info(`Could not link ${link} to ${t.sysroot}; qemu-${t.target.qemu} needs -L ${t.sysroot} (the runner command has it)`);
  }
  return linked;
}

function exists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

/** The binfmt_misc registration line for qemu-<arch>, from the files Debian's qemu-user-binfmt ships. */
export function binfmtRule(arch: string, readText: (file: string) => string | undefined = readIfExists): string | undefined {
  const conf = readText(`/usr/lib/binfmt.d/qemu-${arch}.conf`);
  const line = conf?.split('\n').find((l) => l.startsWith(':'));
  if (line) return line.trim();
  const legacy = readText(`/usr/share/binfmts/qemu-${arch}`);
  return legacy ? ruleFromUpdateBinfmts(arch, legacy) : undefined;
}

/** Convert an update-binfmts format file (key value lines) into a binfmt_misc registration line. */
export function ruleFromUpdateBinfmts(arch: string, text: string): string | undefined {
  const fields = Object.fromEntries(
    text
      .split('\n')
      .map((l) => l.trim().split(/\s+/, 2))
      .filter((p): p is [string, string] => p.length === 2),
  );
  if (!fields.interpreter || !fields.magic) return undefined;
  const flags = `${fields.preserve === 'yes' ? 'P' : ''}${fields.credentials === 'yes' ? 'C' : ''}${fields.fix_binary === 'yes' ? 'F' : ''}`;
  return `:qemu-${arch}:M:${fields.offset ?? ''}:${fields.magic}:${fields.mask ?? ''}:${fields.interpreter}:${flags}`;
}

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Register qemu-user with the kernel's binfmt_misc for each foreign Linux target, so its binaries run
 * directly (./prog, test harnesses that exec). Entries already registered are kept.
 */
export async function registerBinfmt(toolchains: readonly Toolchain[]): Promise<string[]> {
  const targets = qemuTargets(toolchains);
  if (targets.length === 0) return [];
  if (!existsSync(path.join(BINFMT_DIR, 'register'))) {
    const mount = await privilegedRun('mount', ['-t', 'binfmt_misc', 'binfmt_misc', BINFMT_DIR]);
    if (!mount.ok) {
      throw new ConfigurationError(
        `Input 'binfmt' is true, but this runner's kernel offers no binfmt_misc to register qemu with (mount failed: ${mount.output || 'no output'}); ` +
          'set binfmt: false and run binaries through the runner command',
      );
    }
  }
  const registered: string[] = [];
  for (const t of targets) {
    if (t.target.kind !== 'linux') continue;
    const name = `qemu-${t.target.qemu}`;
    if (!existsSync(path.join(BINFMT_DIR, name))) {
      const rule = binfmtRule(t.target.qemu);
      if (!rule) throw new Error(`no binfmt rule for ${name} in /usr/lib/binfmt.d or /usr/share/binfmts (is qemu-user-binfmt installed?)`);
      const result = await privilegedRun('tee', [path.join(BINFMT_DIR, 'register')], rule);
      if (!result.ok && !existsSync(path.join(BINFMT_DIR, name))) {
        throw new ConfigurationError(`Input 'binfmt' is true, but registering ${name} with binfmt_misc failed: ${result.output}`);
      }
    }
    registered.push(name);
  }
  return registered;
}
