import { defineOutputs, input, inputError } from '@archway/kit';

export const CHECKSUM_ALGORITHMS = ['sha256', 'sha512', 'md5'] as const;
export type ChecksumAlgorithm = (typeof CHECKSUM_ALGORITHMS)[number];

const algorithm = (value: string, name: string): ChecksumAlgorithm => {
  const lower = value.toLowerCase();
  if (!(CHECKSUM_ALGORITHMS as readonly string[]).includes(lower))
    throw inputError(name, value, `expected checksum algorithms among ${CHECKSUM_ALGORITHMS.join(', ')}`);
  return lower as ChecksumAlgorithm;
};

export const inputs = {
  tag: input.string(),
  version: input.string({ required: true }),
  name: input.string(),
  notes: input.string({ required: true }),
  assets: input.list(),
  archive: input.requiredChoice(['none', 'tar.gz', 'zip']),
  'archive-name': input.string({ required: true }),
  target: input.string({ pattern: /^[A-Za-z0-9_.-]+$/, describe: 'a target triple such as aarch64-unknown-linux-gnu' }),
  strip: input.boolean(),
  checksums: input.list({ item: algorithm, separator: /,/ }),
  draft: input.boolean(),
  prerelease: input.requiredChoice(['auto', 'true', 'false']),
  'make-latest': input.requiredChoice(['auto', 'true', 'false']),
  overwrite: input.boolean(),
  'fail-on-unmatched': input.boolean(),
  provenance: input.requiredChoice(['auto', 'true', 'false']),
  sbom: input.string(),
  'changelog-file': input.string(),
  token: input.string({ secret: true, required: true }),
};

export const outputs = defineOutputs(['url', 'id', 'tag', 'version', 'assets', 'changelog', 'uploaded', 'skipped', 'replaced']);
