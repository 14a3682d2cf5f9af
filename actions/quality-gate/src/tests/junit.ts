import { ConfigurationError } from '@archway/kit';
import { streamXmlFile } from '@archway/kit/xml';
import { clip, detach, repoPath, sourcePath } from '../paths.ts';

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
  reports: string[];
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
}

/** Details are kept for this many problem tests; the rest are counted. Bounds memory on huge failing runs. */
export const KEPT_PROBLEMS = 500;
const MESSAGE_MAX = 1_000;
const DETAILS_MAX = 4_000;
const OUTPUT_MAX = 2_000;

export function emptyTestResults(): TestResults {
  return { reports: [], total: 0, passed: 0, failed: 0, skipped: 0, flaky: 0, failures: [], flakyTests: [], omitted: 0 };
}

const PASSED = 1;
const FAILED = 2;
const ATTEMPT = 4;

interface OpenCase {
  attrs: Record<string, string>;
  suite?: string;
  failed: boolean;
  skipped: boolean;
  /** Failed attempts reported inside this testcase (Surefire's rerunFailure / flakyFailure). */
  reruns: number;
  flakes: number;
  message?: string;
  body: string;
  output: string;
  capture?: 'body' | 'output';
}

/**
 * Stream one JUnit XML file into `results`. pytest, jest/vitest, Surefire, gotestsum/go-junit-report and
 * ctest all write <testsuites>/<testsuite>/<testcase>; outcomes are read from the testcase's children
 * (failure, error, skipped) and ctest's status attribute, never from suite totals (nested suites double
 * count). A test that failed and appears again later in the same report was retried: it counts once, as
 * failed if every attempt failed, else as passed and flaky. Memory holds an entry per failed test only.
 */
export async function readJUnit(file: string, results: TestResults): Promise<void> {
  const report = repoPath(file);
  /** Tests with a failed attempt in this report: their state bits plus ATTEMPT per attempt. */
  const retried = new Map<string, number>();
  /** Names of the tests in `retried`: a cheap first check before a test's full key is built. */
  const retriedNames = new Set<string>();
  const problems = new Map<string, TestProblem>();
  let passed = 0;
  let skipped = 0;
  const suites: string[] = [];
  let current: OpenCase | undefined;
  let root: string | undefined;

  const keepProblem = (key: string, test: OpenCase, message: string | undefined, text: string) => {
    if (problems.size >= KEPT_PROBLEMS) return;
    problems.set(key, describeProblem(test, message, text, report, file));
  };

  await streamXmlFile(
    file,
    {
      open(name, attrs) {
        if (root === undefined) {
          root = name;
          if (name !== 'testsuites' && name !== 'testsuite') {
            throw new ConfigurationError(
              `${report}: not a JUnit XML report (its root element is <${name}>, expected <testsuites> or <testsuite>)`,
            );
          }
        }
        if (name === 'testsuite') {
          suites.push(attrs.name ?? '');
          return;
        }
        if (name === 'testcase') {
          const suite = suites.at(-1);
          const status = attrs.status?.toLowerCase();
          current = {
            attrs,
            suite: suite || undefined,
            failed: status === 'fail' || status === 'failed',
            skipped: status === 'disabled' || status === 'notrun' || status === 'skipped',
            reruns: 0,
            flakes: 0,
            body: '',
            output: '',
          };
          return;
        }
        if (!current) return;
        switch (name) {
          case 'failure':
          case 'error':
            current.failed = true;
            current.message ??= attrs.message || attrs.type || undefined;
            current.capture = 'body';
            break;
          case 'skipped':
            current.skipped = true;
            break;
          case 'flakyFailure':
          case 'flakyError':
            current.flakes++;
            current.message ??= attrs.message || attrs.type || undefined;
            current.capture = 'body';
            break;
          case 'rerunFailure':
          case 'rerunError':
            current.reruns++;
            break;
          case 'system-out':
          case 'system-err':
            current.capture = 'output';
            break;
        }
      },
      text(text) {
        if (!current?.capture) return;
        if (current.capture === 'body' && current.body.length < DETAILS_MAX)
          current.body += text.slice(0, DETAILS_MAX - current.body.length);
        if (current.capture === 'output' && current.output.length < OUTPUT_MAX)
          current.output += text.slice(0, OUTPUT_MAX - current.output.length);
      },
      close(name) {
        if (name === 'testsuite') {
          suites.pop();
          return;
        }
        if (!current) return;
        if (name !== 'testcase') {
          if (name === 'failure' || name === 'error' || name.startsWith('flaky') || name.startsWith('system-')) current.capture = undefined;
          return;
        }
        const test = current;
        current = undefined;
        const attempts = 1 + test.reruns + test.flakes;
        // Only a test that failed can have been retried: just those are remembered, so memory follows the
        // failures, not the size of the report.
        const key = test.failed || test.flakes > 0 || retriedNames.has(test.attrs.name ?? '') ? keyOf(test) : '';
        const earlier = key ? retried.get(key) : undefined;
        if (earlier !== undefined) {
          retried.set(key, (earlier + ATTEMPT * attempts) | (test.failed ? FAILED : test.skipped ? 0 : PASSED));
        } else if (test.failed || test.flakes > 0) {
          // A stored key is copied: the parts it was built from are slices of the parser's chunk.
          retried.set(detach(key), (ATTEMPT * attempts) | FAILED | (test.failed ? 0 : PASSED));
          retriedNames.add(detach(test.attrs.name ?? ''));
          keepProblem(key, test, test.message, test.body.trim() || test.output.trim());
        } else if (test.skipped) skipped++;
        else passed++;
      },
    },
    report,
  );
  if (root === undefined) throw new ConfigurationError(`${report}: empty file, not a JUnit XML report`);

  results.reports.push(report);
  results.total += passed + skipped + retried.size;
  results.passed += passed;
  results.skipped += skipped;
  for (const [key, state] of retried) {
    const problem = problems.get(key);
    if (problem) problem.attempts = Math.floor(state / ATTEMPT);
    const flaky = (state & PASSED) !== 0;
    if (flaky) {
      results.passed++;
      results.flaky++;
    } else results.failed++;
    const list = flaky ? results.flakyTests : results.failures;
    if (problem && list.length < KEPT_PROBLEMS) list.push(problem);
    else results.omitted++;
  }
}

