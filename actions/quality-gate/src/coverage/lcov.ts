import path from 'node:path';
import { ConfigurationError } from '@archway/kit';
import { reportLines } from '../lines.ts';
import { repoPath } from '../paths.ts';
import type { FileCoverage } from './model.ts';

/**
 * lcov tracefile (lcov, c8/v8, istanbul, gcov via lcov/fastcov, cargo-llvm-cov), line by line: DA for
 * lines, BRDA for branches ('-' = never reached). SF paths are relative to the report's directory or the
 * workspace; relative ones are resolved against the workspace, as lcov users expect. An `EOF` line after
 * the last record (some generators end with one) is harmless, as lcov's own reader agrees.
 */
export async function readLcov(file: string, add: (coverage: FileCoverage) => void): Promise<void> {
  const label = repoPath(file);
  let current: FileCoverage | undefined;
  let records = 0;
  for await (const [raw, lineNumber] of reportLines(file, label, 'coverage')) {
    const line = raw.trim();
    const colon = line.indexOf(':');
    const tag = colon < 0 ? line : line.slice(0, colon);
    const value = line.slice(colon + 1);
    if (tag === 'SF') {
      current = { path: repoPath(value), lines: new Map(), branches: new Map() };
    } else if (tag === 'end_of_record') {
      if (current) add(current);
      current = undefined;
      records++;
    } else if (current && tag === 'DA') {
      const [lineNo, hits] = value.split(',');
      current.lines?.set(Number(lineNo), Math.max(0, Number(hits) || 0));
    } else if (current && tag === 'BRDA') {
      const [lineNo, , , taken] = value.split(',');
      const key = Number(lineNo);
      const [covered, total] = current.branches?.get(key) ?? [0, 0];
      current.branches?.set(key, [covered + (taken !== '-' && Number(taken) > 0 ? 1 : 0), total + 1]);
    } else if (!current && tag !== 'TN' && tag !== '' && tag !== 'EOF') {
      throw new ConfigurationError(`${label}: line ${lineNumber} is '${line.slice(0, 60)}' outside a record; not an lcov tracefile`);
    }
  }
  if (records === 0) throw new ConfigurationError(`${label}: no lcov records (SF: … end_of_record) in ${path.basename(file)}`);
}
