import type { BenchmarkResults } from './benchmarks/benchmark.ts';
import type { Condition, IfNoData, Section } from './config.ts';
import type { Baseline } from './coverage/baseline.ts';
import type { CoverageResults } from './coverage/model.ts';
import type { SecurityResults } from './security/sarif.ts';
import type { TestResults } from './tests/model.ts';

export type Verdict = 'pass' | 'warn' | 'fail' | 'skip';
export type GateStatus = 'pass' | 'warn' | 'fail';

export interface ConditionResult extends Condition {
  /** Undefined when there was nothing to measure (verdict 'skip'). */
  value?: number;
  verdict: Verdict;
  /** Why a condition was skipped, or what a value was compared with. */
  note?: string;
}

/** What the reports said. A section is absent when no input asked for it, `null` when its files were missing. */
export interface Evidence {
  tests?: TestResults | null;
  coverage?: CoverageResults | null;
  baseline?: Baseline;
  security?: SecurityResults | null;
  benchmarks?: BenchmarkResults | null;
  /** What coverage conditions do when the reports hold no data. */
  ifNoData?: IfNoData;
}

const EVIDENCE: Record<Section, keyof Evidence> = {
  tests: 'tests',
  coverage: 'coverage',
  security: 'security',
  benchmarks: 'benchmarks',
};

const REPORT_KIND: Record<Section, string> = {
  tests: 'JUnit reports',
  coverage: 'coverage reports',
  security: 'SARIF logs',
  benchmarks: 'benchmark results',
};

/** A value to compare; a skip with its reason; or no data where data was required (judged by if-no-data). */
type Measure = { value: number; note?: string } | { skip: string } | { noData: string };

const round = (n: number) => Math.round(n * 100) / 100;

function measure(condition: Condition, evidence: Evidence): Measure {
  const { tests, coverage, baseline, security, benchmarks } = evidence;
  const noLines = coverage !== undefined && coverage !== null && coverage.line.total === 0;
  switch (condition.id) {
    case 'tests.min-pass-rate': {
      const executed = (tests?.passed ?? 0) + (tests?.failed ?? 0);
      if (!tests || executed === 0) return { skip: 'no test ran' };
      return { value: round((tests.passed / executed) * 100), note: `${tests.passed} of ${executed} executed tests passed` };
    }
    case 'tests.min-tests':
      return { value: tests?.total ?? 0 };
    case 'tests.max-failures':
      return { value: tests?.failed ?? 0 };
    case 'tests.max-flaky':
      return { value: tests?.flaky ?? 0 };
    case 'coverage.min-line':
      if (noLines || coverage?.line.pct === undefined) return { noData: 'the coverage reports hold no line data' };
      return { value: coverage.line.pct, note: `${coverage.line.covered} of ${coverage.line.total} lines` };
    case 'coverage.min-branch':
      if (noLines) return { noData: 'the coverage reports hold no data' };
      if (coverage?.branch.pct === undefined) return { skip: 'the reports have no branch data' };
      return { value: coverage.branch.pct, note: `${coverage.branch.covered} of ${coverage.branch.total} branches` };
    case 'coverage.max-line-drop':
    case 'coverage.max-branch-drop': {
      const metric = condition.id === 'coverage.max-line-drop' ? 'line' : 'branch';
      if (!baseline) return { skip: 'no stored baseline to compare with' };
      const before = baseline[metric];
      const now = coverage?.[metric].pct;
      if (before === undefined || now === undefined)
        return { skip: `no ${metric} coverage in ${now === undefined ? 'this run' : 'the baseline'}` };
      return { value: round(before - now), note: `${before}% on ${baseline.ref} → ${now}%` };
    }
    case 'security.max-critical':
    case 'security.max-high':
    case 'security.max-medium':
    case 'security.max-low':
      return { value: security?.counts[condition.key.slice(4) as keyof SecurityResults['counts']] ?? 0 };
    case 'benchmarks.max-regression':
      return { value: round(benchmarks?.worstChange ?? 0) };
    case 'benchmarks.max-regressions':
      return { value: benchmarks?.regressions ?? 0 };
  }
  throw new Error(`no measure for condition ${condition.id}`);
}

/** Judge every condition whose section has evidence; sections nobody asked for are left out. */
export function evaluate(conditions: readonly Condition[], evidence: Evidence): ConditionResult[] {
  const results: ConditionResult[] = [];
  for (const condition of conditions) {
    const section = evidence[EVIDENCE[condition.section]];
    if (section === undefined) continue;
    if (section === null) {
      results.push({ ...condition, verdict: 'skip', note: `no ${REPORT_KIND[condition.section]} matched` });
      continue;
    }
    const measured = measure(condition, evidence);
    if ('skip' in measured) {
      results.push({ ...condition, verdict: 'skip', note: measured.skip });
      continue;
    }
    if ('noData' in measured) {
      const ifNoData = evidence.ifNoData ?? 'fail';
      const verdict = ifNoData === 'skip' ? 'skip' : ifNoData === 'warn' ? 'warn' : condition.level;
      results.push({ ...condition, verdict, note: `${measured.noData} (if-no-data: ${ifNoData})` });
      continue;
    }
    const ok = condition.bound === 'min' ? measured.value >= condition.threshold : measured.value <= condition.threshold;
    results.push({ ...condition, ...measured, verdict: ok ? 'pass' : condition.level });
  }
  return results;
}

export function gateStatus(results: readonly ConditionResult[]): GateStatus {
  if (results.some((r) => r.verdict === 'fail')) return 'fail';
  if (results.some((r) => r.verdict === 'warn')) return 'warn';
  return 'pass';
}

export type FailOn = 'fail' | 'warn' | 'never';

/** Whether the step fails: on a failed gate, also on warnings with fail-on: warn, never with fail-on: never. */
export function failsStep(status: GateStatus, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return status === 'fail' || (status === 'warn' && failOn === 'warn');
}
