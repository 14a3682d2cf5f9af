import path from 'node:path';
import { ConfigurationError } from '@archway/kit';
import { repoPath } from '../paths.ts';
import { isObject, readJsonReport } from './json-file.ts';
import { addBranches, addHits, type FileCoverage } from './model.ts';

interface GcovLine {
  line_number?: number;
  count?: number;
  branches?: { count?: number }[];
}

interface GcovFile {
  file?: string;
  lines?: GcovLine[];
}

/**
 * gcc's `gcov --json-format` (a .gcov.json.gz per object file, or one per line with --stdout): lines with
 * their counts and branches. A line listed again (an inline function, a template instantiated twice) is
 * one line. File names are relative to the directory gcov ran in (`current_working_directory`).
 */
export async function readGcovJson(file: string, add: (coverage: FileCoverage) => void, label = repoPath(file)): Promise<void> {
  const data = await readJsonReport(file, label);
  if (!isObject(data) || !Array.isArray(data.files) || data.format_version === undefined)
    throw new ConfigurationError(`${label}: not a gcov JSON report (expected format_version and a files array)`);
  const cwd = typeof data.current_working_directory === 'string' ? data.current_working_directory : path.dirname(file);
  for (const entry of data.files as GcovFile[]) add(fileCoverage(entry, label, (name) => repoPath(name, cwd)));
}

function fileCoverage(entry: GcovFile, label: string, where: (name: string) => string): FileCoverage {
  if (!isObject(entry) || typeof entry.file !== 'string' || !Array.isArray(entry.lines))
    throw new ConfigurationError(`${label}: a file entry without "file" and "lines"`);
  const coverage: FileCoverage = { path: where(entry.file), lines: new Map(), branches: new Map() };
  for (const line of entry.lines) {
    if (typeof line?.line_number !== 'number') continue;
    addHits(coverage, line.line_number, Math.max(0, Number(line.count) || 0));
    const branches = Array.isArray(line.branches) ? line.branches : [];
    if (branches.length > 0) {
      const taken = branches.filter((b: { count?: number }) => Number(b?.count) > 0).length;
      const [c, t] = coverage.branches?.get(line.line_number) ?? [0, 0];
      // Entries of one line from two functions describe different branches: they add up.
      coverage.branches?.delete(line.line_number);
      addBranches(coverage, line.line_number, c + taken, t + branches.length);
    }
  }
  return coverage;
}
