import * as core from '@actions/core';
import { runProcess } from '@archway/kit';
import { findOnPath } from '@archway/kit/process';
import type { Toolchain } from './plan.ts';

/**
 * What became of each target's Rust standard library: already installed, added now, not offered by
 * rustup (tier 3: build it with -Zbuild-std), failed (offline?), or no rustup on the runner.
 */
export type RustStatus = 'installed' | 'added' | 'not-in-rustup' | 'failed' | 'no-rustup' | 'disabled';

const RUSTUP_TIMEOUT_MS = 5 * 60_000;

/** Parse `rustup target list`: every target rustup offers, and which of them are installed. */
export function parseTargetList(text: string): { available: Set<string>; installed: Set<string> } {
  const available = new Set<string>();
  const installed = new Set<string>();
  for (const line of text.split('\n')) {
    const match = /^(\S+)(\s+\(installed\))?\s*$/.exec(line.trim());
    if (!match?.[1]) continue;
    available.add(match[1]);
    if (match[2]) installed.add(match[1]);
  }
  return { available, installed };
}

/**
 * Add the targets to rustup when it is on PATH. Failing (no network, a proxy) is not fatal: the C/C++
 * setup stands and one warning says how to add them later.
 */
export async function addRustTargets(toolchains: readonly Toolchain[], enabled: boolean): Promise<Map<string, RustStatus>> {
  const status = new Map<string, RustStatus>();
  const names = toolchains.map((t) => t.target.rust);
  const rustup = findOnPath('rustup');
  if (!enabled || !rustup) {
    for (const name of names) status.set(name, enabled ? 'no-rustup' : 'disabled');
    return status;
  }
  const list = await runProcess(rustup, ['target', 'list'], { timeoutMs: 60_000 }).catch(() => undefined);
  if (list?.exitCode !== 0) {
    core.warning(`rustup target list failed; Rust targets were not added: ${list?.stderr.trim() ?? 'rustup did not start'}`);
    for (const name of names) status.set(name, 'failed');
    return status;
  }
  const { available, installed } = parseTargetList(list.stdout);
  const toAdd: string[] = [];
  for (const name of names) {
    if (installed.has(name)) status.set(name, 'installed');
    else if (!available.has(name)) status.set(name, 'not-in-rustup');
    else toAdd.push(name);
  }
  const tier3 = names.filter((n) => status.get(n) === 'not-in-rustup');
  if (tier3.length > 0) core.notice(`rustup has no prebuilt standard library for ${tier3.join(', ')}; build it with cargo -Zbuild-std`);
  if (toAdd.length === 0) return status;

  const add = await core.group(`rustup target add ${toAdd.join(' ')}`, () =>
    runProcess(rustup, ['target', 'add', ...toAdd], {
      timeoutMs: RUSTUP_TIMEOUT_MS,
      onStderr: (l) => core.info(l),
      onStdout: (l) => core.info(l),
    }),
  );
  const ok = add.exitCode === 0;
  for (const name of toAdd) status.set(name, ok ? 'added' : 'failed');
  if (!ok) {
    const error = add.stderr.split('\n').find((l) => l.startsWith('error')) ?? `exit ${add.exitCode}`;
    const reason = add.timedOut ? 'timed out' : error.length > 160 ? `${error.slice(0, 160)}…` : error;
    core.warning(
      `Could not add the Rust target(s) ${toAdd.join(', ')} with rustup (${reason}); the C/C++ toolchains and the cargo linker/runner ` +
        `variables are set up. Add them later with: rustup target add ${toAdd.join(' ')}`,
    );
  }
  return status;
}
