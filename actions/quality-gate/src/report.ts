import { markdownTable } from '@archway/kit';
import type { BenchmarkResults } from './benchmarks/benchmark.ts';
import type { Baseline } from './coverage/baseline.ts';
import type { CoverageResults } from './coverage/model.ts';
import type { ConditionResult, Evidence, FailOn, GateStatus } from './gate.ts';
import { type Finding, type SecurityResults, sortFindings } from './security/sarif.ts';
import type { TestProblem, TestResults } from './tests/junit.ts';

export const REPORT_FORMAT = 'archway.quality-gate/v1';
/** Lists in the report-json output and the summary are cut to this many entries; counts stay exact. */
export const LISTED = 50;

/** A condition as the report shows it. */
export type ReportedCondition = Pick<
  ConditionResult,
  'id' | 'label' | 'bound' | 'unit' | 'threshold' | 'level' | 'value' | 'verdict' | 'note'
>;

export interface GateReport {
  format: typeof REPORT_FORMAT;
  status: GateStatus;
  passed: boolean;
  failOn: FailOn;
  commit?: string;
  conditions: ReportedCondition[];
  tests?: Omit<TestResults, 'failures' | 'flakyTests'> & { failures: TestProblem[]; flakyTests: TestProblem[] };
  coverage?: CoverageResults & { baseline?: Baseline };
  security?: Omit<SecurityResults, 'findings'> & { findings: Finding[] };
  benchmarks?: BenchmarkResults;
}

const withoutDetails = (p: TestProblem): TestProblem => {
  const { details: _details, ...rest } = p;
  return rest;
};

/** The machine-readable report: every condition, exact counts, and the first LISTED items of each list. */
export function buildReport(
  conditions: ConditionResult[],
  evidence: Evidence,
  status: GateStatus,
  passed: boolean,
  failOn: FailOn,
): GateReport {
  const { tests, coverage, security, benchmarks, baseline } = evidence;
  return {
    format: REPORT_FORMAT,
    status,
    passed,
    failOn,
    ...(process.env.GITHUB_SHA ? { commit: process.env.GITHUB_SHA } : {}),
    conditions: conditions.map(({ id, label, bound, unit, threshold, level, value, verdict, note }) => ({
      id,
      label,
      bound,
      unit,
      threshold,
      level,
      ...(value !== undefined ? { value } : {}),
      verdict,
      ...(note ? { note } : {}),
    })),
    ...(tests
      ? {
          tests: {
            ...tests,
            failures: tests.failures.slice(0, LISTED).map(withoutDetails),
            flakyTests: tests.flakyTests.slice(0, LISTED).map(withoutDetails),
          },
        }
      : {}),
    ...(coverage ? { coverage: { ...coverage, ...(baseline ? { baseline } : {}) } } : {}),
    ...(security ? { security: { ...security, findings: sortFindings([...security.findings]).slice(0, LISTED) } } : {}),
    ...(benchmarks ? { benchmarks: { ...benchmarks, regressed: benchmarks.regressed.slice(0, LISTED) } } : {}),
  };
}

const VERDICT: Record<ConditionResult['verdict'], string> = { pass: '✅ pass', warn: '⚠️ warn', fail: '❌ fail', skip: '➖ skipped' };
const HEADLINE: Record<GateStatus, string> = {
  pass: '✅ Quality gate passed',
  warn: '⚠️ Quality gate passed with warnings',
  fail: '❌ Quality gate failed',
};

function number(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/\.?0+$/, '');
}

export function formatValue(unit: ConditionResult['unit'], value: number): string {
  if (unit === 'percent') return `${number(value)}%`;
  if (unit === 'points') return `${number(value)} pts`;
  return number(value);
}

export function formatThreshold(c: ReportedCondition): string {
  return `${c.bound === 'min' ? '≥' : '≤'} ${formatValue(c.unit, c.threshold)}`;
}

/** Why a condition failed or warned, in one line: the reason a person reads first. */
export function reason(c: ReportedCondition): string {
  return `${c.label} is ${formatValue(c.unit, c.value ?? 0)}, expected ${formatThreshold(c)}${c.note ? ` (${c.note})` : ''}`;
}

function location(file?: string, line?: number): string {
  if (!file) return '';
  return line ? `${file}:${line}` : file;
}

function oneLine(text: string, max = 200): string {
  const first = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return first.length > max ? `${first.slice(0, max - 1)}…` : first;
}

function more(shown: number, total: number): string {
  return total > shown ? `\n\n_… and ${total - shown} more (see the report-json output)._` : '';
}

