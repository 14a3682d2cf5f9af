import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root on the runner: report paths are shown and annotated relative to it. */
export function workspaceRoot(): string {
  return path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
}

/**
 * A path as a report wrote it (absolute, relative to `base`, or a file:// URI) as a POSIX path relative to
 * the workspace when it lies inside it; anything else is returned as given, so nothing is invented.
 */
export function repoPath(reported: string, base = workspaceRoot()): string {
  let value = reported.trim();
  if (value.startsWith('file://')) {
    try {
      value = fileURLToPath(value);
    } catch {
      return value;
    }
  }
  const root = workspaceRoot();
  const absolute = path.isAbsolute(value) ? value : path.resolve(base, value);
  const relative = path.relative(root, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return value.split(path.sep).join('/');
  return relative.split(path.sep).join('/');
}

/**
 * A source file a report names relative to where its tool ran (pytest's rootdir, vitest's root, a Go
 * package): the first directory from the report's own up to the workspace where it exists, else the
 * workspace. Used for the few files shown and annotated, never per test.
 */
export function sourcePath(reported: string, reportFile: string): string {
  if (path.isAbsolute(reported) || reported.startsWith('file://')) return repoPath(reported);
  const root = workspaceRoot();
  for (let dir = path.dirname(path.resolve(reportFile)); dir.startsWith(root); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, reported))) return repoPath(reported, dir);
    if (dir === root) break;
  }
  return repoPath(reported);
}

/** A copy of a string that shares no memory with the (large) parser chunk it was sliced from. */
export function detach(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/** Text cut to `max` characters, saying so. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
