import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { type ProcessResult, runProcess } from '../clients/process.ts';
import { ConfigurationError } from '../runner/errors.ts';
import { osRelease, prepareUbuntuSources } from './apt-sources.ts';

/** root runs apt directly; anyone else goes through sudo -n (runner images allow it without a password). */
export function privileged(command: string, args: readonly string[]): [string, string[]] {
  return process.getuid?.() === 0 ? [command, [...args]] : ['sudo', ['-n', command, ...args]];
}

const APT_OPTIONS = [
  '-o',
  'DPkg::Lock::Timeout=300',
  '-o',
  'Acquire::Retries=3',
  '-o',
  'APT::Install-Recommends=false',
  '-o',
  'Dpkg::Use-Pty=0',
  // CI machines are throwaway: skipping dpkg's fsync after every file makes big installs much faster.
  '-o',
  'Dpkg::Options::=--force-unsafe-io',
];

const APT_ENV = () => ({ ...process.env, DEBIAN_FRONTEND: 'noninteractive' });

/** Debian package names (policy 5.6.1), optionally qualified with an architecture: `libssl-dev:arm64`. */
const PACKAGE_NAME = /^[a-z0-9][a-z0-9+.-]+(:[a-z0-9-]+)?$/;

/** True when `name` is a well-formed package name (so it can never be taken for an apt option). */
export function isPackageName(name: string): boolean {
  return PACKAGE_NAME.test(name);
}

/** apt could not find these packages: the names are wrong or the runner's repositories lack them. */
export class AptPackageNotFoundError extends ConfigurationError {
  override name = 'AptPackageNotFoundError';
  constructor(readonly packages: readonly string[]) {
    super(`Debian package(s) ${packages.join(', ')} not found by apt on this runner; check the names (apt-cache search <word>)`);
  }
}

let nativeArch: string | undefined;

/** dpkg's architecture of this machine (amd64, arm64, ...). */
export async function hostArchitecture(): Promise<string> {
  if (nativeArch) return nativeArch;
  const result = await runProcess('dpkg', ['--print-architecture']);
  nativeArch = result.stdout.trim();
  if (result.exitCode !== 0 || !nativeArch) throw new Error(`dpkg --print-architecture failed: ${result.stderr.trim()}`);
  return nativeArch;
}

/** The architecture a package name asks for, or undefined for the machine's own. */
export function packageArchitecture(name: string): string | undefined {
  const arch = name.split(':')[1];
  return arch === undefined || arch === 'native' || arch === 'any' || arch === 'all' ? undefined : arch;
}

/** `pkg:native` and `pkg:<host arch>` mean the plain name to dpkg-query. */
function plainName(name: string, host: string): string {
  return name.replace(new RegExp(`:(native|${host})$`), '');
}

/** Packages (name or name:arch) that dpkg reports as installed. */
export async function installedPackages(packages: readonly string[]): Promise<Set<string>> {
  if (packages.length === 0) return new Set();
  const host = await hostArchitecture();
  const names = packages.map((p) => plainName(p, host));
  // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's own ${field} format syntax
  const result = await runProcess('dpkg-query', ['-W', '-f=${binary:Package} ${db:Status-Status}\\n', ...names]);
  const installed = new Set<string>();
  for (const line of result.stdout.split('\n')) {
    const [name, status] = line.split(' ');
    if (name && status === 'installed') installed.add(plainName(name, host));
  }
  // dpkg prints native packages without ':arch' (and Multi-Arch: same ones with it); accept either spelling.
  return new Set(packages.filter((p) => installed.has(plainName(p, host)) || installed.has(`${plainName(p, host)}:${host}`)));
}

/** Architectures dpkg installs packages for besides the native one. */
export async function foreignArchitectures(): Promise<string[]> {
  const result = await runProcess('dpkg', ['--print-foreign-architectures']);
  return result.stdout.split('\n').filter(Boolean);
}

/**
 * Enable multiarch for these architectures (`dpkg --add-architecture`, and on Ubuntu the ports mirror).
 * Returns those newly added; the package lists are updated again before the next install.
 */
export async function addArchitectures(architectures: readonly string[]): Promise<string[]> {
  if (architectures.length === 0) return [];
  const host = await hostArchitecture();
  const known = new Set([host, ...(await foreignArchitectures())]);
  const added: string[] = [];
  for (const arch of new Set(architectures)) {
    if (known.has(arch)) continue;
    const [command, args] = privileged('dpkg', ['--add-architecture', arch]);
    const result = await runProcess(command, args);
    if (result.exitCode !== 0) throw new Error(`dpkg --add-architecture ${arch} failed: ${result.stderr.trim()}`);
    core.info(`Enabled multiarch packages for ${arch}`);
    added.push(arch);
  }
  const foreign = [...new Set([...known, ...added])].filter((a) => a !== host);
  const sourcesChanged = foreign.length > 0 && (await prepareUbuntuSources(osRelease(), [host, ...foreign], host, privileged));
  if (added.length > 0 || sourcesChanged) updated = false;
  return added;
}

export interface AptInstallOptions {
  update?: 'auto' | 'always' | 'never';
  /**
   * A directory for the .deb files: apt installs from the ones already there and keeps what it downloads,
   * so the directory can be cached between runs (cache `<archives>/*.deb`).
   */
  archives?: string;
}

