import { mannWhitney, median, pooledSpread, studentQuantile, studentUpperTail, welch } from '../stats.ts';
import type { RunBaseline } from './baseline.ts';

/**
 * The two tests a decision rests on, each with the effect it measured and that effect's uncertainty.
 * Everything is on the oriented scale (log values where possible, bigger = worse).
 */
export interface TestOutcome {
  /** One-sided p-values: the current run is worse / better than the baseline. */
  pWorse: number;
  pBetter: number;
  /** The oriented shift the test measured, and its standard error. */
  shift: number;
  standardError: number;
  /** Degrees of freedom for the shift's interval. */
  df: number;
}

/**
 * A second mode explains a run that lands in it or above it, not one this many standard errors below it
 * (two outlier runs that happened to land close together must not hide a regression below them).
 */
const MODE_REACH = 3;

/**
 * The current run value against the robust baseline: is it more than `margin` worse? Student's t on the
 * run-to-run spread, widened for the level's own uncertainty. Where the history has a second mode and the
 * run lands in it or above it, the run must also stand out from that mode (the larger p-value counts): a
 * run in a mode the history has shown is no regression, yet the change is still measured from the level.
 */
export function historyTest(baseline: RunBaseline, current: number, margin: number): TestOutcome {
  const spread = Math.max(baseline.spread, 1e-12);
  const standardError = spread * Math.sqrt(1 + baseline.levelVariance);
  const shift = current - baseline.level;
  let pWorse = studentUpperTail((shift - margin) / standardError, baseline.df);
  let pBetter = studentUpperTail((-shift - margin) / standardError, baseline.df);
  for (const mode of baseline.modes) {
    const error = spread * Math.sqrt(1 + Math.PI / 2 / mode.runs);
    const z = (shift - mode.center) / error;
    if (mode.center > 0 && z > -MODE_REACH) pWorse = Math.max(pWorse, studentUpperTail(z, baseline.df));
    if (mode.center < 0 && z < MODE_REACH) pBetter = Math.max(pBetter, studentUpperTail(-z, baseline.df));
  }
  return { pWorse, pBetter, shift, standardError, df: baseline.df };
}

/**
 * The current run's raw samples against those of the latest baseline runs (already oriented, strays and
 * outlier runs left out), each side moved by `margin` towards the other: Mann-Whitney U compares the
 * distributions, not one centre; Welch's t compares means of logs. The shift is the difference of
 * medians, its error from the pooled within-run spread.
 */
export function samplesTest(
  current: readonly number[],
  baselineRuns: readonly (readonly number[])[],
  test: 'mann-whitney' | 'welch',
  margin: number,
): TestOutcome {
  const b = baselineRuns.flat();
  const run = test === 'welch' ? welch : mannWhitney;
  const lowered = current.map((v) => v - margin);
  const raised = current.map((v) => v + margin);
  const spread = pooledSpread([current, ...baselineRuns]);
  // A median's standard error is sqrt(pi/2) times the mean's.
  const standardError = (Number.isFinite(spread) ? spread : 0) * Math.sqrt((Math.PI / 2) * (1 / current.length + 1 / b.length));
  return {
    pWorse: run(lowered, b).p,
    pBetter: run(b, raised).p,
    shift: median(current) - median(b),
    standardError,
    df: current.length + b.length - 2,
  };
}

/** The shift's two-sided 95% interval. */
export function interval(outcome: TestOutcome): { low: number; high: number } {
  const q = outcome.standardError > 0 ? studentQuantile(0.025, outcome.df) * outcome.standardError : 0;
  return { low: outcome.shift - q, high: outcome.shift + q };
}

/**
 * The smallest oriented shift one run can show at `alpha` with 95% power, and how many runs (their values
 * averaged) would bring that down to `target`: undefined when even many runs could not, because the
 * baseline's own uncertainty is too large.
 */
export function resolution(baseline: RunBaseline, alpha: number, target: number): { detectable: number; runs?: number } {
  const k = studentQuantile(alpha, baseline.df) + studentQuantile(0.05, baseline.df);
  const detectable = k * baseline.spread * Math.sqrt(1 + baseline.levelVariance);
  const room = (target / (k * baseline.spread)) ** 2 - baseline.levelVariance;
  if (detectable <= target) return { detectable, runs: 1 };
  return room > 0 ? { detectable, runs: Math.ceil(1 / room) } : { detectable };
}
