import type { BenchmarkStatus, BenchmarkVerdict, RegressionLevel } from '@archway/kit/benchmark-result';
import { changePoints } from './change-point.ts';
import { runBaseline } from './decision/baseline.ts';
import { historyTest, interval, resolution, samplesTest, type TestOutcome } from './decision/tests.ts';
import type { Better } from './model.ts';
import { biweight, median, pooledSpread } from './stats.ts';

export interface Thresholds {
  minor: number;
  major: number;
  critical: number;
}

/** How one benchmark is judged (the global inputs with any per-name override applied). */
export interface Judgement {
  thresholds: Thresholds;
  better: Better;
  /** One-sided significance level of the tests. */
  alpha: number;
  /** Fewest raw samples on each side for the samples test. */
  minSamples: number;
  /** Fewest history points for the history test. */
  minHistory: number;
  sampleTest: 'mann-whitney' | 'welch';
  /** Judge nothing: always pass (the benchmark is still recorded). */
  ignore: boolean;
}

/** One earlier run of a benchmark, oldest first in a series; values already in the current unit. */
export interface HistoryPoint {
  commit: string;
  value: number;
  samples?: number[];
}

export interface Current {
  name: string;
  unit: string;
  value: number;
  samples?: number[];
}

/** What one test found, in the units the summary speaks: percent, positive = worse. */
export interface Evidence {
  test: 'history' | 'samples';
  /** The test as the summary names it. */
  name: string;
  /** One-sided p-value that the current run is worse. */
  p: number;
  /** The change this test measured and its 95% interval. */
  change: number;
  low: number;
  high: number;
}

export interface Decision extends BenchmarkVerdict {
  /** The history points the baseline came from (after the latest change point, outlier runs left out), for charts. */
  baselinePoints: HistoryPoint[];
  /** History points compared (the window). */
  historyCount: number;
  /** Too little data for any test: the level is a hint and the verdict at most a warning. */
  insufficient: boolean;
  /** Each test that ran, and what it found. */
  evidence: Evidence[];
  /** Commits of the history runs left out of the baseline as outlier runs. */
  outlierRuns: string[];
  /** The baseline's drift in percent per run, when it follows one. */
  drift?: number;
  /**
   * Set when run-to-run noise hides a change of the major threshold from one run: the smallest change one
   * run can show (percent), and how many runs, their values averaged, would show a major one.
   */
  tooNoisy?: { detectable: number; runs?: number };
}

const MIN_SEGMENT = 3;
/**
 * The samples test compares against the raw samples of up to this many latest runs of the baseline: more
 * power than one run alone, and one outlier run cannot decide. Pooling ignores run-to-run noise, which
 * is why the history test must agree once there is enough history. History keeps samples this deep.
 */
export const SAMPLE_RUNS = 5;

interface Orientation {
  /** A value on the oriented scale: bigger is always worse, log where every value is positive. */
  to: (v: number) => number;
  from: (o: number) => number;
}

function orientation(better: Better, values: readonly number[]): Orientation {
  const sign = better === 'smaller' ? 1 : -1;
  return values.every((v) => v > 0)
    ? { to: (v) => sign * Math.log(v), from: (o) => Math.exp(sign * o) }
    : { to: (v) => sign * v, from: (o) => sign * o };
}

/** Relative change in percent, positive = worse. */
export function percentChange(current: number, baseline: number, better: Better): number {
  if (baseline === 0) return current === 0 ? 0 : (better === 'smaller') === current > 0 ? 100 : -100;
  const ratio = current / baseline;
  return better === 'smaller' ? (ratio - 1) * 100 : (1 - ratio) * 100;
}

/**
 * The level of a change: the highest threshold it reaches, or the next one up when the upper end `high` of
 * the change's 95% interval reaches that one (a change measured at 9% that may well be 10% is major: a
 * regression of the major size must fail reliably, not half the time). The minor threshold, the minimum
 * effect, is always measured, never inferred.
 */
export function levelFor(change: number, t: Thresholds, high = change): RegressionLevel {
  if (change < t.minor) return 'none';
  if (change >= t.critical || (change >= t.major && high >= t.critical)) return 'critical';
  if (change >= t.major || high >= t.major) return 'major';
  return 'minor';
}