/** Identifies a test within a report. */
function keyOf(test: OpenCase): string {
  return `${test.suite ?? ''}\u0000${test.attrs.classname ?? ''}\u0000${test.attrs.name ?? ''}`;
}

function describeProblem(test: OpenCase, message: string | undefined, text: string, report: string, reportFile: string): TestProblem {
  const { attrs } = test;
  const where = locate(attrs, text, reportFile);
  // go test's own framing lines (=== RUN, --- FAIL) say nothing; gotestsum's message is just 'Failed'.
  const firstLine = text.split('\n').find((l) => l.trim() !== '' && !/^\s*(=== |--- )/.test(l));
  if (message && GENERIC_MESSAGE.test(message.trim()) && firstLine) message = undefined;
  return {
    name: detach(attrs.name ?? '(unnamed test)'),
    ...(attrs.classname ? { classname: detach(attrs.classname) } : {}),
    ...(test.suite ? { suite: detach(test.suite) } : {}),
    ...where,
    message: detach(clip((message || firstLine || 'failed').trim(), MESSAGE_MAX)),
    ...(text ? { details: detach(clip(text, DETAILS_MAX)) } : {}),
    attempts: 1,
    report,
  };
}

const GENERIC_MESSAGE = /^(fail(ed|ure)?|error)$/i;
const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|py|go|java|kt|scala|rb|rs|c|cc|cpp|cxx|h|hpp|cs|swift|php)$/;
// Bounded repetitions keep the scan linear on hostile failure text.
const TRACE_LOCATION = /((?:[\w.@~-]{1,200}[\\/]){0,30}[\w.@~-]{1,200}\.[A-Za-z]{1,5}):(\d{1,9})(?::\d+)?/g;

/**
 * Where a failing test points: the file from the testcase (file attribute, or a classname that is a path
 * as vitest writes it), and the line from the failure text when it names that file (the assertion's line,
 * better than the test's start), else from the line attribute.
 */
function locate(attrs: Record<string, string>, text: string, reportFile: string): { file?: string; line?: number } {
  let file = attrs.file || (SOURCE_FILE.test(attrs.classname ?? '') && /[\\/]/.test(attrs.classname ?? '') ? attrs.classname : undefined);
  let line: number | undefined;
  const base = file ? basename(file) : undefined;
  for (const match of text.matchAll(TRACE_LOCATION)) {
    const [, candidate = '', lineText = ''] = match;
    if (!SOURCE_FILE.test(candidate) || candidate.includes('node_modules')) continue;
    if (base && basename(candidate) !== base) continue;
    file ??= candidate;
    line = Number(lineText);
    break;
  }
  if (line === undefined && attrs.line && Number(attrs.line) > 0) line = Number(attrs.line);
  return { ...(file ? { file: sourcePath(file, reportFile) } : {}), ...(line ? { line } : {}) };
}

function basename(file: string): string {
  return file.split(/[\\/]/).at(-1) ?? file;
}
