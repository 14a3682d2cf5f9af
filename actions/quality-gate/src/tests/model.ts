import type { TestFormat } from '../formats.ts';

/** A test that failed (on every attempt) or that passed only after failing: what a person needs to fix it. */
export interface TestProblem {
  name: string;
  classname?: string;
  suite?: string;
  file?: string;
  line?: number;
  message: string;
  details?: string;
  attempts: number;
  /** The report it came from, relative to the workspace. */
  report: string;
}

export interface TestResults {
  /** The reports read, relative to the workspace, with the format each was read as. */
  reports: string[];
  formats: { file: string; format: TestFormat }[];
  /** Distinct tests: a test retried within one report counts once. */
  total: number;
  passed: number;
  failed: number;
  skipped: number;
  /** Tests that passed after failing at least once (counted in `passed`). */
  flaky: number;
  failures: TestProblem[];
  flakyTests: TestProblem[];
  /** Failures and flaky tests beyond the kept lists (counted, but not detailed). */
  omitted: number;
  /** Reports whose suites announce tests but hold no test case (counts taken from nowhere). */
  hollow: string[];
}

/** Details are kept for this many problem tests; the rest are counted. Bounds memory on huge failing runs. */
export const KEPT_PROBLEMS = 500;
export const NAME_MAX = 1_000;
export const MESSAGE_MAX = 1_000;
export const DETAILS_MAX = 4_000;

export function emptyTestResults(): TestResults {
  return {
    reports: [],
    formats: [],
    total: 0,
    passed: 0,
    failed: 0,
    skipped: 0,
    flaky: 0,
    failures: [],
    flakyTests: [],
    omitted: 0,
    hollow: [],
  };
}
