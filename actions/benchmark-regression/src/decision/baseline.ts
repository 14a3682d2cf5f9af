import { mad, median, qn, theilSen } from '../stats.ts';

/**
 * The robust baseline of a benchmark's history: what the next run is expected to measure, and how much
 * runs scatter around that. Works on the oriented series (log values, bigger = worse) split at its change
 * points; each segment gets its own level, the latest also its trend.
 *
 * - Outlier runs (a run on a slow machine, 1.5-3x off) are left out of everything: level, trend, spread,
 *   the history's shape and the samples test's baseline. An outlier is a run far from its segment's line
 *   that has too few runs near it to be a mode of its own. A recurring second mode (a benchmark whose runs
 *   land in one of two states) has many runs near it and stays.
 * - The latest segment's level follows a slow drift: its Theil-Sen line is extended to the next run. A
 *   slope is not a regression; a step is, and steps are what the change points cut at.
 * - The spread is Qn of the deviations from the lines, which measures the spread within modes; when the
 *   latest few runs alone are clearly noisier, theirs (a runner that became noisier is believed at once, one
 *   that became quieter only once the window shows it).
 * - Modes: at least MODE_RUNS kept runs more than MODE_SPLIT spreads above the level (or below it) are a
 *   second mode the next run may land in, centred at their median.
 */
export interface RunBaseline {
  /** The expected value of the next run, oriented. */
  level: number;
  /** Run-to-run spread (a robust standard deviation) of the kept runs around their segment's line. */
  spread: number;
  /** The level's own variance, in units of spread squared. */
  levelVariance: number;
  /** Degrees of freedom of the spread. */
  df: number;
  /** The kept runs' deviations from their segment's line, every segment. */
  residuals: number[];
  /** Second modes above or below the level: their centres as deviations from the level, and how many runs each holds. */
  modes: { center: number; runs: number }[];
  /** Positions (in the series) of the runs left out as outliers. */
  outliers: Set<number>;
  /** Position of the latest segment's first run. */
  start: number;
  /** The latest segment's slope per run (0 when it is too short for a trend). */
  slope: number;
}

/** A run this many spreads from its segment's line is a candidate outlier; any cut-off from 4 to 7 behaves alike. */
const OUTLIER_SPREADS = 5;
/** ... and is one unless at least MODE_RUNS - 1 other runs lie within NEIGHBOUR_SPREADS of it (then it is a mode). */
const NEIGHBOUR_SPREADS = 3;
const MODE_RUNS = 3;
/**
 * Runs more than this many spreads above (or below) the level are a second mode when there are at least
 * MODE_RUNS of them: normal noise puts 0.1% of runs there, so three of fifty is no accident.
 */
const MODE_SPLIT = 3;
/**
 * The spread is also measured on this many latest runs alone (their root mean square deviation from the
 * nearest mode: outlier runs are already out), and believed when it is this many times the window's: with a constant spread
 * that happens to 0.1% of windows, for a runner that became four times noisier after two of its runs.
 */
const RECENT_RUNS = 6;
const RECENT_NOISIER = 2;
/** ... and on at most this many latest runs for the whole window (pairs grow as n squared). */
const SPREAD_RUNS = 60;
/**
 * Qn from n values is about as certain as a standard deviation from 0.6-0.75 n values, and whether a
 * trend is followed is chosen from the same runs: with Student's t degrees of freedom scaled by this, the
 * test keeps its level on normal noise (1.0% of runs below p = 0.01 from 5 to 35 runs of history).
 */
const QN_EFFICIENCY = 0.5;
/** Fewest kept runs in the latest segment to fit a trend; a shorter segment's level is its median. */
export const MIN_TREND_RUNS = 10;
const TREND_T = 1;
/** The trend is fitted to at most this many latest runs: a drift is local, and pairwise slopes grow as n squared. */
const TREND_RUNS = 60;

interface Line {
  slope: number;
  intercept: number;
}

function fitLine(values: readonly number[], positions: readonly number[]): Line {
  if (values.length < MIN_TREND_RUNS) return { slope: 0, intercept: median(values) };
  return theilSen(values.slice(-TREND_RUNS), positions.slice(-TREND_RUNS));
}

