import { markdownTable } from '@archway/kit';
import { GATE_REPORT_FORMAT, type GateCondition, type GateReport, type GateReportFile } from '@archway/kit/contracts/gate-report';
import type { BenchmarkResults } from './benchmarks/benchmark.ts';
import { formatName } from './formats.ts';
import type { ConditionResult, Evidence, FailOn, GateStatus } from './gate.ts';
import { sortFindings } from './security/sarif.ts';
import type { TestProblem } from './tests/model.ts';

export type { GateReport };
export const REPORT_FORMAT = GATE_REPORT_FORMAT;
/** Lists in the report-json output and the summary are cut to this many entries; counts stay exact. */
export const LISTED = 50;

const withoutDetails = (p: TestProblem): TestProblem => {
  const { details: _details, ...rest } = p;
  return rest;
};

function condition(c: ConditionResult): GateCondition {
  return {
    id: c.id,
    section: c.section,
    label: c.label,
    bound: c.bound,
    unit: c.unit,
    threshold: c.threshold,
    level: c.level,
    ...(c.value !== undefined ? { actual: c.value } : {}),
    ok: c.verdict === 'pass' || c.verdict === 'skip',
    verdict: c.verdict,
    ...(c.note ? { note: c.note } : {}),
  };
}

/** Every file read, with the input that named it and the format it was read as. */
function reportsRead(evidence: Evidence): GateReportFile[] {
  const { tests, coverage, security, benchmarks } = evidence;
  return [
    ...(tests?.formats ?? []).map((r) => ({ input: 'junit', file: r.file, format: r.format })),
    ...(coverage?.reports ?? []).map((r) => ({ input: 'coverage', file: r.file, format: r.format })),
    ...(security?.reports ?? []).map((file) => ({ input: 'sarif', file, format: 'sarif' })),
    ...(benchmarks?.reports ?? []).map((file) => ({ input: 'benchmark', file, format: 'benchmark-result' })),
  ];
}

/** The machine-readable report (the kit's gate-report contract): every condition, exact counts, the first LISTED items. */
export function buildReport(
  results: ConditionResult[],
  evidence: Evidence,
  status: GateStatus,
  passed: boolean,
  failOn: FailOn,
): GateReport {
  const { tests, coverage, security, benchmarks, baseline } = evidence;
  return {
    format: GATE_REPORT_FORMAT,
    status,
    passed,
    failOn,
    ...(process.env.GITHUB_SHA ? { commit: process.env.GITHUB_SHA } : {}),
    conditions: results.map(condition),
    counts: {
      ...(tests
        ? { tests: { total: tests.total, passed: tests.passed, failed: tests.failed, skipped: tests.skipped, flaky: tests.flaky } }
        : {}),
      ...(coverage
        ? {
            coverage: {
              files: coverage.files,
              ...(coverage.line.pct !== undefined ? { line: coverage.line.pct } : {}),
              ...(coverage.branch.pct !== undefined ? { branch: coverage.branch.pct } : {}),
            },
          }
        : {}),
      ...(security ? { security: { ...security.counts } } : {}),
      ...(benchmarks
        ? { benchmarks: { benchmarks: benchmarks.benchmarks, regressions: benchmarks.regressions, worstChange: benchmarks.worstChange } }
        : {}),
    },
    reports: reportsRead(evidence),
    ...(tests
      ? {
          tests: {
            total: tests.total,
            passed: tests.passed,
            failed: tests.failed,
            skipped: tests.skipped,
            flaky: tests.flaky,
            omitted: tests.omitted,
            failures: tests.failures.slice(0, LISTED).map(withoutDetails),
            flakyTests: tests.flakyTests.slice(0, LISTED).map(withoutDetails),
          },
        }
      : {}),
    ...(coverage
      ? {
          coverage: {
            files: coverage.files,
            line: coverage.line,
            branch: coverage.branch,
            byFile: coverage.byFile.slice(0, LISTED),
            ...(baseline
              ? {
                  baseline: {
                    ref: baseline.ref,
                    ...(baseline.commit ? { commit: baseline.commit } : {}),
                    ...(baseline.line !== undefined ? { line: baseline.line } : {}),
                    ...(baseline.branch !== undefined ? { branch: baseline.branch } : {}),
                  },
                }
              : {}),
          },
        }
      : {}),
    ...(security
      ? {
          security: { counts: security.counts, omitted: security.omitted, findings: sortFindings([...security.findings]).slice(0, LISTED) },
        }
      : {}),
    ...(benchmarks
      ? {
          benchmarks: {
            benchmarks: benchmarks.benchmarks,
            regressions: benchmarks.regressions,
            worstChange: benchmarks.worstChange,
            regressed: benchmarks.regressed.slice(0, LISTED).map((b) => ({
              name: b.name,
              unit: b.unit,
              ...(b.baseline !== undefined ? { baseline: b.baseline } : {}),
              current: b.current,
              ...(b.change !== undefined ? { change: b.change } : {}),
              level: b.level,
              report: b.report,
            })),
          },
        }
      : {}),
  };
}

const VERDICT: Record<GateCondition['verdict'], string> = { pass: '✅ pass', warn: '⚠️ warn', fail: '❌ fail', skip: '➖ skipped' };
export const HEADLINE: Record<GateStatus, string> = {
  pass: '✅ Quality gate passed',
  warn: '⚠️ Quality gate passed with warnings',
  fail: '❌ Quality gate failed',
};

export function number(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/\.?0+$/, '');
}

export function formatValue(unit: GateCondition['unit'], value: number): string {
  if (unit === 'percent') return `${number(value)}%`;
  if (unit === 'points') return `${number(value)} pts`;
  return number(value);
}

export function formatThreshold(c: Pick<GateCondition, 'bound' | 'unit' | 'threshold'>): string {
  return `${c.bound === 'min' ? '≥' : '≤'} ${formatValue(c.unit, c.threshold)}`;
}

/** Why a condition failed or warned, in one line: the reason a person reads first. */
export function reason(c: GateCondition): string {
  if (c.actual === undefined) return `${c.label}: ${c.note ?? 'nothing to measure'}, expected ${formatThreshold(c)}`;
  return `${c.label} is ${formatValue(c.unit, c.actual)}, expected ${formatThreshold(c)}${c.note ? ` (${c.note})` : ''}`;
}

export function location(file?: string, line?: number): string {
  if (!file) return '';
  return line ? `${file}:${line}` : file;
}

export function oneLine(text: string, max = 200): string {
  const first = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return first.length > max ? `${first.slice(0, max - 1)}…` : first;
}

function more(shown: number, total: number): string {
  return total > shown ? `\n\n_… and ${total - shown} more (see the report-json output)._` : '';
}

export function testName(t: Pick<TestProblem, 'name' | 'classname'>): string {
  return t.classname && !t.name.includes(t.classname) ? `${t.classname} › ${t.name}` : t.name;
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
        c.actual === undefined ? (c.note ?? '') : `${formatValue(c.unit, c.actual)}${c.note ? ` (${c.note})` : ''}`,
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

function benchmarkSection(
  benchmarks: Pick<BenchmarkResults, 'regressions'> & { regressed: NonNullable<GateReport['benchmarks']>['regressed'] },
): string {
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
  const lines = report.reports.map((r) => `- ${r.input}: ${r.file} (${formatName(r.format)})`);
  if (report.coverage) lines.push(`- coverage: ${report.coverage.files} source file${report.coverage.files === 1 ? '' : 's'} in all`);
  return `<details><summary>Reports read</summary>\n\n${lines.join('\n') || 'none matched'}\n\n</details>`;
}