/** The Markdown report for the job summary, the check run and the PR comment. */
export function renderMarkdown(report: GateReport): string {
  const { conditions } = report;
  const failed = conditions.filter((c) => c.verdict === 'fail').length;
  const warned = conditions.filter((c) => c.verdict === 'warn').length;
  const parts = [`## ${HEADLINE[report.status]}`];
  const counted = `${conditions.length} condition${conditions.length === 1 ? '' : 's'}`;
  parts.push(
    failed + warned === 0
      ? `All ${counted} met.`
      : `${[failed ? `${failed} failed` : '', warned ? `${warned} warned` : ''].filter(Boolean).join(' and ')}, of ${counted}.`,
  );
  parts.push(
    markdownTable(
      ['Condition', 'Value', 'Threshold', 'Verdict'],
      conditions.map((c) => [
        c.label,
        c.value === undefined ? (c.note ?? '') : `${formatValue(c.unit, c.value)}${c.note ? ` (${c.note})` : ''}`,
        `${formatThreshold(c)}${c.level === 'warn' ? ' (warn)' : ''}`,
        VERDICT[c.verdict],
      ]),
    ),
  );
  if (report.tests) parts.push(...testSections(report.tests));
  if (report.security && report.security.findings.length > 0) parts.push(securitySection(report.security));
  if (report.benchmarks && report.benchmarks.regressed.length > 0) parts.push(benchmarkSection(report.benchmarks));
  parts.push(readSection(report));
  return `${parts.join('\n\n')}\n`;
}

function testSections(tests: NonNullable<GateReport['tests']>): string[] {
  const sections = [
    `**Tests:** ${tests.total} (${tests.passed} passed, ${tests.failed} failed, ${tests.skipped} skipped${tests.flaky ? `, ${tests.flaky} flaky` : ''})`,
  ];
  if (tests.failed > 0) {
    sections.push(
      `### Failed tests (${tests.failed})\n\n${markdownTable(
        ['Test', 'Where', 'Message'],
        tests.failures.map((t) => [testName(t), location(t.file, t.line), oneLine(t.message)]),
      )}${more(tests.failures.length, tests.failed)}`,
    );
  }
  if (tests.flaky > 0) {
    sections.push(
      `### Flaky tests (${tests.flaky}): passed after a retry\n\n${markdownTable(
        ['Test', 'Attempts', 'First failure'],
        tests.flakyTests.map((t) => [testName(t), t.attempts, oneLine(t.message)]),
      )}${more(tests.flakyTests.length, tests.flaky)}`,
    );
  }
  return sections;
}

function testName(t: TestProblem): string {
  return t.classname && !t.name.includes(t.classname) ? `${t.classname} › ${t.name}` : t.name;
}

function securitySection(security: NonNullable<GateReport['security']>): string {
  const { counts } = security;
  const total = counts.critical + counts.high + counts.medium + counts.low;
  return `### Security findings (${total}: ${counts.critical} critical, ${counts.high} high, ${counts.medium} medium, ${counts.low} low)\n\n${markdownTable(
    ['Severity', 'Rule', 'Where', 'Message'],
    security.findings.map((f) => [
      f.score !== undefined ? `${f.severity} (${f.score})` : f.severity,
      `${f.tool}: ${f.ruleId}`,
      location(f.file, f.line),
      oneLine(f.message),
    ]),
  )}${more(security.findings.length, total)}`;
}

function benchmarkSection(benchmarks: BenchmarkResults): string {
  return `### Benchmark regressions (${benchmarks.regressions})\n\n${markdownTable(
    ['Benchmark', 'Change', 'Baseline → current', 'Level'],
    benchmarks.regressed.map((b) => [
      b.name,
      `+${number(b.change ?? 0)}%`,
      `${b.baseline === undefined ? '?' : number(b.baseline)} → ${number(b.current)} ${b.unit}`,
      b.level,
    ]),
  )}${more(benchmarks.regressed.length, benchmarks.regressions)}`;
}

function readSection(report: GateReport): string {
  const lines: string[] = [];
  if (report.tests) lines.push(`- JUnit: ${report.tests.reports.join(', ') || 'none matched'}`);
  if (report.coverage)
    lines.push(
      `- Coverage: ${report.coverage.reports.map((r) => `${r.file} (${r.format})`).join(', ') || 'none matched'}, ${report.coverage.files} source file${report.coverage.files === 1 ? '' : 's'}`,
    );
  if (report.security) lines.push(`- SARIF: ${report.security.reports.join(', ') || 'none matched'}`);
  if (report.benchmarks) lines.push(`- Benchmarks: ${report.benchmarks.reports.join(', ') || 'none matched'}`);
  return `<details><summary>Reports read</summary>\n\n${lines.join('\n')}\n\n</details>`;
}