/** `starts` are the segments' first positions, ascending, beginning with 0. */
export function runBaseline(series: readonly number[], starts: readonly number[]): RunBaseline {
  const segments = starts.map((start, s) => ({ start, end: starts[s + 1] ?? series.length }));
  const positionsOf = (seg: { start: number; end: number }, keep: (i: number) => boolean) => {
    const positions: number[] = [];
    for (let i = seg.start; i < seg.end; i++) if (keep(i)) positions.push(i);
    return positions;
  };
  const residualsOf = (keep: (i: number) => boolean) => {
    const lines: Line[] = [];
    const residuals = new Map<number, number>();
    for (const seg of segments) {
      const positions = positionsOf(seg, keep);
      const values = positions.map((i) => series[i] as number);
      const line = fitLine(values, positions);
      lines.push(line);
      positions.forEach((i, k) => {
        residuals.set(i, (values[k] as number) - (line.intercept + line.slope * i));
      });
    }
    return { lines, residuals };
  };

  const first = residualsOf(() => true);
  const firstSpread = mad([...first.residuals.values()], 0);
  const outliers = new Set<number>();
  const all = [...first.residuals.entries()];
  for (const [i, r] of all) {
    if (Math.abs(r) <= OUTLIER_SPREADS * firstSpread) continue;
    const near = all.filter(([k, q]) => k !== i && Math.abs(q - r) <= NEIGHBOUR_SPREADS * firstSpread).length;
    if (near < MODE_RUNS - 1) outliers.add(i);
  }

  const { lines, residuals } = outliers.size > 0 ? residualsOf((i) => !outliers.has(i)) : first;
  const kept = [...residuals.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => r);
  const whole = qn(kept.slice(-SPREAD_RUNS)) || mad(kept, 0);
  const wholeModes = modesOf(kept, whole);
  // The latest runs' deviations from the mode nearest to each: a run in a second mode is not noise.
  const centres = [0, ...wholeModes.map((m) => m.center)];
  const latestRuns = kept.slice(-RECENT_RUNS);
  const nearest = latestRuns.map((r) => Math.min(...centres.map((c) => Math.abs(r - c))));
  const recent = Math.sqrt(nearest.reduce((sum, d) => sum + d * d, 0) / Math.max(latestRuns.length, 1));
  const usedRecent = recent > RECENT_NOISIER * whole;
  const spread = usedRecent ? recent : whole;
  const latest = segments.at(-1) as { start: number; end: number };
  const line = lines.at(-1) as Line;
  const latestPositions = positionsOf(latest, (i) => !outliers.has(i));
  const n = latestPositions.length;
  // Follow a slope only when it stands out from the noise by TREND_T of its standard errors: an
  // extrapolated line costs precision, and a flat history gains nothing from one.
  const slopeError = spread * Math.sqrt(12 / (0.9 * (n ** 3 - n)));
  const trended = n >= MIN_TREND_RUNS && Math.abs(line.slope) > TREND_T * slopeError;
  // A median of n points has variance about (pi/2)/n; the line's end point adds its slope's error times
  // the distance from the middle (least squares: 3(n+1)/(n(n-1)); Theil-Sen is about 90% as efficient).
  const levelVariance = Math.PI / 2 / Math.max(n, 1) + (trended ? (3 * (n + 1)) / (0.9 * n * (n - 1)) : 0);
  return {
    level: trended ? line.intercept + line.slope * series.length : median(latestPositions.map((i) => series[i] as number)),
    spread,
    levelVariance,
    df: Math.max(1, usedRecent ? RECENT_RUNS : QN_EFFICIENCY * (Math.min(kept.length, SPREAD_RUNS) - segments.length - (trended ? 1 : 0))),
    residuals: kept,
    modes: usedRecent ? modesOf(kept, spread) : wholeModes,
    outliers,
    start: latest.start,
    slope: trended ? line.slope : 0,
  };
}

function modesOf(residuals: readonly number[], spread: number): { center: number; runs: number }[] {
  const modes: { center: number; runs: number }[] = [];
  for (const side of [residuals.filter((r) => r > MODE_SPLIT * spread), residuals.filter((r) => r < -MODE_SPLIT * spread)]) {
    if (side.length >= MODE_RUNS) modes.push({ center: median(side), runs: side.length });
  }
  return modes;
}
