import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { ConfigurationError, errorMessage, inputError } from '@archway/kit';
import { AptPackageNotFoundError, aptInstall, debFiles, installedPackages } from '@archway/kit/apt';
import { dpkgPackages } from './dpkg-database.ts';
import type { Host } from './host.ts';
import { archiveInstall, NotArchivable, readManifest, writeManifest } from './installed-archive.ts';
import { cacheKeyPrefix, fullKey, packageIndexFingerprint, restoreEntry, saveEntry } from './installed-cache.ts';
import { checkRestorable, RestoreRefused, restoreInstalled } from './installed-restore.ts';
import type { Toolchain } from './plan.ts';
import { outputOf, runPrivileged } from './privileged.ts';

export interface InstallReport {
  /** Every package this setup needs. */
  packages: string[];
  /** Those that were missing and got installed now. */
  installed: string[];
  /** .deb files fetched from the network. */
  downloaded: string[];
  /** The missing packages came from the Actions cache: unpacked from the archive of an earlier install. */
  cacheHit: boolean;
  cacheKey?: string;
  /** The package instances (name:arch) unpacked from the cache. */
  restored?: string[];
}

export interface InstallRequest {
  toolchainPackages: string[];
  /** The user's `packages`, resolved to name:arch, and the raw input for error messages. */
  extraPackages: string[];
  rawPackagesInput: string;
  toolchains: readonly Toolchain[];
  host: Host;
  cache: boolean;
  /** Where the action keeps its files between steps of a job (under RUNNER_TEMP). */
  workDir: string;
}

/**
 * Install what is missing. With nothing missing this is one dpkg-query: a second call in the same job
 * costs nothing. Otherwise the archive of an earlier identical install is restored from the Actions cache
 * when there is one and it fits this runner; if not, apt installs the packages and what it installed is
 * archived and saved for the next run.
 */
