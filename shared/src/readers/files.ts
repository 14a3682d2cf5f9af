import { constants, type Stats } from 'node:fs';
import { lstat, mkdir, open, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { ConfigurationError, inputError, systemErrorCode, systemErrorReason } from '../runner/errors.ts';

/**
 * The one way an action touches a file a user named. Every path is resolved against the workspace (or
 * RUNNER_TEMP where that is the documented place) and refused when it escapes, also through a symlink;
 * only regular files are read (never a FIFO, a device, /proc), within a size limit; a refused file's
 * content is never quoted; writes never go through a symlink.
 */

export type FileRoot = 'workspace' | 'runner-temp';

export interface PathOptions {
  /** Where the path may lead. Default: the workspace. */
  roots?: readonly FileRoot[];
  /** For an input documented to accept any path (e.g. a kernel built in /tmp): no containment check. */
  allowOutside?: boolean;
}

export interface ReadOptions extends PathOptions {
  /** Larger files are refused before reading. */
  maxBytes: number;
  /** What the file is, for messages ("report", "history file"). Default "file". */
  what?: string;
}

export const KiB = 1024;
export const MiB = 1024 * KiB;
export const GiB = 1024 * MiB;

/** Limits per kind of file, for callers that have no better figure. */
export const FILE_LIMITS = {
  /** Configuration, profiles, scenarios, templates, structured inputs. */
  config: 1 * MiB,
  /** Lockfiles, result files of other actions, SARIF. */
  data: 256 * MiB,
  /** Test and coverage reports, benchmark output (read as streams). */
  report: 2 * GiB,
  /** One line of a line-oriented format. */
  line: 1 * MiB,
} as const;

export function workspaceDir(): string {
  return path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
}

function rootDir(root: FileRoot): string | undefined {
  if (root === 'workspace') return workspaceDir();
  return process.env.RUNNER_TEMP ? path.resolve(process.env.RUNNER_TEMP) : undefined;
}

const ROOT_NAMES: Record<FileRoot, string> = { workspace: 'the workspace', 'runner-temp': "the runner's temp directory" };

/** The real path of `file`, or of its longest existing ancestor joined with the rest (for files to create). */
async function realPathOf(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch (error) {
    const code = systemErrorCode(error);
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
    const parent = path.dirname(file);
    if (parent === file) return file;
    return path.join(await realPathOf(parent), path.basename(file));
  }
}

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

/**
 * The absolute real path of a path the user gave in `input`, resolved against the workspace. Refused with
 * an error naming the input when it leads outside the allowed roots, also after following symlinks.
 */
export async function resolveUserPath(input: string, value: string, options: PathOptions = {}): Promise<string> {
  const given = value.trim();
  if (given === '') throw inputError(input, value, 'expected a path');
  if (given.includes('\0')) throw inputError(input, value, 'a path cannot contain a NUL character');
  const absolute = path.resolve(workspaceDir(), given);
  let real: string;
  try {
    real = await realPathOf(absolute);
  } catch (error) {
    throw inputError(input, value, `cannot resolve the path: ${systemErrorReason(error)}`);
  }
  if (options.allowOutside) return real;
  const roots = options.roots ?? ['workspace'];
  for (const root of roots) {
    const dir = rootDir(root);
    if (dir && isInside(real, await realPathOf(dir))) return real;
  }
  const where = roots.map((r) => `${ROOT_NAMES[r]} (${rootDir(r) ?? 'unset'})`).join(' or ');
  const how = real === absolute ? '' : ` (it leads to ${real} through a symlink)`;
  throw inputError(input, value, `the path is outside ${where}${how}; give a path inside it`);
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function sizeText(bytes: number): string {
  if (bytes >= GiB) return `${(bytes / GiB).toFixed(1)} GiB`;
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(1)} MiB`;
  if (bytes >= KiB) return `${(bytes / KiB).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}

/** Open a user's file for reading: a regular file within the limit, or a clear error (nothing is read). */
async function openChecked(input: string, value: string, options: ReadOptions) {
  const file = await resolveUserPath(input, value, options);
  const what = options.what ?? 'file';
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; fstat below refuses it.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    throw inputError(input, value, `cannot open the ${what}: ${systemErrorReason(error)}`);
  }
  const stats = await handle.stat();
  if (!stats.isFile()) {
    await handle.close();
    throw inputError(input, value, `the ${what} is ${kindOf(stats)}; expected a regular file`);
  }
  if (stats.size > options.maxBytes) {
    await handle.close();
    throw inputError(input, value, `the ${what} is ${sizeText(stats.size)}, more than the limit of ${sizeText(options.maxBytes)}`);
  }
  return { file, handle, size: stats.size };
}

/**
 * A file the action hands to another program (a kernel to boot, firmware to flash) without reading it:
 * resolved and checked like a read (inside the allowed roots, a regular file), nothing more.
 */
export async function checkUserFile(input: string, value: string, options: PathOptions & { what?: string } = {}): Promise<string> {
  const { file, handle } = await openChecked(input, value, { ...options, maxBytes: Number.MAX_SAFE_INTEGER });
  await handle.close();
  return file;
}

/** The bytes of a user's file (regular, inside the allowed roots, at most `maxBytes`). */
export async function readUserBytes(input: string, value: string, options: ReadOptions): Promise<Buffer> {
  const { handle } = await openChecked(input, value, options);
  try {
    // Read at most the limit even if the file grows while we read.
    const buffer = Buffer.alloc(options.maxBytes + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > options.maxBytes) {
        throw inputError(
          input,
          value,
          `the ${options.what ?? 'file'} grew past the limit of ${sizeText(options.maxBytes)} while it was read`,
        );
      }
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/** A user's text file, decoded by its byte-order mark (UTF-8 by default, UTF-16 LE/BE when marked). */
export async function readUserFile(input: string, value: string, options: ReadOptions): Promise<string> {
  return decodeText(await readUserBytes(input, value, options));
}

/** Text from bytes, honouring a byte-order mark. */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  return bytes.toString('utf8');
}

export interface UserStream {
  /** The real path that was opened. */
  file: string;
  size: number;
  stream: Readable;
}

/** A stream over a user's file, for formats too big to hold in memory; it ends at `maxBytes` at the latest. */
export async function openUserStream(input: string, value: string, options: ReadOptions): Promise<UserStream> {
  const { file, handle, size } = await openChecked(input, value, options);
  return { file, size, stream: handle.createReadStream({ end: Math.max(0, options.maxBytes - 1), autoClose: true }) };
}

export interface LineOptions {
  input: string;
  /** The file's name as the user wrote it, for messages. */
  file: string;
  /** Longer lines are refused (a line-oriented parser must not hold a 50 MB "line"). */
  maxLineBytes?: number;
}

/** The lines of a stream (without their line ends), refusing any line longer than the limit. */
export async function* readLines(stream: AsyncIterable<Buffer | string>, options: LineOptions): AsyncGenerator<string> {
  const max = options.maxLineBytes ?? FILE_LIMITS.line;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let lineNumber = 0;
  const tooLong = () =>
    new ConfigurationError(
      `Input '${options.input}': line ${lineNumber + 1} of ${options.file} is longer than ${sizeText(max)}; that is not a file of this format`,
    );
  for await (const chunk of stream) {
    let buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (let end = buffer.indexOf(10); end !== -1; end = buffer.indexOf(10)) {
      if (pendingBytes + end > max) throw tooLong();
      const line = Buffer.concat([...pending, buffer.subarray(0, end)]).toString('utf8');
      pending = [];
      pendingBytes = 0;
      lineNumber++;
      yield line.endsWith('\r') ? line.slice(0, -1) : line;
      buffer = buffer.subarray(end + 1);
    }
    if (buffer.length > 0) {
      pendingBytes += buffer.length;
      if (pendingBytes > max) throw tooLong();
      pending.push(buffer);
    }
  }
  if (pendingBytes > 0) {
    const line = Buffer.concat(pending).toString('utf8');
    yield line.endsWith('\r') ? line.slice(0, -1) : line;
  }
}

export interface FindOptions {
  /** At most this many files; more is an error (a pattern that matches the whole disk is a mistake). */
  maxFiles?: number;
}

/**
 * The regular files that glob patterns match (one pattern per item, `!` to exclude), relative to the
 * workspace and confined to it: a pattern that starts outside it, or a match that leads outside it
 * through a symlink, is refused with an error naming the input. Sorted, without duplicates.
 */
export async function findUserFiles(input: string, patterns: readonly string[], options: FindOptions = {}): Promise<string[]> {
  const workspace = workspaceDir();
  const rooted: string[] = [];
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!');
    const body = negated ? pattern.slice(1) : pattern;
    const absolute = path.resolve(workspace, body);
    if (!isInside(absolute, workspace)) {
      throw inputError(input, pattern, `the pattern reaches outside the workspace (${workspace}); patterns are relative to it`);
    }
    rooted.push(negated ? `!${absolute}` : absolute);
  }
  const { create } = await import('@actions/glob');
  const globber = await create(rooted.join('\n'), { matchDirectories: false, implicitDescendants: false });
  const realWorkspace = await realPathOf(workspace);
  const files = new Set<string>();
  for await (const match of globber.globGenerator()) {
    const real = await realPathOf(match);
    if (!isInside(real, realWorkspace)) {
      throw inputError(input, path.relative(workspace, match), `the file leads outside the workspace through a symlink (to ${real})`);
    }
    const stats = await lstat(real);
    if (!stats.isFile()) throw inputError(input, path.relative(workspace, match), `the match is ${kindOf(stats)}; expected regular files`);
    files.add(match);
    if (options.maxFiles !== undefined && files.size > options.maxFiles) {
      throw inputError(input, patterns.join(', '), `the patterns match more than ${options.maxFiles} files; narrow them`);
    }
  }
  return [...files].sort();
}

/**
 * Write a file the user named: only under the allowed roots (default: the workspace and RUNNER_TEMP),
 * never through a symlink, creating parent directories. Returns the absolute path written.
 */
export async function writeUserFile(
  input: string,
  value: string,
  data: string | Uint8Array,
  options: PathOptions = { roots: ['workspace', 'runner-temp'] },
): Promise<string> {
  const absolute = path.resolve(workspaceDir(), value.trim());
  const file = await resolveUserPath(input, value, options);
  // resolveUserPath followed any symlink; writing through one is refused even when it stays inside.
  const existing = await lstat(absolute).catch(() => undefined);
  if (existing?.isSymbolicLink()) throw inputError(input, value, 'the path is a symlink; the action does not write through symlinks');
  if (existing && !existing.isFile()) throw inputError(input, value, `the path is ${kindOf(existing)}; expected a file to write`);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    const handle = await open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644);
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw inputError(input, value, `cannot write the file: ${systemErrorReason(error)}`);
  }
  return file;
}
