import { rmSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { ConfigurationError, inputError } from '@archway/kit';
import { AptPackageNotFoundError, aptInstall, debFiles, installedPackages } from '@archway/kit/apt';
import { cacheKey, restoreDebs, saveDebs } from './deb-cache.ts';
import type { Host } from './host.ts';
import type { Toolchain } from './plan.ts';

export interface InstallReport {
  /** Every package this setup needs. */
  packages: string[];
  /** Those that were missing and got installed now. */
  installed: string[];
  /** .deb files fetched from the network. */
  downloaded: string[];
  /** The cache held every missing package: nothing came from the network. */
  cacheHit: boolean;
  cacheKey?: string;
}

export interface InstallRequest {
  toolchainPackages: string[];
  /** The user's `packages`, resolved to name:arch, and the raw input for error messages. */
  extraPackages: string[];
  rawPackagesInput: string;
  toolchains: readonly Toolchain[];
  host: Host;
  cache: boolean;
  /** Where .deb files are kept (and cached from). */
  archives: string;
}

/**
 * Install what is missing. With nothing missing this is one dpkg-query: a second call in the same job
 * costs nothing. Otherwise the .deb files are restored from the Actions cache first, installed from
 * there when they cover everything (no download at all), and saved back when new ones were downloaded.
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
  const key = cacheKey(packages, request.host.os, request.host.arch);
  const restored = request.cache ? await restoreDebs(request.archives, key) : undefined;
  let result: Awaited<ReturnType<typeof aptInstall>>;
  try {
    result = await aptInstall(missing, { archives: request.archives });
  } catch (error) {
    if (error instanceof AptPackageNotFoundError) throw notFound(error, request);
    throw error;
  }
  if (request.cache && result.downloaded.length > 0) {
    if (restored === key)
      core.info(`The cache entry ${key} lacked ${result.downloaded.length} package(s); it is kept as it is (entries are immutable)`);
    else await saveDebs(request.archives, key);
  }
  // Installed (and cached): the .deb files would only take the runner's disk space for the rest of the job.
  for (const file of debFiles(request.archives)) rmSync(path.join(request.archives, file), { force: true });
  return {
    packages,
    installed: result.installed,
    downloaded: result.downloaded,
    cacheHit: restored !== undefined && result.fromArchives,
    cacheKey: key,
  };
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

/** The archives directory: under RUNNER_TEMP, at a path that stays the same from job to job (the cache key's path must). */
export function archivesDir(): string {
  return path.join(process.env.RUNNER_TEMP ?? '/tmp', 'setup-cross-toolchain', 'debs');
}
