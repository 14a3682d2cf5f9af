import { existsSync, mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { errorMessage } from '../runner/errors.ts';

/**
 * Small JSON documents (benchmark history, coverage baselines) kept in the Actions cache, one line of
 * history per branch. Cache entries are immutable, so every save makes a new key
 * `archway-<namespace>/<branch>/<run>-<attempt>`, and a restore by the prefix `archway-<namespace>/<branch>/`
 * finds the newest one. The cache's own scoping lets a pull request read its base branch's entries.
 *
 * The cache version hashes the path list, so the path must be the same on every run: a relative
 * directory in the workspace, created for the transfer and removed afterwards.
 */
const STORE_DIR = '.archway-cache-store';

/** '/' ends each part, and cannot occur inside one: branch `main` never matches the keys of `main-2`. */
function keyPrefix(namespace: string, branch: string): string {
  const part = (text: string) => text.replace(/[^\w.-]+/g, '_');
  return `archway-${part(namespace)}/${part(branch)}/`;
}

function storePaths(namespace: string): { relative: string; absolute: string; file: string } {
  const relative = `${STORE_DIR}/${namespace}`;
  // @actions/cache resolves relative paths against the working directory (the workspace on a runner).
  const absolute = path.resolve(relative);
  return { relative, absolute, file: path.join(absolute, 'data.json') };
}

function available(): boolean {
  return Boolean(process.env.ACTIONS_RESULTS_URL || process.env.ACTIONS_CACHE_URL);
}

/** The newest document saved for the first branch that has one, or undefined. */
export async function restoreJson<T>(namespace: string, branches: readonly string[]): Promise<{ value: T; key: string } | undefined> {
  if (!available()) {
    core.info(`No Actions cache service here: starting ${namespace} without stored data.`);
    return undefined;
  }
  const cache = await import('@actions/cache');
  const { relative, absolute, file } = storePaths(namespace);
  const [first, ...rest] = branches.map((b) => keyPrefix(namespace, b));
  if (!first) return undefined;
  try {
    const key = await cache.restoreCache([relative], first, [first, ...rest]);
    if (!key || !existsSync(file)) return undefined;
    return { value: JSON.parse(readFileSync(file, 'utf8')) as T, key };
  } catch (error) {
    core.warning(`Could not restore ${namespace} from the Actions cache: ${errorMessage(error)}`);
    return undefined;
  } finally {
    rmSync(absolute, { recursive: true, force: true });
    removeIfEmpty(path.dirname(absolute));
  }
}

/** Save a document for a branch. Failures are warnings: stored data is an aid, not the step's purpose. */
export async function saveJson(namespace: string, branch: string, value: unknown): Promise<string | undefined> {
  if (!available()) return undefined;
  const cache = await import('@actions/cache');
  const { relative, absolute, file } = storePaths(namespace);
  const key = `${keyPrefix(namespace, branch)}${process.env.GITHUB_RUN_ID ?? Date.now()}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}`;
  mkdirSync(absolute, { recursive: true });
  writeFileSync(file, JSON.stringify(value));
  try {
    // saveCache reports a failure itself (a warning "Failed to save: ...") and returns -1 instead of
    // throwing: undefined tells the caller nothing was saved, so it does not claim otherwise.
    const id = await cache.saveCache([relative], key);
    return id === -1 ? undefined : key;
  } catch (error) {
    core.warning(`Could not save ${namespace} to the Actions cache: ${errorMessage(error)}`);
    return undefined;
  } finally {
    rmSync(absolute, { recursive: true, force: true });
    removeIfEmpty(path.dirname(absolute));
  }
}

function removeIfEmpty(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // Not empty (another store in use) or already gone.
  }
}
