import path from 'node:path';
import * as core from '@actions/core';
import { ConfigurationError } from '@archway/kit';
import { workspaceRoot } from './paths.ts';

export type IfNoFilesFound = 'error' | 'warn' | 'ignore';

/**
 * The files an input's glob patterns match (one pattern per line, `!` to exclude, relative to the
 * workspace), sorted. `undefined` when the input was not given; an empty list when nothing matched and
 * that is allowed.
 */
export async function findReports(
  input: string,
  patterns: readonly string[],
  ifNoFilesFound: IfNoFilesFound,
): Promise<string[] | undefined> {
  if (patterns.length === 0) return undefined;
  const { create } = await import('@actions/glob');
  const rooted = patterns.map((p) =>
    p.startsWith('!') ? `!${path.resolve(workspaceRoot(), p.slice(1))}` : path.resolve(workspaceRoot(), p),
  );
  const globber = await create(rooted.join('\n'), { matchDirectories: false, implicitDescendants: false });
  const files = [...new Set(await globber.glob())].sort();
  if (files.length > 0) {
    core.info(`${input}: ${files.length} file(s) matched`);
    return files;
  }
  const message = `Input '${input}' matched no files (patterns: ${patterns.join(', ')}, in ${workspaceRoot()})`;
  if (ifNoFilesFound === 'error') throw new ConfigurationError(`${message}; set if-no-files-found to warn or ignore to allow that`);
  if (ifNoFilesFound === 'warn') core.warning(message);
  return [];
}
