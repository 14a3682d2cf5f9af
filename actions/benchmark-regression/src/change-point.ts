import { averageRanks, median } from './stats.ts';

/**
 * Change points in a series by binary segmentation with Pettitt's test: a rank-based (so outlier-robust)
 * test for one shift in location, with an approximate p-value. Each accepted split must be significant
 * and move the median by at least `minShift`; the halves are searched again. O(n log n) per level.
 */
export interface ChangePointOptions {
  /** Significance level for one split. */
  alpha: number;
  /** Smallest shift of the median worth reporting, in the series' units (log ratio here). */
  minShift: number;
  /** Fewest points on either side of a split. */
  minSegment: number;
}

/** Index of the first point of each new segment, ascending. */
export function changePoints(series: readonly number[], options: ChangePointOptions): number[] {
  const found: number[] = [];
  const search = (start: number, end: number) => {
    if (end - start < 2 * options.minSegment) return;
    const part = series.slice(start, end);
    const split = pettitt(part, options.minSegment);
    if (!split || split.p >= options.alpha) return;
    const at = start + refine(part, split.index, options.minSegment);
    const shift = Math.abs(median(series.slice(at, end)) - median(series.slice(start, at)));
    if (shift < options.minShift) return;
    found.push(at);
    search(start, at);
    search(at, end);
  };
  search(0, series.length);
  return found.sort((a, b) => a - b);
}

/**
 * Pettitt's statistic peaks near a step, but noise in the points next to it can move the peak by one or
 * two. Among the nearby splits, take the one that leaves the least absolute deviation from each side's
 * median (the L1 fit of one step).
 */
function refine(values: readonly number[], index: number, minSegment: number): number {
  const cost = (at: number) => {
    const left = values.slice(0, at);
    const right = values.slice(at);
    const l = median(left);
    const r = median(right);
    return left.reduce((sum, v) => sum + Math.abs(v - l), 0) + right.reduce((sum, v) => sum + Math.abs(v - r), 0);
  };
  let best = index;
  let bestCost = cost(index);
  for (let at = Math.max(minSegment, index - 3); at <= Math.min(values.length - minSegment, index + 3); at++) {
    const c = cost(at);
    if (c < bestCost) {
      best = at;
      bestCost = c;
    }
  }
  return best;
}

/** Pettitt's statistic K = max |U_t| over splits, U_t = 2 * (sum of the first t ranks) - t (n + 1). */
export function pettitt(values: readonly number[], minSegment = 1): { index: number; p: number } | undefined {
  const n = values.length;
  if (n < 2 * minSegment) return undefined;
  const { ranks } = averageRanks(values);
  let rankSum = 0;
  let best = -1;
  let bestIndex = -1;
  for (let t = 1; t < n; t++) {
    rankSum += ranks[t - 1] as number;
    if (t < minSegment || n - t < minSegment) continue;
    const u = Math.abs(2 * rankSum - t * (n + 1));
    if (u > best) {
      best = u;
      bestIndex = t;
    }
  }
  if (bestIndex < 0) return undefined;
  // Pettitt's approximation for K = max |U_t| with U_t = sum of sgn differences; ours is the same statistic.
  const p = Math.min(1, 2 * Math.exp((-6 * best ** 2) / (n ** 3 + n ** 2)));
  return { index: bestIndex, p };
}
