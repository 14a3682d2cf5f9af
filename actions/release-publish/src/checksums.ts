import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { ChecksumAlgorithm } from './contract.ts';

/** The checksums file of each algorithm, named as coreutils' users expect (`sha256sum -c SHA256SUMS`). */
export const CHECKSUM_FILES: Record<ChecksumAlgorithm, string> = { sha256: 'SHA256SUMS', sha512: 'SHA512SUMS', md5: 'MD5SUMS' };

const HEX_LENGTH: Record<ChecksumAlgorithm, number> = { sha256: 64, sha512: 128, md5: 32 };

export function isChecksumFile(name: string): boolean {
  return Object.values(CHECKSUM_FILES).includes(name);
}

/** The digests of one file in each algorithm, read once. */
export async function digestFile(file: string, algorithms: readonly ChecksumAlgorithm[]): Promise<Record<ChecksumAlgorithm, string>> {
  const hashes = algorithms.map((algorithm) => [algorithm, createHash(algorithm)] as const);
  for await (const chunk of createReadStream(file)) for (const [, hash] of hashes) hash.update(chunk as Buffer);
  return Object.fromEntries(hashes.map(([algorithm, hash]) => [algorithm, hash.digest('hex')])) as Record<ChecksumAlgorithm, string>;
}

export function digestBytes(data: Buffer, algorithm: ChecksumAlgorithm): string {
  return createHash(algorithm).update(data).digest('hex');
}

/** coreutils' text format: `<hex>  <name>` per line, sorted by name, so every job writes the same bytes. */
export function renderChecksums(entries: ReadonlyMap<string, string>): string {
  return [...entries]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, hex]) => `${hex}  ${name}\n`)
    .join('');
}

/** The entries of a checksums file; lines that are not `<hex>  <name>` (or `<hex> *<name>`) are ignored. */
export function parseChecksums(text: string, algorithm: ChecksumAlgorithm): Map<string, string> {
  const entries = new Map<string, string>();
  const line = new RegExp(`^([0-9a-f]{${HEX_LENGTH[algorithm]}}) [ *](.+)$`, 'i');
  for (const raw of text.split('\n')) {
    const match = line.exec(raw.replace(/\r$/, ''));
    if (match) entries.set(match[2] as string, (match[1] as string).toLowerCase());
  }
  return entries;
}
