import * as core from '@actions/core';
import { type CoverageFormat, formatFor, readHead } from '../formats.ts';
import { repoPath } from '../paths.ts';
import { readClover } from './clover.ts';
import { readCobertura } from './cobertura.ts';
import { readGcovJson } from './gcov.ts';
import { readGoCover } from './go.ts';
import { readIstanbulFinal, readIstanbulSummary } from './istanbul.ts';
import { readJacoco } from './jacoco.ts';
import { readLcov } from './lcov.ts';
import type { CoverageCollector, FileCoverage } from './model.ts';

type Reader = (file: string, add: (coverage: FileCoverage) => void, label: string) => Promise<void>;

const READERS: Record<CoverageFormat, Reader> = {
  lcov: readLcov,
  cobertura: readCobertura,
  'istanbul-json-summary': readIstanbulSummary,
  'istanbul-json': readIstanbulFinal,
  jacoco: readJacoco,
  go: readGoCover,
  clover: readClover,
  'gcov-json': readGcovJson,
};

/** Recognise a coverage report from its content (see formats.ts); `label` names it in errors. */
export function detectFormat(head: string, label: string): CoverageFormat {
  return formatFor('coverage', head, label);
}

/**
 * Read one coverage report into the collector, as the format given for its pattern or else the detected
 * one. A report that holds no source file or no line says so: it measures nothing.
 */
export async function readCoverage(file: string, collector: CoverageCollector, given?: CoverageFormat): Promise<CoverageFormat> {
  const label = repoPath(file);
  const format = given ?? detectFormat(await readHead(file, label, 'coverage'), label);
  let files = 0;
  let lines = 0;
  await READERS[format](
    file,
    (coverage) => {
      files++;
      lines += coverage.blocks?.size ?? coverage.lines?.size ?? coverage.lineTotals?.total ?? 0;
      collector.add(coverage);
    },
    label,
  );
  if (files === 0 || lines === 0) {
    core.warning(`${label}: this ${format} report holds no coverage data (${files === 0 ? 'no source file' : 'no line'} in it)`);
  }
  collector.reports.push({ file: label, format, files });
  return format;
}
