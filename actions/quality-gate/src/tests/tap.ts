import { ConfigurationError } from '@archway/kit';
import { reportLines } from '../lines.ts';
import { repoPath } from '../paths.ts';
import { type Outcome, TestFold } from './fold.ts';
import { DETAILS_MAX, type TestResults } from './model.ts';
import { describeProblem } from './problem.ts';

const TEST_LINE = /^(not ok|ok)\b\s*(\d+)?\s*(?:-\s*)?([^#]*?)\s*(?:#\s*(.*))?$/i;
const PLAN = /^1\.\.(\d+)/;

interface Level {
  indent: number;
  names: string[];
  planned?: number;
  seen: number;
  /** Whether a test of this level failed (for the parent line's own verdict). */
  failed: boolean;
  /** The `# Subtest: name` announced for the level that opens next. */
  subtest?: string;
  named: boolean;
}

interface Pending {
  depth: number;
  name?: string;
  path: string;
  outcome: Outcome;
  directive: string;
  hasChildren: boolean;
  childFailed: boolean;
  yaml: string[];
}

/**
 * TAP 13/14 and KTAP (kselftest, KUnit, node --test's tap reporter, prove). Each `ok`/`not ok` line is a
 * test; nested tests (TAP 14 subtests and KTAP, indented) are counted as the tests, and the line of their
 * parent counts only when it failed on its own (no failing child), as a suite that crashed. `# SKIP` and
 * `# TODO` (ok or not: a test not done yet) are skipped, as node --test and prove count them apart; the YAML block after a failure
 * gives its message and location. A plan (1..N) with fewer results is a failure: the missing tests count
 * as failed. `Bail out!` counts as one failed test. kselftest's `# `-prefixed nested output is commentary.
 */
export async function readTap(file: string, results: TestResults): Promise<void> {
  const label = repoPath(file);
  const fold = new TestFold(label);
  const levels: Level[] = [{ indent: 0, names: [], seen: 0, failed: false, named: true }];
  let last: Pending | undefined;
  let inYaml = false;
  let lines = 0;
  let tests = 0;
  let sawPlan = false;

  const flush = () => {
    if (!last) return;
    const test = last;
    last = undefined;
    if (test.hasChildren && !(test.outcome === 'failed' && !test.childFailed)) return;
    tests++;
    const yaml = test.yaml.join('\n');
    fold.add({
      name: test.name,
      classname: test.path || undefined,
      outcome: test.outcome,
      problem: () =>
        describeProblem(
          {
            name: test.name,
            classname: test.path || undefined,
            message: yamlMessage(test.yaml) ?? (test.directive || undefined),
            text: yaml,
          },
          file,
        ),
    });
  };

  for await (const [raw] of reportLines(file, label, 'junit')) {
    lines++;
    const line = raw.replace(/\s+$/, '');
    const indent = line.length - line.trimStart().length;
    const text = line.trimStart();
    if (inYaml) {
      if (/^\.\.\.$/.test(text)) inYaml = false;
      else if (last && last.yaml.join('\n').length < DETAILS_MAX) last.yaml.push(line);
      continue;
    }
    if (text === '---' && last) {
      inYaml = true;
      continue;
    }
    if (text === '' || /^(TAP|KTAP) version \d+/i.test(text) || text.startsWith('pragma ')) {
      if (/^(TAP|KTAP) version/i.test(text) && indent > (levels.at(-1)?.indent ?? 0)) openLevel(indent);
      continue;
    }
    const subtest = /^#\s*Subtest:\s*(.*)$/.exec(text);
    if (subtest) {
      const current = levels.at(-1) as Level;
      const name = subtest[1] ?? '';
      if (indent > current.indent) openLevel(indent).subtest = name;
      // KTAP names its level after opening it ("KTAP version 1", then "# Subtest: suite").
      else if (levels.length > 1 && !current.named && current.seen === 0) {
        current.names.push(name);
        current.named = true;
      } else current.subtest = name;
      continue;
    }
    if (text.startsWith('#')) continue;
    if (/^Bail out!/i.test(text)) {
      flush();
      fold.add({ outcome: 'failed', problem: () => describeProblem({ name: 'Bail out!', message: text, text }, file) });
      tests++;
      break;
    }
    const plan = PLAN.exec(text);
    if (plan) {
      if (indent > (levels.at(-1)?.indent ?? 0)) openLevel(indent);
      (levels.at(-1) as Level).planned = Number(plan[1]);
      sawPlan = true;
      continue;
    }
    const match = TEST_LINE.exec(text);
    if (!match) continue;
    // A result line less indented than the open level closes the nested levels: it is their parent.
    let childFailed = false;
    let hasChildren = false;
    while (levels.length > 1 && indent < (levels.at(-1) as Level).indent) {
      flush();
      const closed = levels.pop() as Level;
      missing(closed);
      hasChildren = true;
      childFailed ||= closed.failed;
    }
    flush();
    const level = levels.at(-1) as Level;
    const directive = (match[4] ?? '').trim();
    const failed = match[1]?.toLowerCase() === 'not ok';
    const outcome: Outcome = /^(skip|todo)/i.test(directive) ? 'skipped' : failed ? 'failed' : 'passed';
    level.seen++;
    level.subtest = undefined;
    if (outcome === 'failed') level.failed = true;
    last = {
      depth: levels.length,
      name: (match[3] ?? '').trim() || undefined,
      path: level.names.join(' › '),
      outcome,
      directive,
      hasChildren,
      childFailed,
      yaml: [],
    };
  }
  flush();
  while (levels.length > 0) missing(levels.pop() as Level);
  if (tests === 0 && !sawPlan) throw new ConfigurationError(`${label}: no TAP results (ok / not ok) and no plan in its ${lines} lines`);
  fold.finish(results);

  function openLevel(indent: number): Level {
    const parent = levels.at(-1) as Level;
    const level: Level = {
      indent,
      names: [...parent.names, ...(parent.subtest ? [parent.subtest] : [])],
      seen: 0,
      failed: false,
      named: parent.subtest !== undefined,
    };
    parent.subtest = undefined;
    levels.push(level);
    return level;
  }

  function missing(level: Level): void {
    const count = (level.planned ?? 0) - level.seen;
    for (let i = 0; i < count; i++) {
      tests++;
      fold.add({
        outcome: 'failed',
        problem: () =>
          describeProblem(
            {
              name: `test ${level.seen + i + 1} of ${level.planned}${level.names.length ? ` in ${level.names.join(' › ')}` : ''}`,
              message: `planned ${level.planned} tests, ${level.seen} reported`,
              text: '',
            },
            file,
          ),
      });
    }
  }
}

/** The message of a TAP YAML diagnostic block: its `message` or `error` key, inline or as a block scalar. */
function yamlMessage(yaml: string[]): string | undefined {
  for (let i = 0; i < yaml.length; i++) {
    const match = /^\s*(message|error):\s*(.*)$/.exec(yaml[i] ?? '');
    if (!match) continue;
    const value = (match[2] ?? '').trim();
    if (/^[|>][-+]?$/.test(value)) return yaml[i + 1]?.trim();
    return value.replace(/^(['"])(.*)\1$/, '$2') || undefined;
  }
  return undefined;
}
