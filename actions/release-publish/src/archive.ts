import { readFileSync, statSync } from 'node:fs';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

export interface ArchiveEntry {
  /** Where the file is on disk. */
  source: string;
  /** Its path inside the archive, `/`-separated. */
  name: string;
}

export type ArchiveFormat = 'tar.gz' | 'zip';

/** Executables keep their execute bits; everything else is 0644, whatever the checkout's umask gave. */
function modeOf(file: string): number {
  return statSync(file).mode & 0o111 ? 0o755 : 0o644;
}

/** Every directory above the entries, so extracting gives them the same fixed mode and time. */
function directoriesOf(entries: readonly ArchiveEntry[]): string[] {
  const dirs = new Set<string>();
  for (const entry of entries) {
    const parts = entry.name.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(`${parts.slice(0, i).join('/')}/`);
  }
  return [...dirs];
}

function sortedItems(entries: readonly ArchiveEntry[]): ({ dir: string } | { file: ArchiveEntry })[] {
  const items = [...directoriesOf(entries).map((dir) => ({ key: dir, dir })), ...entries.map((file) => ({ key: file.name, file }))];
  return items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * The same bytes on every run for the same files: entries in byte order of their names, one
 * modification time (the commit's), owner 0:0 without names, modes 0644/0755, no gzip name or time.
 */
export async function createArchive(format: ArchiveFormat, entries: readonly ArchiveEntry[], mtimeSeconds: number): Promise<Buffer> {
  return format === 'tar.gz' ? createTarGz(entries, mtimeSeconds) : createZip(entries, mtimeSeconds);
}

async function createTarGz(entries: readonly ArchiveEntry[], mtimeSeconds: number): Promise<Buffer> {
  const { pack: createPack } = await import('tar-stream');
  const pack = createPack();
  const chunks: Buffer[] = [];
  pack.on('data', (chunk) => chunks.push(chunk as Buffer));
  const ended = new Promise<void>((resolve, reject) => {
    pack.on('end', resolve);
    pack.on('error', reject);
  });
  const mtime = new Date(mtimeSeconds * 1000);
  const owner = { uid: 0, gid: 0, uname: '', gname: '', mtime };
  for (const item of sortedItems(entries)) {
    if ('dir' in item) {
      pack.entry({ ...owner, name: item.dir, type: 'directory', mode: 0o755 });
    } else {
      const data = readFileSync(item.file.source);
      await new Promise<void>((resolve, reject) =>
        pack.entry({ ...owner, name: item.file.name, type: 'file', mode: modeOf(item.file.source), size: data.length }, data, (error) =>
          error ? reject(error) : resolve(),
        ),
      );
    }
  }
  pack.finalize();
  await ended;
  // zlib writes no file name and a zero time into the gzip header, so the bytes depend on content only.
  return promisify(gzip)(Buffer.concat(chunks), { level: 9 });
}

/** yazl writes DOS times in local time; this Date shows the UTC wall clock through local getters. */
function utcWallClock(seconds: number): Date {
  const utc = new Date(seconds * 1000);
  return new Date(utc.getTime() + utc.getTimezoneOffset() * 60_000);
}

async function createZip(entries: readonly ArchiveEntry[], mtimeSeconds: number): Promise<Buffer> {
  const { ZipFile } = await import('yazl');
  const zip = new ZipFile();
  const chunks: Buffer[] = [];
  const done = new Promise<void>((resolve, reject) => {
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', resolve);
    zip.outputStream.on('error', reject);
  });
  // DOS timestamps only: the extended-time field would carry the local offset into the bytes.
  const mtime = utcWallClock(mtimeSeconds);
  for (const item of sortedItems(entries)) {
    if ('dir' in item) zip.addEmptyDirectory(item.dir, { mtime, mode: 0o40755, forceDosTimestamp: true });
    else
      zip.addBuffer(readFileSync(item.file.source), item.file.name, {
        mtime,
        mode: 0o100000 | modeOf(item.file.source),
        forceDosTimestamp: true,
        compressionLevel: 9,
      });
  }
  zip.end();
  await done;
  return Buffer.concat(chunks);
}
