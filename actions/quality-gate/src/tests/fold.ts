import { attemptsOf, FAILED, identityHash, PASSED, SKIPPED, TestStates } from './hash-set.ts';
import { KEPT_PROBLEMS, type TestProblem, type TestResults } from './model.ts';

export type Outcome = 'passed' | 'failed' | 'skipped';

/** One test case as a report states it, whatever its format. */
export interface TestCase {
  name?: string;
  classname?: string;
  suite?: string;
  outcome: Outcome;
  /** Failed attempts the case itself reports before its outcome (Surefire's flakyFailure, rerunFailure). */
  failedAttempts?: number;
  /** What a person needs to fix it; asked for only when the case has a failed attempt. */
  problem?: () => Omit<TestProblem, 'attempts' | 'report'>;
}

/**
 * Counts the test cases of one report, folding retries. The rules (action.yml says the same):
 * - a test is its suite, class name and name; the same test seen again in the same report is another
 *   attempt of it, in whatever order the attempts come. A test case without a name is a test of its own.
 * - a test with a failed attempt and a passed one is flaky and counts as passed; one whose attempts all
 *   failed counts as failed; one only ever skipped counts as skipped; skipped attempts do not change the
 *   outcome of a test that also ran.
 * - a case marked skipped or disabled is skipped, even with a failure inside (ctest's and Xcode's
 *   disabled tests keep the failure of their last run).
 */
export class TestFold {
  private readonly states = new TestStates();
  private readonly problems = new Map<string, { hash: [number, number]; problem: Omit<TestProblem, 'attempts' | 'report'> }>();
  private readonly anonymous = { passed: 0, failed: 0, skipped: 0, flaky: 0 };
  private readonly anonymousProblems: { flaky: boolean; problem: TestProblem }[] = [];
  cases = 0;

  constructor(private readonly report: string) {}

  add(test: TestCase): void {
    this.cases++;
    const failedAttempts = test.failedAttempts ?? 0;
    const bits = (test.outcome === 'passed' ? PASSED : test.outcome === 'failed' ? FAILED : SKIPPED) | (failedAttempts > 0 ? FAILED : 0);
    const attempts = (test.outcome === 'skipped' ? 0 : 1) + failedAttempts;
    if (!test.name) {
      this.addAnonymous(test, bits, attempts);
      return;
    }
    const parts = [test.suite ?? '', test.classname ?? '', test.name];
    const hash = identityHash(parts);
    this.states.update(hash[0], hash[1], bits, attempts);
    if (bits & FAILED && test.problem) {
      const key = parts.join('\u0000');
      if (!this.problems.has(key) && this.problems.size < KEPT_PROBLEMS) this.problems.set(key, { hash, problem: test.problem() });
    }
  }

  private addAnonymous(test: TestCase, bits: number, attempts: number): void {
    if (bits & FAILED) {
      const flaky = (bits & PASSED) !== 0;
      if (flaky) {
        this.anonymous.passed++;
        this.anonymous.flaky++;
      } else this.anonymous.failed++;
      if (test.problem && this.anonymousProblems.length < KEPT_PROBLEMS)
        this.anonymousProblems.push({ flaky, problem: { ...test.problem(), attempts, report: this.report } });
    } else if (bits & PASSED) this.anonymous.passed++;
    else this.anonymous.skipped++;
  }

  /** Add this report's tests to `results`. */
  finish(results: TestResults): void {
    let passed = this.anonymous.passed;
    let failed = this.anonymous.failed;
    let skipped = this.anonymous.skipped;
    let flaky = this.anonymous.flaky;
    for (const state of this.states.states()) {
      if (state & FAILED && state & PASSED) {
        passed++;
        flaky++;
      } else if (state & FAILED) failed++;
      else if (state & PASSED) passed++;
      else skipped++;
    }
    results.reports.push(this.report);
    results.total += passed + failed + skipped;
    results.passed += passed;
    results.failed += failed;
    results.skipped += skipped;
    results.flaky += flaky;
    let listed = 0;
    const list = (into: TestProblem[], problem: TestProblem) => {
      if (into.length < KEPT_PROBLEMS) {
        into.push(problem);
        listed++;
      }
    };
    for (const { flaky, problem } of this.anonymousProblems) list(flaky ? results.flakyTests : results.failures, problem);
    for (const { hash, problem } of this.problems.values()) {
      const state = this.states.get(hash[0], hash[1]);
      const attempts = attemptsOf(state);
      if (state & PASSED) list(results.flakyTests, { ...problem, attempts, report: this.report });
      else list(results.failures, { ...problem, attempts, report: this.report });
    }
    results.omitted += failed + flaky - listed;
  }
}
