import { createHash } from 'node:crypto';
import { createReadStream, lstatSync, readdirSync, readFileSync, readlinkSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findOnPath } from '@archway/kit/process';
import { dpkgPackages, INFO_DIR, type InstalledPackage, pendingUpdates, statusRecords } from './dpkg-database.ts';
import { conffiles, dependencyNames, identity, parseStanzas, type Stanza } from './dpkg-status.ts';
import { outputOf, runPrivileged } from './privileged.ts';

/**
 * What an apt install produced, as one archive: the packages' files (their dpkg file lists), dpkg's
 * control files for them (file list, md5sums, maintainer scripts), and a manifest with their status
 * records and what they rely on. Restoring it unpacks the files and lets dpkg configure the packages.
 */
export const MANIFEST_FILE = 'manifest.json';

/**
 * zstd where the runner has it (as @actions/cache chooses for its own archive, whose version hashes that
 * choice): a third of the size to write, hash and read back. Plain tar otherwise.
 */
export interface ArchiveFormat {
  file: string;
  /** tar's compression options. */
  tar: { create: string[]; extract: string[] };
}

export function archiveFormat(): ArchiveFormat {
  return findOnPath('zstd')
    ? { file: 'installed.tar.zst', tar: { create: ['-I', 'zstd -T0 -q'], extract: ['-I', 'zstd -d -q'] } }
    : { file: 'installed.tar', tar: { create: [], extract: [] } };
}
const MANIFEST_FORMAT = 1;

export interface ArchivedPackage {
  /** name:arch */
  id: string;
  version: string;
  /** The status record after the install (Status: install ok installed). */
  record: string;
  /** The preinst script, which dpkg runs before unpacking a fresh install (`preinst install`). */
  preinst?: string;
}

export interface ArchiveEntry {
  /** Absolute path, as dpkg lists it. */
  path: string;
  kind: 'file' | 'link' | 'dir';
  /** md5 of a regular file (dpkg's md5sums, or the conffile hash). */
  md5?: string;
  /** Target of a symlink. */
  target?: string;
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  /** The cache key it was saved under. */
  key: string;
  packages: ArchivedPackage[];
  /** Packages that were installed already and satisfy the archived ones' dependencies: name:arch -> version. */
  base: Record<string, string>;
  /** Foreign architectures of the archived packages (dpkg --add-architecture). */
  architectures: string[];
  entries: ArchiveEntry[];
  archive: { bytes: number; sha256: string };
}

/** The install cannot be archived faithfully; the reason says why (it is still installed, just not cached). */
export class NotArchivable extends Error {}

/** dpkg's control files of a package instance: `<name>.<ext>` or, for Multi-Arch: same, `<name>:<arch>.<ext>`. */
export function controlFiles(info: readonly string[], name: string, arch: string): string[] {
  const owns = (base: string) => (file: string) => file.startsWith(`${base}.`) && !file.slice(base.length + 1).includes('.');
  const qualified = info.filter(owns(`${name}:${arch}`));
  return qualified.length > 0 ? qualified : info.filter(owns(name));
}

/** md5sums lines are `<md5>  <path without leading slash>`. */
export function parseMd5sums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^([0-9a-f]{32}) [ *](.+)$/.exec(line);
    if (match?.[1] && match[2]) sums.set(`/${match[2]}`, match[1]);
  }
  return sums;
}

/** Diverted paths (dpkg-divert): the file lives elsewhere, so a plain copy would not restore it. */
function divertedPaths(): Set<string> {
  try {
    const lines = readFileSync('/var/lib/dpkg/diversions', 'utf8').split('\n');
    const diverted = new Set<string>();
    // Three lines per diversion: the diverted path, where it went, the package that diverted it.
    for (let i = 0; i < lines.length; i += 3) if (lines[i]) diverted.add(lines[i] as string);
    return diverted;
  } catch {
    return new Set();
  }
}

/**
 * The archive entries for the files of the packages: what is on disk now (paths a dpkg path-exclude left
 * out are absent). A symlink that other listed paths lie under is a directory of the package that this
 * system keeps as a symlink (/lib on merged /usr): it is left alone, never replaced.
 */
export function archiveEntries(paths: readonly string[], sums: ReadonlyMap<string, string>): ArchiveEntry[] {
  const sorted = [...new Set(paths)].filter((p) => p.startsWith('/') && p !== '/' && p !== '/.').sort();
  const entries: ArchiveEntry[] = [];
  for (const [i, file] of sorted.entries()) {
    let stats: ReturnType<typeof lstatSync>;
    try {
      stats = lstatSync(file);
    } catch {
      continue;
    }
    if (stats.isDirectory()) entries.push({ path: file, kind: 'dir' });
    else if (stats.isSymbolicLink()) {
      const next = sorted[i + 1];
      if (next?.startsWith(`${file}/`)) continue;
      entries.push({ path: file, kind: 'link', target: readlinkSync(file) });
    } else if (stats.isFile()) entries.push({ path: file, kind: 'file', md5: sums.get(file) });
    else throw new NotArchivable(`${file} is neither a file, a directory nor a symlink`);
  }
  return entries;
}

