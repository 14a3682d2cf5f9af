import * as core from '@actions/core';
import { ConfigurationError } from './errors.ts';
import { type ProcessResult, runProcess } from './process.ts';

/** root runs apt directly; anyone else goes through sudo -n (runner images allow it without a password). */
function privileged(command: string, args: readonly string[]): [string, string[]] {
  return process.getuid?.() === 0 ? [command, [...args]] : ['sudo', ['-n', command, ...args]];
}

const APT_OPTIONS = ['-o', 'DPkg::Lock::Timeout=300', '-o', 'Acquire::Retries=3', '-o', 'APT::Install-Recommends=false'];

/** Packages (name or name:arch) that dpkg reports as installed. */
export async function installedPackages(packages: readonly string[]): Promise<Set<string>> {
  if (packages.length === 0) return new Set();
  // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's own ${field} format syntax
  const result = await runProcess('dpkg-query', ['-W', '-f=${binary:Package} ${db:Status-Status}\\n', ...packages]);
  const installed = new Set<string>();
  for (const line of result.stdout.split('\n')) {
    const [name, status] = line.split(' ');
    if (name && status === 'installed') installed.add(name);
  }
  // dpkg prints native packages without ':arch'; accept either spelling for what was asked.
  return new Set(packages.filter((p) => installed.has(p) || installed.has(p.replace(/:(amd64|all)$/, ''))));
}

export interface AptInstallResult {
  /** Packages that were missing and got installed. */
  installed: string[];
  /** Packages that were already there. */
  present: string[];
}

/**
 * Install the packages that are not installed yet, without recommends, retrying downloads, waiting for
 * the dpkg lock. A package apt does not know is the user's mistake and becomes a ConfigurationError.
 */
export async function aptInstall(
  packages: readonly string[],
  options: { update?: 'auto' | 'always' | 'never' } = {},
): Promise<AptInstallResult> {
  const present = await installedPackages(packages);
  const missing = packages.filter((p) => !present.has(p));
  if (missing.length === 0) return { installed: [], present: [...present] };
  if ((options.update ?? 'auto') !== 'never') await aptUpdate();
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const [command, args] = privileged('apt-get', ['install', '-y', '-q', ...APT_OPTIONS, ...missing]);
  const result = await core.group(`apt-get install ${missing.join(' ')}`, () =>
    runProcess(command, args, { env, onStdout: (l) => core.info(l), onStderr: (l) => core.info(l) }),
  );
  if (result.exitCode !== 0) throw aptFailure(result, missing);
  return { installed: missing, present: [...present] };
}

let updated = false;

/** apt-get update once per process: package lists on a fresh runner are stale or absent. */
export async function aptUpdate(): Promise<void> {
  if (updated) return;
  const [command, args] = privileged('apt-get', ['update', '-q', ...APT_OPTIONS]);
  const result = await runProcess(command, args, { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.exitCode !== 0)
    core.warning(`apt-get update failed (exit ${result.exitCode}); trying the install with the lists there are:\n${result.stderr.trim()}`);
  updated = true;
}

function aptFailure(result: ProcessResult, missing: readonly string[]): Error {
  const unknown = [...result.stderr.matchAll(/Unable to locate package (\S+)|Package '?(\S+?)'? has no installation candidate/g)].map(
    (m) => m[1] ?? m[2],
  );
  if (unknown.length > 0) {
    return new ConfigurationError(
      `Debian package(s) ${unknown.join(', ')} not found by apt on this runner; check the names (apt-cache search <word>)`,
    );
  }
  return new Error(
    `apt-get install ${missing.join(' ')} failed with exit ${result.exitCode}:\n${result.stderr.trim().split('\n').slice(-15).join('\n')}`,
  );
}