export interface AptInstallResult {
  /** Packages that were missing and got installed. */
  installed: string[];
  /** Packages that were already there. */
  present: string[];
  /** .deb files fetched from the network by this call (only tracked with `archives`). */
  downloaded: string[];
  /** True when everything was installed from `archives` without touching the network. */
  fromArchives: boolean;
}

/**
 * Install the packages that are not installed yet, without recommends, retrying downloads, waiting for
 * the dpkg lock. `name:arch` installs a foreign architecture's package (multiarch is enabled for it).
 * A package apt does not know is the user's mistake and becomes an AptPackageNotFoundError.
 */
export async function aptInstall(packages: readonly string[], options: AptInstallOptions = {}): Promise<AptInstallResult> {
  const invalid = packages.filter((p) => !isPackageName(p));
  if (invalid.length > 0) throw new ConfigurationError(`Not Debian package names: ${invalid.join(', ')}`);
  const present = await installedPackages(packages);
  const missing = packages.filter((p) => !present.has(p));
  const result: AptInstallResult = { installed: [], present: [...present], downloaded: [], fromArchives: false };
  if (missing.length === 0) return result;

  await addArchitectures(missing.map(packageArchitecture).filter((a): a is string => a !== undefined));
  const archives = options.archives;
  if (archives) mkdirSync(path.join(archives, 'partial'), { recursive: true });
  const before = new Set(archives ? debFiles(archives) : []);

  // Installing from the archives alone works when they hold every missing .deb at the versions the
  // package lists name; otherwise fall back to refreshing the lists and downloading what is absent.
  if (archives && before.size > 0 && options.update !== 'always') {
    const offline = await runApt(
      ['install', '-y', '-q', '--no-download', ...archiveOptions(archives), ...missing],
      missing,
      'from cached archives',
    );
    if (offline.exitCode === 0) return { ...result, installed: missing, fromArchives: true };
    core.info('The cached archives do not cover this install; updating the package lists and downloading the rest');
  }
  if ((options.update ?? 'auto') !== 'never') await aptUpdate();
  const install = await runApt(['install', '-y', '-q', ...(archives ? archiveOptions(archives) : []), ...missing], missing);
  if (install.exitCode !== 0) throw aptFailure(install, missing);
  const downloaded = archives ? debFiles(archives).filter((f) => !before.has(f)) : [];
  return { ...result, installed: missing, downloaded };
}

function archiveOptions(archives: string): string[] {
  return [
    '-o',
    `Dir::Cache::Archives=${path.resolve(archives)}`,
    '-o',
    'APT::Keep-Downloaded-Packages=true',
    // apt's _apt download user usually cannot enter a runner's temp directory; say up front that root
    // downloads (apt would fall back to it anyway, with a warning).
    '-o',
    'APT::Sandbox::User=root',
  ];
}

/** The .deb files in an archives directory. */
export function debFiles(archives: string): string[] {
  try {
    return readdirSync(archives).filter((f) => f.endsWith('.deb'));
  } catch {
    return [];
  }
}

async function runApt(args: string[], missing: readonly string[], how = ''): Promise<ProcessResult> {
  const [command, full] = privileged('apt-get', [...args.slice(0, 1), ...APT_OPTIONS, ...args.slice(1)]);
  return core.group(`apt-get install ${missing.join(' ')}${how ? ` (${how})` : ''}`, () =>
    runProcess(command, full, { env: APT_ENV(), onStdout: (l) => core.info(l), onStderr: (l) => core.info(l) }),
  );
}

let updated = false;

/** apt-get update once per process (again after an architecture was added): lists on a fresh runner are stale or absent. */
export async function aptUpdate(): Promise<void> {
  if (updated) return;
  const [command, args] = privileged('apt-get', ['update', '-q', ...APT_OPTIONS]);
  const result = await core.group('apt-get update', () =>
    runProcess(command, args, { env: APT_ENV(), onStdout: (l) => core.info(l), onStderr: (l) => core.info(l) }),
  );
  if (result.exitCode !== 0)
    core.warning(`apt-get update failed (exit ${result.exitCode}); trying the install with the lists there are:\n${result.stderr.trim()}`);
  updated = true;
}

/** Names apt reported it could not find, from its error output. */
export function unknownPackages(stderr: string): string[] {
  const pattern =
    /Unable to locate package (\S+)|Package '?([^'\s]+?)'? has no installation candidate|Couldn't find any package by (?:glob|regex) '([^']+)'/g;
  return [...new Set([...stderr.matchAll(pattern)].map((m) => (m[1] ?? m[2] ?? m[3]) as string))];
}

function aptFailure(result: ProcessResult, missing: readonly string[]): Error {
  const unknown = unknownPackages(result.stderr);
  if (unknown.length > 0) return new AptPackageNotFoundError(unknown);
  if (/^sudo: .*password is required/m.test(result.stderr)) {
    return new ConfigurationError(`Installing ${missing.join(', ')} needs root or password-less sudo, and sudo asked for a password`);
  }
  return new Error(
    `apt-get install ${missing.join(' ')} failed with exit ${result.exitCode}:\n${result.stderr.trim().split('\n').slice(-15).join('\n')}`,
  );
}
