import type { BenchmarkStatus, BenchmarkVerdict, RegressionLevel } from '@archway/kit/benchmark-result';
import { changePoints } from './change-point.ts';
import type { Better } from './model.ts';
import { biweight, mad, mannWhitney, median, pooledSpread, studentUpperTail, welch } from './stats.ts';

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

export interface Decision extends BenchmarkVerdict {
  /** The history points the baseline came from (after the latest change point), for charts. */
  baselinePoints: HistoryPoint[];
  /** History points compared (the window). */
  historyCount: number;
  /** Too little data for any test: the level is a hint and the verdict at most a warning. */
  insufficient: boolean;
}

const MIN_SEGMENT = 3;
/**
 * The samples test compares against the raw samples of up to this many latest runs of the baseline: more
 * power than one run alone, and one outlier run cannot decide. Pooling ignores run-to-run noise, which
 * is why the history test must agree once there is enough history. History keeps samples this deep.
 */
export const SAMPLE_RUNS = 5;

/** Orient values so that bigger is always worse, on a log scale when every value is positive. */
function orientation(better: Better, values: readonly number[]): (v: number) => number {
  const sign = better === 'smaller' ? 1 : -1;
  return values.every((v) => v > 0) ? (v) => sign * Math.log(v) : (v) => sign * v;
}

/** Relative change in percent, positive = worse. */
export function percentChange(current: number, baseline: number, better: Better): number {
  if (baseline === 0) return current === 0 ? 0 : (better === 'smaller') === current > 0 ? 100 : -100;
  const ratio = current / baseline;
  return better === 'smaller' ? (ratio - 1) * 100 : (1 - ratio) * 100;
}

export function levelFor(change: number, t: Thresholds): RegressionLevel {
  if (change >= t.critical) return 'critical';
  if (change >= t.major) return 'major';
  if (change >= t.minor) return 'minor';
  return 'none';
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

/**
 * Decide whether `current` regressed against its `history` (oldest first, already limited to the window).
 *
 * - History test: the current run value against the history's robust spread. The baseline is the median of
 *   the points after the latest change point in the history (a shift that already landed is the new
 *   normal); the spread is the MAD of every point around its own segment's median, so a past step does not
 *   inflate it. This is what absorbs run-to-run (runner) noise.
 * - Samples test: the current run's raw samples against those of the latest baseline runs (Mann-Whitney U
 *   or Welch on logs), which works from the second run on, before there is history to speak of.
 * When both apply, both must agree (the larger p-value counts). A change must also reach the minor
 * threshold (the minimum effect) to count at all.
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
    };
  }

  const f = orientation(j.better, [currentValue, ...history.map((p) => p.value), ...(current.samples ?? [])]);
  const series = history.map((p) => f(p.value));
  const minShift = Math.log1p(j.thresholds.minor / 100);
  const cuts = changePoints(series, { alpha: j.alpha, minShift, minSegment: MIN_SEGMENT });
  const start = cuts.at(-1) ?? 0;
  const segment = history.slice(start);
  const baseline = median(segment.map((p) => p.value));
  const change = percentChange(currentValue, baseline, j.better);

  const pValues: { worse: number; better: number }[] = [];
  let method: BenchmarkVerdict['method'] = 'history';
  if (history.length >= j.minHistory) pValues.push(historyTest(series, [0, ...cuts], f(currentValue)));
  const baselineRuns = segment.slice(-SAMPLE_RUNS).map((p) => p.samples ?? []);
  if (current.samples && current.samples.length >= j.minSamples && baselineRuns.flat().length >= j.minSamples) {
    const a = withoutStrays(current.samples, spread).map(f);
    const b = baselineRuns.flatMap((run) => withoutStrays(run, spread)).map(f);
    const test = j.sampleTest === 'welch' ? welch : mannWhitney;
    pValues.push({ worse: test(a, b).p, better: test(b, a).p });
    method = 'samples';
  }

  const insufficient = pValues.length === 0;
  const pWorse = insufficient ? 0 : Math.max(...pValues.map((p) => p.worse));
  const pBetter = insufficient ? 0 : Math.max(...pValues.map((p) => p.better));
  const level = pWorse < j.alpha ? levelFor(change, j.thresholds) : 'none';
  const improved = pBetter < j.alpha && -change >= j.thresholds.minor;
  let verdict = verdictFor(level);
  if (insufficient && verdict === 'fail') verdict = 'warn';

  const decision: Decision = {
    ...base,
    baseline,
    change,
    method,
    level,
    improved,
    verdict,
    baselinePoints: segment,
    insufficient,
  };
  if (!insufficient) decision.confidence = 1 - (change >= 0 ? pWorse : pBetter);
  const shift = latestWorseningShift(history, series, f(currentValue), minShift, j.alpha);
  if (shift) decision.changePoint = shift;
  return decision;
}

/** One-sided p-values of the current point against the segmented history's robust spread. */
function historyTest(series: readonly number[], starts: readonly number[], current: number): { worse: number; better: number } {
  const residuals: number[] = [];
  for (let s = 0; s < starts.length; s++) {
    const part = series.slice(starts[s], starts[s + 1] ?? series.length);
    const center = median(part);
    for (const v of part) residuals.push(v - center);
  }
  const last = series.slice(starts.at(-1) ?? 0);
  // A median of m points has variance about (pi/2) sigma^2 / m: widen for the baseline's own uncertainty.
  const scale = Math.max(mad(residuals, 0), 1e-12) * Math.sqrt(1 + Math.PI / 2 / last.length);
  const z = (current - median(last)) / scale;
  const df = Math.max(1, series.length - starts.length);
  return { worse: studentUpperTail(z, df), better: studentUpperTail(-z, df) };
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
