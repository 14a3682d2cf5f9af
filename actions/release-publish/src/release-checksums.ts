import * as core from '@actions/core';
import { ConfigurationError } from '@archway/kit';
import { assetSha256 } from './assets.ts';
import { CHECKSUM_FILES, digestBytes, isChecksumFile, parseChecksums, renderChecksums } from './checksums.ts';
import type { ChecksumAlgorithm } from './contract.ts';
import {
  type Asset,
  deleteAsset,
  downloadAsset,
  isAlreadyExists,
  listAssets,
  type Release,
  type Repo,
  status,
  uploadAsset,
} from './github.ts';

/** Rounds of read-merge-write before giving up; each round after a write re-checks what others wrote. */
const MAX_ROUNDS = 12;

export interface ChecksumsResult {
  /** The checksums files' assets and whether this job wrote them. */
  files: { algorithm: ChecksumAlgorithm; asset: Asset; written: boolean }[];
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One checksums file per algorithm listing every asset of the release, merged with what other jobs of a
 * matrix wrote: read the file and the asset list, add what is missing, replace the file when it changed,
 * and repeat until a round finds it complete. The last job to finish therefore leaves it complete.
 */
export async function syncChecksums(
  repo: Repo,
  release: Release,
  algorithms: readonly ChecksumAlgorithm[],
  known: ReadonlyMap<string, Partial<Record<ChecksumAlgorithm, string>>>,
): Promise<ChecksumsResult> {
  const written = new Set<ChecksumAlgorithm>();
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    const outcome = await syncRound(repo, release, algorithms, known, written).catch((error: unknown) => {
      // An asset listed a moment ago is gone: another job replaced the file (or a duplicate draft) in between.
      if (status(error) === 404) return undefined;
      throw error;
    });
    if (outcome && !outcome.wrote) return { files: outcome.files };
    core.debug(`checksums round ${round}: ${outcome ? 'wrote' : 'an asset vanished under another job'}, checking again`);
    // Jobs that collide back off by different amounts, so one of them finds the file complete.
    await pause(50 + Math.floor(Math.random() * 250));
  }
  throw new ConfigurationError(`The checksums files of ${release.tag_name} kept changing under other jobs for ${MAX_ROUNDS} rounds`);
}

/** One read-merge-write round: whether it wrote a file, and the files as they stand after it. */
async function syncRound(
  repo: Repo,
  release: Release,
  algorithms: readonly ChecksumAlgorithm[],
  known: ReadonlyMap<string, Partial<Record<ChecksumAlgorithm, string>>>,
  written: Set<ChecksumAlgorithm>,
): Promise<{ wrote: boolean; files: ChecksumsResult['files'] }> {
  const assets = await listAssets(repo, release.id);
  const released = assets.filter((a) => !isChecksumFile(a.name) && a.state === 'uploaded');
  let wrote = false;
  const files: ChecksumsResult['files'] = [];
  for (const algorithm of algorithms) {
    const name = CHECKSUM_FILES[algorithm];
    const existing = assets.find((a) => a.name === name);
    const before = existing?.state === 'uploaded' ? (await downloadAsset(repo, existing.id)).toString('utf8') : undefined;
    const prior = parseChecksums(before ?? '', algorithm);
    const entries = new Map<string, string>();
    for (const asset of released) entries.set(asset.name, await digestOf(repo, asset, algorithm, known, prior));
    const content = renderChecksums(entries);
    if (existing && before === content) {
      files.push({ algorithm, asset: existing, written: written.has(algorithm) });
      continue;
    }
    wrote = true;
    if (existing) await deleteAsset(repo, existing.id);
    try {
      const asset = await uploadAsset(repo, release, name, Buffer.from(content), 'text/plain');
      written.add(algorithm);
      files.push({ algorithm, asset, written: true });
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
      // Another job wrote it between our read and our write: read it again next round.
    }
  }
  return { wrote, files };
}

async function digestOf(
  repo: Repo,
  asset: Asset,
  algorithm: ChecksumAlgorithm,
  known: ReadonlyMap<string, Partial<Record<ChecksumAlgorithm, string>>>,
  prior: ReadonlyMap<string, string>,
): Promise<string> {
  const ours = known.get(asset.name)?.[algorithm];
  if (ours) return ours;
  if (algorithm === 'sha256') return assetSha256(repo, asset);
  // Another job's asset: its entry in the file as that job wrote it, else its bytes.
  return prior.get(asset.name) ?? digestBytes(await downloadAsset(repo, asset.id), algorithm);
}
