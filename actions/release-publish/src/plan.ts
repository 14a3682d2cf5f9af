import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '@archway/kit';
import { type ArchiveFormat, createArchive } from './archive.ts';
import { archiveBaseName, contentTypeOf, githubAssetName } from './asset-names.ts';
import type { PlannedAsset } from './assets.ts';
import { CHECKSUM_FILES, digestFile } from './checksums.ts';
import type { ChecksumAlgorithm } from './contract.ts';
import { stripCopies, stripTool } from './strip.ts';

export interface PlanOptions {
  files: readonly string[];
  sbom?: string;
  archive: 'none' | ArchiveFormat;
  archiveName: string;
  naming: { name: string; version: string; tag: string; target: string };
  strip: boolean;
  target: string;
  /** Archives' modification time, seconds since the epoch. */
  mtime: () => Promise<number>;
  workspace: string;
  /** Where stripped copies and archives are written (under RUNNER_TEMP). */
  scratch: string;
  algorithms: readonly ChecksumAlgorithm[];
}

export interface Plan {
  assets: PlannedAsset[];
  /** Each asset's digests in every checksum algorithm asked for (sha256 always). */
  digests: Map<string, Partial<Record<ChecksumAlgorithm, string>>>;
}

/** The deepest directory holding every file, so archive entries keep only the paths that tell them apart. */
export function commonDirectory(files: readonly string[]): string {
  const dirs = files.map((f) => path.dirname(f).split(path.sep));
  const first = dirs[0] ?? [];
  let length = first.length;
  for (const dir of dirs) {
    let i = 0;
    while (i < length && dir[i] === first[i]) i++;
    length = i;
  }
  return first.slice(0, length).join(path.sep) || path.sep;
}

/** What this job releases: the files, or one archive of them, plus the SBOM; names checked for clashes. */
export async function planAssets(options: PlanOptions): Promise<Plan> {
  const sources = options.strip
    ? await stripCopies(options.files, stripTool(options.target), path.join(options.scratch, 'stripped'))
    : undefined;
  const content = (file: string) => sources?.get(file) ?? file;
  const uploads: { file: string; name: string; source: string }[] = [];
  if (options.archive === 'none') {
    for (const file of options.files) uploads.push({ file: content(file), name: githubAssetName(path.basename(file)), source: file });
  } else if (options.files.length > 0) {
    const base = archiveBaseName(options.archiveName, options.naming);
    const root = commonDirectory(options.files);
    const entries = options.files.map((file) => ({
      source: content(file),
      name: `${base}/${path.relative(root, file).split(path.sep).join('/')}`,
    }));
    const data = await createArchive(options.archive, entries, await options.mtime());
    const name = githubAssetName(`${base}.${options.archive}`);
    mkdirSync(options.scratch, { recursive: true });
    const file = path.join(options.scratch, name);
    writeFileSync(file, data);
    uploads.push({ file, name, source: `${options.files.length} file(s) packed as ${name}` });
  }
  if (options.sbom) uploads.push({ file: options.sbom, name: githubAssetName(path.basename(options.sbom)), source: options.sbom });

  const byName = new Map<string, string>();
  for (const upload of uploads) {
    const clash = byName.get(upload.name);
    const shown = (file: string) => path.relative(options.workspace, file) || file;
    if (clash !== undefined) {
      throw new ConfigurationError(
        `Input 'assets' gives two files the asset name '${upload.name}': ${shown(clash)} and ${shown(upload.source)}; a release holds one asset per name (use archive: tar.gz or zip, or rename one)`,
      );
    }
    if (Object.values(CHECKSUM_FILES).includes(upload.name))
      throw new ConfigurationError(
        `Input 'assets' has ${shown(upload.source)}, whose name '${upload.name}' is the checksums file this action writes`,
      );
    byName.set(upload.name, upload.source);
  }

  const algorithms = [...new Set<ChecksumAlgorithm>(['sha256', ...options.algorithms])];
  const digests = new Map<string, Partial<Record<ChecksumAlgorithm, string>>>();
  const assets: PlannedAsset[] = [];
  for (const upload of uploads) {
    const digest = await digestFile(upload.file, algorithms);
    digests.set(upload.name, digest);
    assets.push({
      name: upload.name,
      file: upload.file,
      size: statSync(upload.file).size,
      sha256: digest.sha256,
      contentType: contentTypeOf(upload.name),
    });
  }
  return { assets, digests };
}