export function verdictFor(level: RegressionLevel): BenchmarkStatus {
  return level === 'none' ? 'pass' : level === 'minor' ? 'warn' : 'fail';
}

/**
 * Samples farther than this many within-run spreads from their own run's median are strays (a hiccup of
 * the machine, not the code). The samples test leaves them out on both sides: one stray in the pooled
 * baseline above every current sample costs the rank test as much as a whole current sample would.
 * Any cut-off from about 3.5 to 8 behaves the same.
 */
const STRAY_SPREADS = 5;

/**
 * The within-run spread for a run: pooled over its own samples and those of the latest SAMPLE_RUNS
 * earlier runs (oldest first), since five samples alone say little about it. NaN without samples.
 */
export function runSpread(samples: readonly number[] | undefined, earlier: readonly HistoryPoint[]): number {
  return pooledSpread([samples ?? [], ...earlier.slice(-SAMPLE_RUNS).map((p) => p.samples ?? [])]);
}

/**
 * The summary value of a run: the biweight location of its samples at the within-run `spread` (about as
 * precise as their mean, yet deaf to outliers like their median), else the tool's value. The history
 * stores this same value, so the history test compares like with like.
 */
export function runValue(value: number, samples: readonly number[] | undefined, spread: number): number {
  return samples && samples.length > 0 ? biweight(samples, spread) : value;
}

function withoutStrays(samples: readonly number[], spread: number): readonly number[] {
  if (!(spread > 0)) return samples;
  const center = median(samples);
  return samples.filter((v) => Math.abs(v - center) <= STRAY_SPREADS * spread);
}

const TEST_NAMES = {
  history: 'history test (robust t on run values)',
  'mann-whitney': 'samples test (Mann-Whitney U)',
  welch: "samples test (Welch's t on logs)",
};

/**
 * Decide whether `current` regressed against its `history` (oldest first, already limited to the window).
 *
 * - History test: the current run value against the robust baseline (decision/baseline.ts: change points
 *   cut the history into segments; outlier runs are left out; the latest segment's level follows its
 *   drift), on the run-to-run spread and the history's own shape, so a second mode or a heavy tail the
 *   history has shown is no regression. This is what absorbs run-to-run (runner) noise.
 * - Samples test: the current run's raw samples against those of the latest baseline runs that are not
 *   outlier runs (Mann-Whitney U or Welch on logs), which works from the second run on.
 * When both apply, both must agree (the larger p-value counts). A change must also reach the minor
 * threshold (the minimum effect) to count at all; see levelFor for the levels above it.
 */
