import { stat } from 'node:fs/promises';
import * as core from '@actions/core';
import { ConfigurationError, inputError } from '@archway/kit';
import { FILE_LIMITS, findUserFiles } from '@archway/kit/files';
import { workspaceRoot } from './paths.ts';

export type IfNoFilesFound = 'error' | 'warn' | 'ignore';

/** A report file and the format its pattern named, if any (else it is detected from the content). */
export interface ReportFile<F extends string = string> {
  file: string;
  format?: F;
}

/** A report input holds at most this many files; more is a pattern gone wrong. */
const MAX_FILES = 10_000;

/**
 * A pattern line of a report input: `[format:] pattern`, the format naming how to read the files it
 * matches (overriding detection) when it is one of `formats`.
 */
export function parsePattern<F extends string>(line: string, formats: readonly F[]): { pattern: string; format?: F } {
  const match = /^([a-z][a-z0-9-]+):\s*(.+)$/.exec(line.trim());
  if (match && formats.includes(match[1] as F)) return { format: match[1] as F, pattern: (match[2] ?? '').trim() };
  return { pattern: line.trim() };
}

/**
 * The files an input's patterns match (one per line, `!` excludes, relative to the workspace and confined
 * to it by the kit: regular files only), sorted, with the format their pattern named. A file named by a
 * pattern with a format is read as that format. `undefined` when the input was not given; an empty list
 * when nothing matched and that is allowed.
 */
export async function findReports<F extends string>(
  input: string,
  lines: readonly string[],
  ifNoFilesFound: IfNoFilesFound,
  formats: readonly F[] = [],
): Promise<ReportFile<F>[] | undefined> {
  if (lines.length === 0) return undefined;
  const parsed = lines.map((line) => parsePattern(line, formats));
  const excluded = parsed.filter((p) => p.pattern.startsWith('!')).map((p) => p.pattern);
  const groups = new Map<F | undefined, string[]>();
  for (const { pattern, format } of parsed) {
    if (pattern.startsWith('!')) continue;
    groups.set(format, [...(groups.get(format) ?? []), pattern]);
  }
  const found = new Map<string, F | undefined>();
  for (const [format, patterns] of groups) {
    for (const file of await findUserFiles(input, [...patterns, ...excluded], { maxFiles: MAX_FILES })) {
      if (format !== undefined || !found.has(file)) found.set(file, format);
    }
  }
  for (const file of found.keys()) {
    const { size } = await stat(file);
    if (size > FILE_LIMITS.report)
      throw inputError(input, file, `the report is ${size} bytes, more than the limit of ${FILE_LIMITS.report}`);
  }
  const files = [...found.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, format]) => ({ file, ...(format ? { format } : {}) }));
  if (files.length > 0) {
    core.info(`${input}: ${files.length} file(s) matched`);
    return files;
  }
  const message = `Input '${input}' matched no files (patterns: ${lines.join(', ')}, in ${workspaceRoot()})`;
  if (ifNoFilesFound === 'error') throw new ConfigurationError(`${message}; set if-no-files-found to warn or ignore to allow that`);
  if (ifNoFilesFound === 'warn') core.warning(message);
  return [];
}
