import type { RunStatus } from './conditions.ts';
import { formatDuration, type RunContext } from './context.ts';
import { conditionText, findings, formatNumber } from './results/describe.ts';
import type { Results } from './results/results.ts';

const STATUS_TEXT: Record<RunStatus, string> = {
  success: 'succeeded',
  failure: 'failed',
  cancelled: 'was cancelled',
  partial: 'partly failed',
};
const STATUS_EMOJI: Record<RunStatus, string> = { success: '✅', failure: '❌', cancelled: '⏹️', partial: '⚠️' };

/** The fields a template can use. Strings are Markdown-escaped already, except the URLs. */
export interface View extends RunContext {
  status: RunStatus;
  statusText: string;
  statusEmoji: string;
  success: boolean;
  failure: boolean;
  cancelled: boolean;
  partial: boolean;
  duration: string | null;
  /** The most important finding (the gate's verdict), or the status sentence. */
  headline: string;
  /** Every other finding. */
  details: string[];
  facts: { name: string; value: string }[];
  gate: {
    passed: boolean;
    status: string;
    failed: { text: string }[];
    conditions: { label: string; value: string; threshold: string; verdict: string; text: string }[];
  } | null;
  tests: { total: number; passed: number; failed: number; skipped: number; flaky: number } | null;
  coverage: { line: string | null; branch: string | null } | null;
  vulnerabilities: { critical: number; high: number; medium: number; low: number; unknown: number } | null;
  benchmarks: { name: string; change: string; current: string; unit: string; verdict: string }[];
  boots: { arch: string; machine: string; result: string; seconds: string }[];
  boards: { board: string; result: string }[];
}

/** Backslash-escape what Markdown would read as markup, so a branch name or a PR title stays text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#]/g, '\\$&');
}

export function unescapeMarkdown(text: string, only = /[\\`*_[\]<>|~#]/): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, (whole, c: string) => (only.test(c) ? c : whole));
}

/** Everything a template may show, from the run context, the status and the results. */
export function buildView(context: RunContext, status: RunStatus, results: Results): View {
  const e = escapeMarkdown;
  const all = findings(results).map(e);
  const statusSentence = `${e(context.workflow || 'The workflow')} ${STATUS_TEXT[status]}`;
  const gate = results.gates[0];
  const tests = results.gates.find((g) => g.tests)?.tests ?? null;
  const coverage = results.gates.find((g) => g.coverage)?.coverage;
  const sbom = results.sboms[0];
  const vulnerabilities = sbom ? sbom.vulnerabilities : null;
  const duration = context.durationSeconds === null ? null : formatDuration(context.durationSeconds);
  const view: View = {
    status,
    statusText: STATUS_TEXT[status],
    statusEmoji: STATUS_EMOJI[status],
    success: status === 'success',
    failure: status === 'failure',
    cancelled: status === 'cancelled',
    partial: status === 'partial',
    repository: e(context.repository),
    repositoryUrl: context.repositoryUrl,
    workflow: e(context.workflow),
    job: e(context.job),
    runId: context.runId,
    runNumber: context.runNumber,
    runAttempt: context.runAttempt,
    runUrl: context.runUrl,
    event: e(context.event),
    ref: e(context.ref),
    branch: e(context.branch),
    commit: context.commit,
    shortCommit: context.shortCommit,
    commitUrl: context.commitUrl,
    actor: e(context.actor),
    pr: context.pr ? { number: context.pr.number, title: e(context.pr.title), url: context.pr.url } : null,
    duration,
    durationSeconds: context.durationSeconds,
    headline: all[0] ?? statusSentence,
    details: all.slice(1),
    facts: [],
    gate: gate
      ? {
          passed: gate.passed,
          status: gate.status,
          failed: gate.conditions.filter((c) => c.verdict === 'fail').map((c) => ({ text: e(conditionText(c)) })),
          conditions: gate.conditions.map((c) => ({
            label: e(c.label),
            value: c.value === undefined ? '' : formatNumber(c.value),
            threshold: formatNumber(c.threshold),
            verdict: c.verdict,
            text: e(conditionText(c)),
          })),
        }
      : null,
    tests,
    coverage: coverage
      ? {
          line: coverage.line === undefined ? null : `${formatNumber(coverage.line)}%`,
          branch: coverage.branch === undefined ? null : `${formatNumber(coverage.branch)}%`,
        }
      : null,
    vulnerabilities,
    benchmarks: results.benchmarks.flatMap((r) =>
      r.benchmarks.map((b) => ({
        name: e(b.name),
        change: b.change === undefined ? 'new' : `${b.change > 0 ? '+' : ''}${formatNumber(b.change)}%`,
        current: formatNumber(b.current),
        unit: e(b.unit),
        verdict: b.verdict,
      })),
    ),
    boots: results.boots.map((b) => ({
      arch: e(b.arch),
      machine: e(b.machine),
      result: e(b.result),
      seconds: formatNumber(b.totalSeconds),
    })),
    boards: results.hardware.flatMap((h) => h.boards.map((b) => ({ board: e(b.board), result: e(b.result) }))),
  };
  view.facts = factsOf(view);
  return view;
}

/** The short name/value pairs every channel can show as a table (Slack fields, embed fields, card facts). */
function factsOf(view: View): { name: string; value: string }[] {
  const facts = [
    { name: 'Status', value: `${view.statusEmoji} ${view.statusText}` },
    { name: 'Branch', value: view.branch },
    { name: 'Commit', value: `[${view.shortCommit}](${view.commitUrl})` },
    { name: 'Actor', value: view.actor },
  ];
  if (view.pr) facts.push({ name: 'Pull request', value: `[#${view.pr.number}](${view.pr.url}) ${view.pr.title}` });
  if (view.duration) facts.push({ name: 'Duration', value: view.duration });
  if (view.tests) {
    const t = view.tests;
    facts.push({
      name: 'Tests',
      value: `${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped${t.flaky ? `, ${t.flaky} flaky` : ''}`,
    });
  }
  if (view.coverage?.line)
    facts.push({
      name: 'Coverage',
      value: `${view.coverage.line} lines${view.coverage.branch ? `, ${view.coverage.branch} branches` : ''}`,
    });
  if (view.vulnerabilities) {
    const v = view.vulnerabilities;
    facts.push({ name: 'Vulnerabilities', value: `${v.critical} critical, ${v.high} high, ${v.medium} medium, ${v.low} low` });
  }
  return facts.filter((f) => f.value.trim() !== '');
}