export function decide(current: Current, history: readonly HistoryPoint[], j: Judgement): Decision {
  const spread = runSpread(current.samples, history);
  const currentValue = runValue(current.value, current.samples, spread);
  const base = { name: current.name, unit: current.unit, better: j.better, current: currentValue, historyCount: history.length };
  if (history.length === 0 || j.ignore) {
    const baseline = history.length > 0 ? median(history.map((p) => p.value)) : undefined;
    return {
      ...base,
      ...(baseline === undefined ? {} : { baseline, change: percentChange(currentValue, baseline, j.better) }),
      method: history.length === 0 ? 'new' : 'history',
      level: 'none',
      improved: false,
      verdict: 'pass',
      baselinePoints: [...history],
      insufficient: history.length === 0,
      evidence: [],
      outlierRuns: [],
    };
  }

  const f = orientation(j.better, [currentValue, ...history.map((p) => p.value), ...(current.samples ?? [])]);
  const series = history.map((p) => f.to(p.value));
  const minShift = Math.log1p(j.thresholds.minor / 100);
  // The tests ask whether the run is worse by more than half the minimum effect, not merely worse: with
  // noise of 5% and more the minimum effect alone no longer keeps noise out, and a benchmark is judged
  // again on every run.
  const margin = minShift / 4;
  const cuts = changePoints(series, { alpha: j.alpha, minShift, minSegment: MIN_SEGMENT });
  const robust = runBaseline(series, [0, ...cuts]);
  const segment = history.slice(robust.start).filter((_, k) => !robust.outliers.has(robust.start + k));
  const baseline = f.from(robust.level);
  const change = percentChange(currentValue, baseline, j.better);
  const fc = f.to(currentValue);
  // An oriented shift as a change in percent: the baseline it implies, against the current run value.
  const asChange = (shift: number) => percentChange(currentValue, f.from(fc - shift), j.better);

  const outcomes: { test: Evidence['test']; name: string; outcome: TestOutcome }[] = [];
  if (history.length >= j.minHistory)
    outcomes.push({ test: 'history', name: TEST_NAMES.history, outcome: historyTest(robust, fc, margin) });
  const baselineRuns = segment.slice(-SAMPLE_RUNS).map((p) => p.samples ?? []);
  if (current.samples && current.samples.length >= j.minSamples && baselineRuns.flat().length >= j.minSamples) {
    const a = withoutStrays(current.samples, spread).map(f.to);
    const b = baselineRuns.map((run) => withoutStrays(run, spread).map(f.to)).filter((run) => run.length > 0);
    outcomes.push({ test: 'samples', name: TEST_NAMES[j.sampleTest], outcome: samplesTest(a, b, j.sampleTest, margin) });
  }
  const evidence: Evidence[] = outcomes.map(({ test, name, outcome }) => {
    const { low, high } = interval(outcome);
    return { test, name, p: outcome.pWorse, change: asChange(outcome.shift), low: asChange(low), high: asChange(high) };
  });

  const insufficient = outcomes.length === 0;
  const pWorse = insufficient ? 0 : Math.max(...outcomes.map((o) => o.outcome.pWorse));
  const pBetter = insufficient ? 0 : Math.max(...outcomes.map((o) => o.outcome.pBetter));
  // The change's bound comes from the history test when it ran: only it sees run-to-run noise.
  const bounding = outcomes.find((o) => o.test === 'history') ?? outcomes[0];
  const high = bounding ? change + asChange(interval(bounding.outcome).high) - asChange(bounding.outcome.shift) : change;
  const level = pWorse < j.alpha ? levelFor(change, j.thresholds, high) : 'none';
  const improved = pBetter < j.alpha && -change >= j.thresholds.minor;
  let verdict = verdictFor(level);
  if (insufficient && verdict === 'fail') verdict = 'warn';

  const decision: Decision = {
    ...base,
    baseline,
    change,
    method: outcomes.some((o) => o.test === 'samples') ? 'samples' : 'history',
    level,
    improved,
    verdict,
    baselinePoints: segment,
    insufficient,
    evidence,
    outlierRuns: [...robust.outliers].map((i) => (history[i] as HistoryPoint).commit),
  };
  if (!insufficient) decision.confidence = 1 - (change >= 0 ? pWorse : pBetter);
  if (robust.slope !== 0) decision.drift = asChange(robust.slope);
  if (history.length >= j.minHistory) {
    const r = resolution(robust, j.alpha, Math.log1p(j.thresholds.major / 100));
    if (r.runs !== 1) decision.tooNoisy = { detectable: asChange(r.detectable), ...(r.runs ? { runs: r.runs } : {}) };
  }
  const shift = latestWorseningShift(history, series, fc, minShift, j.alpha);
  if (shift) decision.changePoint = shift;
  return decision;
}

/** The commit where the latest shift for the worse began, looking at the history and the current run. */
function latestWorseningShift(
  history: readonly HistoryPoint[],
  series: readonly number[],
  current: number,
  minShift: number,
  alpha: number,
): { commit: string; index: number } | undefined {
  const all = [...series, current];
  const cuts = changePoints(all, { alpha, minShift, minSegment: MIN_SEGMENT });
  for (let i = cuts.length - 1; i >= 0; i--) {
    const at = cuts[i] as number;
    const before = median(all.slice(cuts[i - 1] ?? 0, at));
    const after = median(all.slice(at, cuts[i + 1] ?? all.length));
    if (after > before) {
      const commit = at < history.length ? (history[at] as HistoryPoint).commit : undefined;
      return commit === undefined ? undefined : { commit, index: at };
    }
  }
  return undefined;
}
