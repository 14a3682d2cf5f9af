import { formatFor, readHead, type TestFormat } from '../formats.ts';
import { repoPath } from '../paths.ts';
import { readGoTestJson, readJestJson, readMochaJson } from './json-tests.ts';
import { readJUnit } from './junit.ts';
import type { TestResults } from './model.ts';
import { readTap } from './tap.ts';

const READERS: Record<TestFormat, (file: string, results: TestResults) => Promise<void>> = {
  junit: readJUnit,
  'go-test-json': readGoTestJson,
  'mocha-json': readMochaJson,
  'jest-json': readJestJson,
  tap: readTap,
};

/** Read one test report, as the format given for its pattern or else the one its content shows. */
export async function readTestReport(file: string, results: TestResults, given?: TestFormat): Promise<TestFormat> {
  const label = repoPath(file);
  const format = given ?? formatFor('tests', await readHead(file, label, 'junit'), label);
  await READERS[format](file, results);
  results.formats.push({ file: label, format });
  return format;
}
