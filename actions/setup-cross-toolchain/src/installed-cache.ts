import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { errorMessage } from '@archway/kit';
import { archiveFormat, MANIFEST_FILE } from './installed-archive.ts';

const KEY_VERSION = 'v2';
const APT_LISTS = '/var/lib/apt/lists';

function digest(text: string, length: number): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/**
 * What the package versions apt installs depend on, read without running apt: the package indices this
 * runner has (name, size and modification time of each; apt rewrites an index only when its content
 * changed). A runner whose lists are older or newer gets another key.
 */
export function packageIndexFingerprint(lists = APT_LISTS): string {
  let files: string[];
  try {
    files = readdirSync(lists).filter((f) => /_Packages(\.\w+)?$/.test(f));
  } catch {
    return 'no-lists';
  }
  return files
    .sort()
    .map((f) => {
      const stats = statSync(path.join(lists, f));
      return `${f} ${stats.size} ${Math.trunc(stats.mtimeMs)}`;
    })
    .join('\n');
}

/**
 * The key's first part: which packages are missing (the targets, runner and `packages` all show in it), on
 * which OS release and architecture, with which package indices. Entries under it differ by the packages
 * that were installed already and the new ones rely on (see fullKey): a restore takes the newest.
 */
export function cacheKeyPrefix(missing: readonly string[], os: { id: string; versionId: string }, arch: string, indices: string): string {
  const packages = [...new Set(missing)].sort().join('\n');
  return `setup-cross-toolchain-${KEY_VERSION}-${os.id}-${os.versionId}-${arch}-${digest(`${packages}\n--\n${indices}`, 20)}-`;
}

/** The key an archive is saved under: the prefix and the packages under it (name:arch=version). */
export function fullKey(prefix: string, base: Record<string, string>): string {
  const text = Object.entries(base)
    .map(([id, version]) => `${id}=${version}`)
    .sort()
    .join('\n');
  return `${prefix}${digest(text, 12)}`;
}

/** The cache holds the archive and its manifest, at a path that stays the same from job to job (the cache version hashes it). */
export function cachePaths(dir: string): string[] {
  return [path.join(dir, archiveFormat().file), path.join(dir, MANIFEST_FILE)];
}

/** @actions/cache loads only when packages have to be installed. */
async function cacheLibrary() {
  const cache = await import('@actions/cache');
  return cache.isFeatureAvailable() ? cache : undefined;
}

/** Restore the newest entry under the prefix into `dir`; returns its key, if any. */
export async function restoreEntry(dir: string, prefix: string): Promise<string | undefined> {
  const cache = await cacheLibrary();
  if (!cache) {
    core.info('The Actions cache service is not available here; the packages are installed with apt');
    return undefined;
  }
  try {
    const matched = await cache.restoreCache(cachePaths(dir), prefix, [prefix]);
    core.info(matched ? `Restored the cached toolchain ${matched}` : `No cached toolchain under ${prefix}`);
    return matched;
  } catch (error) {
    core.warning(`Restoring the cached toolchain failed; installing the packages with apt instead: ${errorMessage(error)}`);
    return undefined;
  }
}

/** Save `dir` under `key`; a failure is a warning, never the step's failure. */
export async function saveEntry(dir: string, key: string): Promise<boolean> {
  const cache = await cacheLibrary();
  if (!cache) return false;
  const started = Date.now();
  try {
    const id = await cache.saveCache(cachePaths(dir), key);
    if (id !== -1) core.info(`Saved the installed toolchain to the cache in ${((Date.now() - started) / 1000).toFixed(1)} s (${key})`);
    return id !== -1;
  } catch (error) {
    core.warning(`Saving the installed toolchain to the cache failed: ${errorMessage(error)}`);
    return false;
  }
}