/** Packages installed already that an archived package's Depends or Pre-Depends name (directly or as Provides). */
export function basePackages(records: readonly Stanza[], installed: Iterable<InstalledPackage>, archived: ReadonlySet<string>) {
  const names = new Set(records.flatMap(dependencyNames));
  const base: Record<string, string> = {};
  for (const p of installed) {
    if (p.state !== 'installed' || archived.has(p.id)) continue;
    if (names.has(p.name) || p.provides.some((n) => names.has(n))) base[p.id] = p.version;
  }
  return Object.fromEntries(Object.entries(base).sort(([a], [b]) => a.localeCompare(b)));
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export interface Capture {
  manifest: Omit<Manifest, 'key'>;
}

/**
 * Archive what an install added, given dpkg's packages before it. Refused (NotArchivable) when the install
 * also changed packages that were there before, or left dpkg mid-way: restoring only the new files could
 * not reproduce that.
 */
export async function archiveInstall(before: ReadonlyMap<string, InstalledPackage>, dir: string, hostArch: string): Promise<Capture> {
  const after = await dpkgPackages();
  const changed = [...before.values()].filter(
    (p) => p.state === 'installed' && (after.get(p.id)?.state !== 'installed' || after.get(p.id)?.version !== p.version),
  );
  if (changed.length > 0) throw new NotArchivable(`the install also upgraded or removed ${changed.map((p) => p.id).join(', ')}`);
  const unfinished = [...after.values()].filter((p) => !['installed', 'not-installed', 'config-files'].includes(p.state));
  if (unfinished.length > 0) throw new NotArchivable(`dpkg left ${unfinished.map((p) => `${p.id} ${p.state}`).join(', ')}`);
  if (pendingUpdates().length > 0) throw new NotArchivable('dpkg has journalled updates pending');
  const added = [...after.values()].filter((p) => p.state === 'installed' && before.get(p.id)?.state !== 'installed');
  if (added.length === 0) throw new NotArchivable('dpkg shows no newly installed package');

  const records = parseStanzas(await statusRecords(added.map((p) => p.id)));
  const info = readdirSync(INFO_DIR);
  const diverted = divertedPaths();
  const packages: ArchivedPackage[] = [];
  const paths: string[] = [];
  const sums = new Map<string, string>();
  const control: string[] = [];
  for (const record of records) {
    const name = record.fields.get('Package') as string;
    const arch = record.fields.get('Architecture') as string;
    const files = controlFiles(info, name, arch);
    const list = files.find((f) => f.endsWith('.list'));
    if (!list) throw new NotArchivable(`dpkg has no file list for ${identity(record)}`);
    const listed = readFileSync(path.join(INFO_DIR, list), 'utf8').split('\n').filter(Boolean);
    const divertedHere = listed.filter((p) => diverted.has(p));
    if (divertedHere.length > 0) throw new NotArchivable(`${identity(record)} has diverted files (${divertedHere.join(', ')})`);
    paths.push(...listed);
    const md5sums = files.find((f) => f.endsWith('.md5sums'));
    if (md5sums) for (const [file, sum] of parseMd5sums(readFileSync(path.join(INFO_DIR, md5sums), 'utf8'))) sums.set(file, sum);
    for (const [file, sum] of conffiles(record)) sums.set(file, sum);
    control.push(...files.map((f) => path.join(INFO_DIR, f)));
    const preinst = files.find((f) => f.endsWith('.preinst'));
    packages.push({
      id: identity(record),
      version: record.fields.get('Version') ?? '',
      record: record.text,
      ...(preinst ? { preinst: readFileSync(path.join(INFO_DIR, preinst), 'utf8') } : {}),
    });
  }
  const entries = archiveEntries(paths, sums);
  const members = [...entries.map((e) => e.path), ...control].map((p) => p.slice(1));
  const memberList = path.join(dir, 'members');
  writeFileSync(memberList, `${members.join('\0')}\0`);
  const format = archiveFormat();
  const archive = path.join(dir, format.file);
  // Root reads every file (some are not world-readable); names are taken verbatim, relative to /.
  const tar = await runPrivileged(
    'tar',
    ['-C', '/', '--no-recursion', '--null', '--verbatim-files-from', '-T', memberList, ...format.tar.create, '-cf', archive],
    { timeoutMs: 600_000 },
  );
  if (tar.exitCode !== 0) throw new Error(`tar could not archive the installed files (${outputOf(tar)})`);
  const ids = new Set(packages.map((p) => p.id));
  return {
    manifest: {
      format: MANIFEST_FORMAT,
      packages,
      base: basePackages(records, after.values(), ids),
      architectures: [...new Set(records.map((r) => r.fields.get('Architecture') as string))].filter((a) => a !== 'all' && a !== hostArch),
      entries,
      archive: { bytes: statSync(archive).size, sha256: await sha256File(archive) },
    },
  };
}

/** The manifest, if it is one this version wrote. */
export function readManifest(dir: string): Manifest | undefined {
  try {
    const manifest = JSON.parse(readFileSync(path.join(dir, MANIFEST_FILE), 'utf8')) as Manifest;
    const valid =
      manifest.format === MANIFEST_FORMAT &&
      Array.isArray(manifest.packages) &&
      Array.isArray(manifest.entries) &&
      Array.isArray(manifest.architectures) &&
      typeof manifest.base === 'object' &&
      typeof manifest.archive?.sha256 === 'string';
    return valid ? manifest : undefined;
  } catch {
    return undefined;
  }
}

export function writeManifest(dir: string, manifest: Manifest): void {
  writeFileSync(path.join(dir, MANIFEST_FILE), JSON.stringify(manifest));
}
