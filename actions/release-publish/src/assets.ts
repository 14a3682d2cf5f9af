import { readFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { ConfigurationError, errorMessage } from '@archway/kit';
import { digestBytes } from './checksums.ts';
import { type Asset, deleteAsset, downloadAsset, isAlreadyExists, listAssets, type Release, type Repo, uploadAsset } from './github.ts';

/** A file this job releases, under the name GitHub will give it. */
export interface PlannedAsset {
  name: string;
  file: string;
  size: number;
  sha256: string;
  contentType: string;
}

export type Outcome = 'uploaded' | 'skipped' | 'replaced';

export interface SyncedAsset {
  planned: PlannedAsset;
  outcome: Outcome;
  asset: Asset;
}

/** Uploads in flight at once: enough to hide latency, few enough for GitHub's secondary rate limits. */
export const UPLOAD_CONCURRENCY = 4;

/** Run `work` over the items with at most `limit` at a time; the first failure is thrown after all settle. */
export async function eachLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  const failures: unknown[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      try {
        results[index] = await work(items[index] as T);
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failures.length > 0) throw failures[0];
  return results;
}

/** The asset's sha256: GitHub's digest field when it has one, else from its bytes. */
export async function assetSha256(repo: Repo, asset: Asset): Promise<string> {
  const digest = (asset as { digest?: string | null }).digest;
  if (digest?.startsWith('sha256:')) return digest.slice('sha256:'.length);
  return digestBytes(await downloadAsset(repo, asset.id), 'sha256');
}

class ContentConflict extends Error {}

/** 422 "already exists" answers for a name the release does not list, before giving up. */
const MAX_NAME_CLASHES = 4;

/**
 * Make the release hold each planned asset exactly once: the same size and digest is skipped, a broken
 * upload is redone, different content is replaced only with `overwrite`. Uploads run `concurrency` at a
 * time; a 422 for a name another job just uploaded is read back and judged the same way.
 */
export async function syncAssets(
  repo: Repo,
  release: Release,
  planned: readonly PlannedAsset[],
  options: { overwrite: boolean; concurrency?: number },
): Promise<SyncedAsset[]> {
  const present = new Map((await listAssets(repo, release.id)).map((a) => [a.name, a]));
  const conflicts: string[] = [];

  const judge = async (want: PlannedAsset, existing: Asset): Promise<SyncedAsset | 'replace' | 'redo'> => {
    if (existing.state !== 'uploaded') return 'redo';
    if (existing.size === want.size && (await assetSha256(repo, existing)) === want.sha256)
      return { planned: want, outcome: 'skipped', asset: existing };
    if (options.overwrite) return 'replace';
    throw new ContentConflict(`${want.name} (release: ${existing.size} bytes, this job: ${want.size} bytes)`);
  };

  const upload = async (want: PlannedAsset, outcome: Outcome): Promise<SyncedAsset> => {
    const data = await readFile(want.file);
    for (let attempt = 1; ; attempt++) {
      try {
        return { planned: want, outcome, asset: await uploadAsset(repo, release, want.name, data, want.contentType) };
      } catch (error) {
        if (!isAlreadyExists(error)) throw new ConfigurationError(`Uploading ${want.name} failed after retries: ${errorMessage(error)}`);
        // Another job (or our own request whose answer was lost) got there first: judge what is there.
        const raced = (await listAssets(repo, release.id)).find((a) => a.name === want.name);
        if (raced) {
          const verdict = await judge(want, raced);
          if (typeof verdict !== 'string') return verdict;
          await deleteAsset(repo, raced.id);
          if (verdict === 'replace') outcome = 'replaced';
        }
        if (attempt >= MAX_NAME_CLASHES)
          throw new ConfigurationError(
            `Uploading ${want.name}: GitHub answered ${attempt} times that the name exists, with no such asset to keep`,
          );
        // Not listed yet: another upload of the name is still in flight; try again shortly.
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  };

  const results = await eachLimited(planned, options.concurrency ?? UPLOAD_CONCURRENCY, async (want) => {
    try {
      const existing = present.get(want.name);
      if (!existing) return await upload(want, 'uploaded');
      const verdict = await judge(want, existing);
      if (typeof verdict !== 'string') return verdict;
      if (verdict === 'redo') core.info(`${want.name}: an earlier upload did not finish; uploading again`);
      await deleteAsset(repo, existing.id);
      return await upload(want, verdict === 'replace' ? 'replaced' : 'uploaded');
    } catch (error) {
      if (!(error instanceof ContentConflict)) throw error;
      conflicts.push(error.message);
      return undefined;
    }
  });
  if (conflicts.length > 0) {
    throw new ConfigurationError(
      `The release ${release.tag_name} already has ${conflicts.length} asset(s) with other content: ${conflicts.join(', ')}; set overwrite: true to replace them`,
    );
  }
  return results as SyncedAsset[];
}
