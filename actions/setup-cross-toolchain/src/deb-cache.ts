import { createHash } from 'node:crypto';
import path from 'node:path';
import * as core from '@actions/core';
import { errorMessage } from '@archway/kit';

const KEY_VERSION = 'v1';

/**
 * The cache key: what is installed (the target set, runner and `packages` all show in the package list)
 * on which OS release and architecture. Debian point releases keep VERSION_ID, and a .deb the lists no
 * longer name is simply downloaded again.
 */
export function cacheKey(packages: readonly string[], os: { id: string; versionId: string }, arch: string): string {
  const digest = createHash('sha256')
    .update([...new Set(packages)].sort().join('\n'))
    .digest('hex')
    .slice(0, 20);
  return `setup-cross-toolchain-${KEY_VERSION}-${os.id}-${os.versionId}-${arch}-${digest}`;
}

/** What the cache holds: only the .deb files (apt's lock and partial downloads are root's and transient). */
function cachePaths(archives: string): string[] {
  return [path.join(archives, '*.deb')];
}

/** @actions/cache loads only when packages have to be installed. */
async function cacheLibrary() {
  const cache = await import('@actions/cache');
  return cache.isFeatureAvailable() ? cache : undefined;
}

/** Restore the .deb files into `archives`; returns the key that matched, if any. */
export async function restoreDebs(archives: string, key: string): Promise<string | undefined> {
  const cache = await cacheLibrary();
  if (!cache) {
    core.info('The Actions cache service is not available here; packages come from the network');
    return undefined;
  }
  try {
    const matched = await cache.restoreCache(cachePaths(archives), key);
    core.info(matched ? `Restored cached packages (${matched})` : `No cached packages for ${key}`);
    return matched;
  } catch (error) {
    core.warning(`Restoring the package cache failed; downloading instead: ${errorMessage(error)}`);
    return undefined;
  }
}

/** Save the .deb files under `key`; a failure is a warning, never the step's failure. */
export async function saveDebs(archives: string, key: string): Promise<boolean> {
  const cache = await cacheLibrary();
  if (!cache) return false;
  try {
    const id = await cache.saveCache(cachePaths(archives), key);
    if (id !== -1) core.info(`Saved the downloaded packages to the cache (${key})`);
    return id !== -1;
  } catch (error) {
    core.warning(`Saving the package cache failed: ${errorMessage(error)}`);
    return false;
  }
}
