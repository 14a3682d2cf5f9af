import { ConfigurationError } from '@archway/kit';
import { readJsonReport } from '../coverage/json-file.ts';
import { jsonLines } from '../lines.ts';
import { repoPath } from '../paths.ts';
import { type Outcome, TestFold } from './fold.ts';
import { DETAILS_MAX, type TestResults } from './model.ts';
import { describeProblem } from './problem.ts';

type Json = Record<string, unknown>;
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter((v): v is Json => typeof v === 'object' && v !== null) : []);

async function jsonObject(file: string, label: string, format: string, mark: string): Promise<Json> {
  const data = await readJsonReport(file, label, 'junit');
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !(mark in data))
    throw new ConfigurationError(`${label}: not ${format} (no "${mark}")`);
  return data as Json;
}

/**
 * Jest's `--json` output (also vitest's json reporter): testResults per test file with assertionResults
 * (status passed, failed, pending, skipped, todo, disabled). A test file that failed to run has no
 * assertions and a message: it counts as one failed test named after the file, since its tests never ran.
 */
export async function readJestJson(file: string, results: TestResults): Promise<void> {
  const label = repoPath(file);
  const data = await jsonObject(file, label, 'Jest JSON', 'testResults');
  const fold = new TestFold(label);
  for (const suite of list(data.testResults)) {
    const path = str(suite.name) ?? str(suite.testFilePath) ?? '';
    const assertions = list(suite.assertionResults);
    if (assertions.length === 0 && suite.status === 'failed') {
      const message = str(suite.message) ?? str(suite.failureMessage) ?? 'the test file failed to run';
      fold.add({
        name: path || undefined,
        classname: '(test file)',
        outcome: 'failed',
        problem: () => describeProblem({ name: `${path}: failed to run`, file: path, message: firstLine(message), text: message }, file),
      });
      continue;
    }
    for (const test of assertions) {
      const status = str(test.status) ?? '';
      const outcome: Outcome = status === 'passed' ? 'passed' : status === 'failed' ? 'failed' : 'skipped';
      const classname = [path, ...(Array.isArray(test.ancestorTitles) ? test.ancestorTitles : [])].join(' › ');
      const name = str(test.title) ?? str(test.fullName);
      const messages = (Array.isArray(test.failureMessages) ? test.failureMessages : []).filter((m): m is string => typeof m === 'string');
      const retries = Array.isArray(test.retryReasons) ? test.retryReasons.length : 0;
      fold.add({
        name,
        classname,
        outcome,
        failedAttempts: retries,
        problem: () =>
          describeProblem(
            {
              name: str(test.fullName) ?? name,
              file: path,
              line: num((test.location as Json | undefined)?.line),
              message: firstLine(messages[0] ?? (test.retryReasons as string[] | undefined)?.[0] ?? ''),
              text: (messages.join('\n') || ((test.retryReasons as string[] | undefined) ?? []).join('\n')).slice(0, DETAILS_MAX),
            },
            file,
          ),
      });
    }
  }
  fold.finish(results);
}

/**
 * Mocha's `--reporter json`: `tests` holds every test that ran or was pending, with `err` set for a
 * failure (an empty object otherwise); `pending` lists the skipped ones. Hook failures ("before all" hook)
 * appear in `failures` only: each counts as a failed test.
 */
export async function readMochaJson(file: string, results: TestResults): Promise<void> {
  const label = repoPath(file);
  const data = await jsonObject(file, label, 'Mocha JSON', 'stats');
  const fold = new TestFold(label);
  const pending = new Set(list(data.pending).map((t) => `${str(t.file) ?? ''}\u0000${str(t.fullTitle) ?? ''}`));
  const seen = new Set<string>();
  const add = (test: Json, forced?: Outcome) => {
    const key = `${str(test.file) ?? ''}\u0000${str(test.fullTitle) ?? ''}`;
    seen.add(key);
    const err = (test.err ?? {}) as Json;
    const failed = Object.keys(err).length > 0;
    const outcome: Outcome = forced ?? (pending.has(key) || test.pending === true ? 'skipped' : failed ? 'failed' : 'passed');
    fold.add({
      name: str(test.fullTitle) ?? str(test.title),
      classname: str(test.file),
      outcome,
      problem: () =>
        describeProblem(
          { name: str(test.fullTitle) ?? str(test.title), message: str(err.message), text: str(err.stack) ?? str(err.message) ?? '' },
          file,
        ),
    });
  };
  for (const test of list(data.tests)) add(test);
  for (const test of list(data.pending)) if (!seen.has(`${str(test.file) ?? ''}\u0000${str(test.fullTitle) ?? ''}`)) add(test, 'skipped');
  for (const test of list(data.failures)) if (!seen.has(`${str(test.file) ?? ''}\u0000${str(test.fullTitle) ?? ''}`)) add(test, 'failed');
  fold.finish(results);
}

/**
 * `go test -json` (test2json): one event per line. A test's last pass, fail or skip is its outcome;
 * subtests are tests of their own, as go reports them. A package that failed without any test failing
 * (it did not build, or a test binary crashed outside a test) counts as one failed test named after it.
 * Output lines of a running test are kept, bounded, for its failure message.
 */
export async function readGoTestJson(file: string, results: TestResults): Promise<void> {
  const label = repoPath(file);
  const fold = new TestFold(label);
  const output = new Map<string, string>();
  const failedTests = new Set<string>();
  const packageOutput = new Map<string, string>();
  let events = 0;
  for await (const [event] of jsonLines(file, label, 'junit')) {
    const action = str(event.Action);
    const pkg = str(event.Package) ?? '';
    const test = str(event.Test);
    if (!action) continue;
    events++;
    const key = `${pkg}\u0000${test ?? ''}`;
    if (action === 'output') {
      const text = str(event.Output) ?? '';
      const map = test ? output : packageOutput;
      const before = map.get(key) ?? '';
      if (before.length < DETAILS_MAX) map.set(key, before + text.slice(0, DETAILS_MAX - before.length));
      continue;
    }
    if (action !== 'pass' && action !== 'fail' && action !== 'skip') continue;
    if (!test) {
      if (action === 'fail' && ![...failedTests].some((t) => t.startsWith(`${pkg}\u0000`))) {
        const text = packageOutput.get(key) ?? '';
        fold.add({
          name: pkg,
          classname: '(package)',
          outcome: 'failed',
          problem: () => describeProblem({ name: `${pkg} (package)`, message: 'the package failed outside of any test', text }, file),
        });
      }
      packageOutput.delete(key);
      continue;
    }
    const outcome: Outcome = action === 'pass' ? 'passed' : action === 'fail' ? 'failed' : 'skipped';
    if (outcome === 'failed') failedTests.add(key);
    const text = output.get(key) ?? '';
    output.delete(key);
    fold.add({ name: test, classname: pkg, outcome, problem: () => describeProblem({ name: test, classname: pkg, text }, file) });
  }
  if (events === 0) throw new ConfigurationError(`${label}: no go test -json events (lines with "Action") in it`);
  fold.finish(results);
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? ''
  );
}
