import { createHash } from 'node:crypto';
import { chmodSync, lstatSync, mkdirSync, readFileSync, readlinkSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { addArchitectures } from '@archway/kit/apt';
import {
  activateTriggers,
  configure,
  dpkgPackages,
  editStatus,
  fileTriggerInterests,
  fileTriggers,
  type InstalledPackage,
  pendingUpdates,
} from './dpkg-database.ts';
import { asUnpacked, identity, parseStanzas, state, withPackages } from './dpkg-status.ts';
import { type ArchiveEntry, archiveFormat, type Manifest, sha256File } from './installed-archive.ts';
import { outputOf, runPrivileged } from './privileged.ts';

/** The archive does not fit this runner; nothing was written. The message says why. */
export class RestoreRefused extends Error {}

/** Checks before anything is written: the archive is whole, and this runner is the one it was made for. */
export async function checkRestorable(manifest: Manifest, dir: string, current: ReadonlyMap<string, InstalledPackage>): Promise<void> {
  const archive = path.join(dir, archiveFormat().file);
  let bytes: number;
  try {
    bytes = statSync(archive).size;
  } catch {
    throw new RestoreRefused('the cache entry has no archive');
  }
  if (bytes !== manifest.archive.bytes) {
    throw new RestoreRefused(`the archive is incomplete or damaged (${bytes} bytes, the manifest says ${manifest.archive.bytes})`);
  }
  if ((await sha256File(archive)) !== manifest.archive.sha256) {
    throw new RestoreRefused('the archive is damaged (its SHA-256 differs from the one recorded when it was saved)');
  }
  refuseDpkgMismatch(manifest, current);
  if (pendingUpdates().length > 0) throw new RestoreRefused('dpkg has journalled updates pending (an interrupted dpkg run)');
  const conflicts = manifest.entries.filter(conflicting).map((e) => e.path);
  if (conflicts.length > 0) {
    throw new RestoreRefused(
      `files of the archive exist here with other contents: ${conflicts.slice(0, 5).join(', ')}${conflicts.length > 5 ? `, ... (${conflicts.length})` : ''}`,
    );
  }
}

/** The archived packages must be absent, and the packages they rely on installed at the versions they were made with. */
export function refuseDpkgMismatch(manifest: Manifest, current: ReadonlyMap<string, InstalledPackage>): void {
  const present = manifest.packages
    .map((p) => current.get(p.id))
    .filter((p): p is InstalledPackage => p !== undefined && p.state !== 'not-installed');
  if (present.length > 0) {
    throw new RestoreRefused(`dpkg has ${present.map((p) => `${p.id} ${p.version} (${p.state})`).join(', ')} here already`);
  }
  const differing = Object.entries(manifest.base).filter(([id, version]) => {
    const here = current.get(id);
    return here?.state !== 'installed' || here.version !== version;
  });
  if (differing.length > 0) {
    const describe = ([id, version]: [string, string]) => {
      const here = current.get(id);
      return `${id} ${version} (here: ${here?.state === 'installed' ? here.version : 'not installed'})`;
    };
    throw new RestoreRefused(`it was made on a runner with other packages under it: ${differing.map(describe).join(', ')}`);
  }
}

function md5Of(file: string): string {
  return createHash('md5').update(readFileSync(file)).digest('hex');
}

/**
 * A path of the archive that exists here with other contents. Identical files are fine: Multi-Arch: same
 * packages of two architectures share them, as dpkg allows.
 */
function conflicting(entry: ArchiveEntry): boolean {
  let stats: ReturnType<typeof lstatSync>;
  try {
    stats = lstatSync(entry.path);
  } catch {
    return false;
  }
  if (entry.kind === 'dir') return !stats.isDirectory() && !(stats.isSymbolicLink() && isDirectory(entry.path));
  if (entry.kind === 'link') return !stats.isSymbolicLink() || readlinkSync(entry.path) !== entry.target;
  return !stats.isFile() || entry.md5 === undefined || md5Of(entry.path) !== entry.md5;
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Run the archived preinst scripts as dpkg runs them for a fresh install, before the files are there:
 * `preinst install`, with the variables dpkg sets for maintainer scripts.
 */
async function runPreinsts(manifest: Manifest, workDir: string): Promise<void> {
  mkdirSync(workDir, { recursive: true });
  for (const p of manifest.packages) {
    if (!p.preinst) continue;
    const [name, arch] = p.id.split(':') as [string, string];
    const script = path.join(workDir, `${name}.preinst`);
    writeFileSync(script, p.preinst);
    chmodSync(script, 0o755);
    const result = await runPrivileged(
      'env',
      [
        `DPKG_MAINTSCRIPT_PACKAGE=${name}`,
        `DPKG_MAINTSCRIPT_ARCH=${arch}`,
        'DPKG_MAINTSCRIPT_NAME=preinst',
        'DPKG_ADMINDIR=/var/lib/dpkg',
        'DPKG_ROOT=',
        'DEBIAN_FRONTEND=noninteractive',
        script,
        'install',
      ],
      { timeoutMs: 120_000 },
    );
    if (result.exitCode !== 0) throw new Error(`the preinst script of ${p.id} failed (${outputOf(result)})`);
  }
}

/**
 * Put the archived packages in place as dpkg would: their preinst, their files and control files, their
 * status records as unpacked, the file triggers their paths set off; then `dpkg --configure` runs their
 * postinst scripts and the triggers, and marks them installed. Checked by reading dpkg's view afterwards.
 */
export async function restoreInstalled(manifest: Manifest, dir: string, workDir: string): Promise<void> {
  await addArchitectures(manifest.architectures);
  await runPreinsts(manifest, workDir);
  const format = archiveFormat();
  const tar = await runPrivileged(
    'tar',
    ['-C', '/', ...format.tar.extract, '-xf', path.join(dir, format.file), '--keep-directory-symlink', '--no-overwrite-dir'],
    { timeoutMs: 600_000 },
  );
  if (tar.exitCode !== 0) throw new Error(`tar could not unpack the archive (${outputOf(tar)})`);
  const records = manifest.packages.map((p) => asUnpacked(parseStanzas(p.record)[0] ?? { text: '', fields: new Map() }));
  await editStatus(workDir, (status) => {
    const ids = new Set(manifest.packages.map((p) => p.id));
    const installedMeanwhile = parseStanzas(status).filter((s) => ids.has(identity(s)) && state(s) !== 'not-installed');
    if (installedMeanwhile.length > 0) throw new Error(`${installedMeanwhile.map(identity).join(', ')} got installed meanwhile`);
    return withPackages(status, records);
  });
  await activateTriggers(
    fileTriggers(
      manifest.entries.map((e) => e.path),
      fileTriggerInterests(),
    ),
  );
  await configure(manifest.packages.map((p) => p.id));
  const after = await dpkgPackages();
  const wrong = manifest.packages.filter((p) => after.get(p.id)?.state !== 'installed' || after.get(p.id)?.version !== p.version);
  if (wrong.length > 0) throw new Error(`dpkg does not show ${wrong.map((p) => `${p.id} ${p.version}`).join(', ')} as installed`);
}