export async function installPackages(request: InstallRequest): Promise<InstallReport> {
  const packages = [...new Set([...request.toolchainPackages, ...request.extraPackages])];
  const present = await installedPackages(packages);
  const missing = packages.filter((p) => !present.has(p));
  if (missing.length === 0) {
    core.info(`All ${packages.length} packages are installed already`);
    return { packages, installed: [], downloaded: [], cacheHit: false };
  }
  core.info(`Installing ${missing.join(', ')}`);
  const prefix = cacheKeyPrefix(missing, request.host.os, request.host.arch, packageIndexFingerprint());
  const cacheDir = path.join(request.workDir, 'installed');
  try {
    if (request.cache) {
      const restored = await restoreFromCache(cacheDir, prefix, request.workDir);
      if (restored) return { packages, installed: missing, downloaded: [], cacheHit: true, ...restored };
    }
    const before = await dpkgPackages();
    const started = Date.now();
    const downloaded = await installWithApt(missing, request);
    core.info(`apt installed ${missing.length} package(s) and their dependencies in ${seconds(started)}`);
    const key = request.cache ? await saveToCache(before, cacheDir, prefix, request.host.arch) : undefined;
    return { packages, installed: missing, downloaded, cacheHit: false, cacheKey: key };
  } finally {
    // The archive is in the cache now (or of no use): it would only take the runner's disk for the rest of the job.
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

/** Restore and register the cached install; a miss or an archive that does not fit is undefined (apt installs). */
async function restoreFromCache(
  cacheDir: string,
  prefix: string,
  workDir: string,
): Promise<{ cacheKey: string; restored: string[] } | undefined> {
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  const started = Date.now();
  const key = await restoreEntry(cacheDir, prefix);
  if (!key) return undefined;
  const manifest = readManifest(cacheDir);
  try {
    if (!manifest || manifest.key !== key) throw new RestoreRefused('its manifest is missing or is not the one saved with it');
    await checkRestorable(manifest, cacheDir, await dpkgPackages());
  } catch (error) {
    if (!(error instanceof RestoreRefused)) throw error;
    core.warning(
      `The cached toolchain ${key} does not fit this runner: ${error.message}. Installing the packages with apt instead` +
        ' (a damaged entry stays until deleted, e.g. gh cache delete <key>).',
    );
    return undefined;
  }
  try {
    await core.group(`Unpack ${manifest.packages.length} cached packages and configure them with dpkg`, () =>
      restoreInstalled(manifest, cacheDir, path.join(workDir, 'dpkg')),
    );
  } catch (error) {
    core.warning(`Restoring the cached toolchain ${key} failed: ${errorMessage(error)}. Installing the packages with apt instead.`);
    return undefined;
  }
  core.info(
    `Installed ${manifest.packages.length} packages from the cache in ${seconds(started)} (${manifest.entries.length} files, ${key})`,
  );
  return { cacheKey: key, restored: manifest.packages.map((p) => p.id) };
}

/**
 * Replace a restored toolchain that does not work with a real install: dpkg purges what it unpacked (it
 * knows every file), and apt installs the packages again.
 */
export async function reinstallWithApt(request: InstallRequest, report: InstallReport): Promise<InstallReport> {
  const purge = await runPrivileged('dpkg', ['--purge', '--force-depends', ...(report.restored ?? [])], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    timeoutMs: 600_000,
  });
  if (purge.exitCode !== 0) throw new Error(`dpkg --purge of the restored packages failed (${outputOf(purge)})`);
  const downloaded = await installWithApt(report.installed, request);
  return { packages: report.packages, installed: report.installed, downloaded, cacheHit: false };
}

/** apt installs the missing packages; returns the .deb files it downloaded. */
async function installWithApt(missing: readonly string[], request: InstallRequest): Promise<string[]> {
  const archives = path.join(request.workDir, 'debs');
  try {
    return (await aptInstall(missing, { archives })).downloaded;
  } catch (error) {
    if (error instanceof AptPackageNotFoundError) throw notFound(error, request);
    throw error;
  } finally {
    for (const file of debFiles(archives)) rmSync(path.join(archives, file), { force: true });
  }
}

/** Archive what apt installed and save it; anything that goes wrong is said and costs only the cache. */
async function saveToCache(
  before: Awaited<ReturnType<typeof dpkgPackages>>,
  cacheDir: string,
  prefix: string,
  hostArch: string,
): Promise<string | undefined> {
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  const started = Date.now();
  try {
    const { manifest } = await archiveInstall(before, cacheDir, hostArch);
    const key = fullKey(prefix, manifest.base);
    writeManifest(cacheDir, { ...manifest, key });
    core.info(
      `Archived ${manifest.packages.length} packages (${manifest.entries.length} files, ${mebibytes(manifest.archive.bytes)}) in ${seconds(started)}`,
    );
    return (await saveEntry(cacheDir, key)) ? key : undefined;
  } catch (error) {
    if (error instanceof NotArchivable) core.info(`The install is not cached: ${error.message}`);
    else core.warning(`Archiving the installed toolchain for the cache failed: ${errorMessage(error)}`);
    return undefined;
  }
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

function mebibytes(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(0)} MiB`;
}

/** Say whose package apt could not find: the user's `packages`, or a target's toolchain. */
function notFound(error: AptPackageNotFoundError, request: InstallRequest): ConfigurationError {
  const theirs = error.packages.filter((p) => request.extraPackages.includes(p));
  if (theirs.length > 0) {
    return inputError(
      'packages',
      request.rawPackagesInput,
      `apt on this runner has no ${theirs.join(', ')} (packages are installed for each Linux target's architecture); check the names with apt-cache search`,
    );
  }
  const targets = request.toolchains.filter((t) => t.packages.some((p) => error.packages.includes(p)));
  if (targets.length > 0) {
    return new ConfigurationError(
      `This runner's apt repositories do not provide ${error.packages.join(', ')}, needed for ${targets.map((t) => t.target.rust).join(', ')}; ` +
        'this distribution release has no such cross toolchain',
    );
  }
  return error;
}

/** The action's directory under RUNNER_TEMP, at a path that stays the same from job to job (the cache key's path must). */
export function workDirectory(): string {
  return path.join(process.env.RUNNER_TEMP ?? '/tmp', 'setup-cross-toolchain');
}
