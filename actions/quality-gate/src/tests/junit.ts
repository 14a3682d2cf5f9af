import * as core from '@actions/core';
import { ConfigurationError } from '@archway/kit';
import { repoPath } from '../paths.ts';
import { streamXmlReport } from '../xml/read-xml.ts';
import { type Outcome, TestFold } from './fold.ts';
import { DETAILS_MAX, type TestResults } from './model.ts';

export { emptyTestResults } from './model.ts';

import { describeProblem } from './problem.ts';

const OUTPUT_MAX = 2_000;

interface OpenCase {
  attrs: Record<string, string>;
  suite?: string;
  failed: boolean;
  skipped: boolean;
  /** Failed attempts reported inside this testcase (Surefire's rerunFailure / flakyFailure). */
  reruns: number;
  flakes: number;
  message?: string;
  failureFile?: string;
  failureLine?: string;
  body: string;
  output: string;
  capture?: 'body' | 'output';
}

/** Status attribute values (ctest, Xcode, go-junit-report) that mean the test did not run. */
const NOT_RUN = new Set(['disabled', 'notrun', 'skipped', 'skip', 'ignored']);

/**
 * Stream one JUnit XML file into `results`. pytest, jest/vitest, Surefire, gotestsum/go-junit-report and
 * ctest all write <testsuites>/<testsuite>/<testcase>; outcomes are read from the testcase's children
 * (failure, error, skipped) and its status attribute, never from suite totals (nested suites double count).
 * Retries are folded by TestFold's rules.
 */
export async function readJUnit(file: string, results: TestResults): Promise<void> {
  const report = repoPath(file);
  const fold = new TestFold(report);
  const suites: string[] = [];
  let announced = 0;
  let current: OpenCase | undefined;
  let root: string | undefined;

  await streamXmlReport(
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
          announced += Number(attrs.tests) || 0;
          return;
        }
        if (name === 'testcase') {
          const status = attrs.status?.toLowerCase() ?? '';
          current = {
            attrs,
            suite: suites.at(-1) || undefined,
            failed: status === 'fail' || status === 'failed' || status === 'error',
            skipped: NOT_RUN.has(status),
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
            current.failureFile ??= attrs.file;
            current.failureLine ??= attrs.line;
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
        // A skipped or disabled case is skipped even when a failure is kept inside it.
        const outcome: Outcome = test.skipped ? 'skipped' : test.failed ? 'failed' : 'passed';
        const failedAttempts = outcome === 'skipped' ? 0 : test.reruns + test.flakes;
        fold.add({
          name: test.attrs.name,
          classname: test.attrs.classname,
          suite: test.suite,
          outcome,
          failedAttempts,
          problem:
            outcome === 'failed' || failedAttempts > 0
              ? () =>
                  describeProblem(
                    {
                      name: test.attrs.name,
                      classname: test.attrs.classname,
                      suite: test.suite,
                      file: test.failureFile || test.attrs.file,
                      line: Number(test.failureLine || test.attrs.line) || undefined,
                      message: test.message,
                      text: test.body.trim() || test.output.trim(),
                    },
                    file,
                  )
              : undefined,
        });
      },
    },
    report,
  );
  if (root === undefined) throw new ConfigurationError(`${report}: empty file, not a JUnit XML report`);
  if (fold.cases === 0 && announced > 0) {
    core.warning(
      `${report}: its suites announce ${announced} test(s) but hold no <testcase>; no test is counted from it (the reporter wrote totals only)`,
    );
    results.hollow.push(report);
  }
  fold.finish(results);
}
