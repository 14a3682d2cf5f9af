/**
 * The statistics the decisions rest on: robust location, spread and trend, the normal and Student t
 * distributions, the Mann-Whitney U test (tie-corrected; exact for small samples without ties) and
 * Welch's t test. All tests here are one-sided: "is `a` larger than `b`?".
 */

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Linear-interpolated quantile (type 7, as R and numpy default). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  // A typed array sorts numerically without a comparator: several times faster on the hot path.
  const sorted = Float64Array.from(values).sort();
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

/** Median absolute deviation scaled by 1.4826, so it estimates the standard deviation of normal data. */
export function mad(values: readonly number[], center = median(values)): number {
  return 1.4826 * median(values.map((v) => Math.abs(v - center)));
}

/** Croux and Rousseeuw's small-sample factors for Qn (n = 2..9), then their formula for larger n. */
const QN_SMALL = [0, 0, 0.399, 0.994, 0.512, 0.844, 0.611, 0.857, 0.669, 0.872];

/**
 * Rousseeuw and Croux's Qn: the first quartile of the distances between pairs, scaled to estimate the
 * standard deviation of normal data. Half the values can be anything without breaking it, like the MAD,
 * but it is 82% efficient where the MAD is 37%, and it needs no centre: with two modes it measures the
 * spread within them, where the MAD measures their distance. NaN for fewer than two values.
 */
export function qn(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return Number.NaN;
  const distances = new Float64Array((n * (n - 1)) / 2);
  let at = 0;
  for (let i = 0; i < n; i++) for (let k = i + 1; k < n; k++) distances[at++] = Math.abs((values[i] as number) - (values[k] as number));
  distances.sort();
  const h = Math.floor(n / 2) + 1;
  const kth = (h * (h - 1)) / 2;
  const factor = n <= 9 ? (QN_SMALL[n] as number) : n % 2 === 1 ? n / (n + 1.4) : n / (n + 3.8);
  return 2.2219 * factor * (distances[kth - 1] as number);
}

/**
 * The spread within groups (e.g. the samples of each run), pooled over the groups: from the median of
 * the absolute differences between values of the same group, which unlike deviations from a group's own
 * median is not biased low for small groups (those are 25% low for five values). Estimates the standard
 * deviation of normal data; NaN when no group has two values. A large group counts as a sketch of 100
 * quantiles, which bounds the pairs to compare.
 */
export function pooledSpread(groups: readonly (readonly number[])[]): number {
  const differences: number[] = [];
  for (const group of groups) {
    const g = quantileSketch(group, 100);
    for (let i = 0; i < g.length; i++)
      for (let k = i + 1; k < g.length; k++) differences.push(Math.abs((g[i] as number) - (g[k] as number)));
  }
  return differences.length > 0 ? (1.4826 / Math.SQRT2) * median(differences) : Number.NaN;
}

/**
 * Tukey's biweight location for a known `scale`: a mean that gives values near the centre full weight and
 * none to values beyond c scales, so it is nearly as efficient as the mean on normal data yet ignores
 * outliers like the median. c = 4.685 is the usual 95%-efficiency tuning. Falls back to the median when
 * the scale is unknown or zero.
 */
export function biweight(values: readonly number[], scale: number, c = 4.685): number {
  let center = median(values);
  if (!(scale > 0)) return center;
  for (let iteration = 0; iteration < 50; iteration++) {
    let sum = 0;
    let weights = 0;
    for (const v of values) {
      const u = (v - center) / (c * scale);
      if (Math.abs(u) >= 1) continue;
      const w = (1 - u * u) ** 2;
      sum += w * v;
      weights += w;
    }
    if (weights === 0) break;
    const next = sum / weights;
    if (Math.abs(next - center) <= 1e-10 * scale) return next;
    center = next;
  }
  return center;
}

/**
 * The Theil-Sen line through `values` at `positions` (0, 1, 2, ... unless given): the median of the
 * pairwise slopes and the median intercept. Up to 29% of the points can be anything without moving it,
 * which a least-squares line cannot claim.
 */
export function theilSen(
  values: readonly number[],
  positions: readonly number[] = values.map((_, i) => i),
): { slope: number; intercept: number } {
  const slopes: number[] = [];
  for (let i = 0; i < values.length; i++)
    for (let k = i + 1; k < values.length; k++) {
      const run = (positions[k] as number) - (positions[i] as number);
      if (run !== 0) slopes.push(((values[k] as number) - (values[i] as number)) / run);
    }
  const slope = slopes.length > 0 ? median(slopes) : 0;
  return { slope, intercept: median(values.map((v, i) => v - slope * (positions[i] as number))) };
}

export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

export function variance(values: readonly number[]): number {
  const m = mean(values);
  let sum = 0;
  for (const v of values) sum += (v - m) ** 2;
  return sum / (values.length - 1);
}

/** Complementary error function (Numerical Recipes' Chebyshev fit, relative error < 1.2e-7). */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** P(Z > z) for a standard normal Z. */
export function normalUpperTail(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2);
}

function logGamma(x: number): number {
  // Lanczos approximation (g = 7, n = 9).
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const xx = x - 1;
  let a = c[0] as number;
  const t = xx + 7.5;
  for (let i = 1; i < 9; i++) a += (c[i] as number) / (xx + i);
  return 0.5 * Math.log(2 * Math.PI) + (xx + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction for the regularized incomplete beta function (modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-12) break;
  }
  return h;
}

/** Regularized incomplete beta I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (front * betaContinuedFraction(a, b, x)) / a : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** P(T > t) for Student's t with `df` degrees of freedom (df may be fractional, as Welch's is). */
export function studentUpperTail(t: number, df: number): number {
  if (!Number.isFinite(t)) return t > 0 ? 0 : 1;
  if (!Number.isFinite(df) || df > 1e6) return normalUpperTail(t);
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t > 0 ? tail : 1 - tail;
}

const quantileCache = new Map<string, number>();

/** The t with P(T > t) = p for Student's t with `df` degrees of freedom (bisection, remembered; 0 < p < 1). */
export function studentQuantile(p: number, df: number): number {
  const key = `${p},${df}`;
  const known = quantileCache.get(key);
  if (known !== undefined) return known;
  let lo = -1e3;
  let hi = 1e3;
  for (let i = 0; i < 100 && hi - lo > 1e-9; i++) {
    const mid = (lo + hi) / 2;
    if (studentUpperTail(mid, df) > p) lo = mid;
    else hi = mid;
  }
  const t = (lo + hi) / 2;
  if (quantileCache.size < 10_000) quantileCache.set(key, t);
  return t;
}

/** Average ranks (1-based) of `values`, and the tie groups' sizes for the variance correction. */
export function averageRanks(values: readonly number[]): { ranks: number[]; ties: number[] } {
  const order = values.map((v, i) => [v, i] as const).sort((x, y) => x[0] - y[0]);
  const result = new Array<number>(values.length);
  const ties: number[] = [];
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && (order[j + 1] as readonly [number, number])[0] === (order[i] as readonly [number, number])[0]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) result[(order[k] as readonly [number, number])[1]] = rank;
    if (j > i) ties.push(j - i + 1);
    i = j + 1;
  }
  return { ranks: result, ties };
}

const EXACT_LIMIT = 40;
const exactCache = new Map<string, Float64Array>();

/** Number of arrangements giving each U for sample sizes (m, n), as a probability distribution. */
function exactUDistribution(m: number, n: number): Float64Array {
  const key = `${m},${n}`;
  const cached = exactCache.get(key);
  if (cached) return cached;
  // counts[i][j][u] via the recurrence f(i, j, u) = f(i-1, j, u-j) + f(i, j-1, u), rolled over i.
  const maxU = m * n;
  let prev: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(maxU + 1));
  for (let j = 0; j <= n; j++) (prev[j] as Float64Array)[0] = 1;
  for (let i = 1; i <= m; i++) {
    const cur: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(maxU + 1));
    (cur[0] as Float64Array)[0] = 1;
    for (let j = 1; j <= n; j++) {
      const row = cur[j] as Float64Array;
      const left = cur[j - 1] as Float64Array;
      const up = prev[j] as Float64Array;
      for (let u = 0; u <= i * j; u++) row[u] = (left[u] as number) + (u >= j ? (up[u - j] as number) : 0);
    }
    prev = cur;
  }
  const counts = prev[n] as Float64Array;
  let total = 0;
  for (const c of counts) total += c;
  const distribution = counts.map((c) => c / total);
  exactCache.set(key, distribution);
  return distribution;
}

export interface TestResult {
  /** One-sided p-value for "a is larger than b". */
  p: number;
  statistic: number;
}

/**
 * Mann-Whitney U: is `a` stochastically larger than `b`? Exact distribution for small samples without
 * ties, else the normal approximation with tie-corrected variance and a continuity correction.
 */
export function mannWhitney(a: readonly number[], b: readonly number[]): TestResult {
  const m = a.length;
  const n = b.length;
  const { ranks: r, ties } = averageRanks([...a, ...b]);
  let rankSum = 0;
  for (let i = 0; i < m; i++) rankSum += r[i] as number;
  const u = rankSum - (m * (m + 1)) / 2;
  if (ties.length === 0 && m + n <= EXACT_LIMIT) {
    const dist = exactUDistribution(m, n);
    let p = 0;
    for (let k = Math.ceil(u); k <= m * n; k++) p += dist[k] as number;
    return { p: Math.min(1, p), statistic: u };
  }
  const total = m + n;
  const tieTerm = ties.reduce((sum, t) => sum + t ** 3 - t, 0) / (total * (total - 1));
  const sd = Math.sqrt(((m * n) / 12) * (total + 1 - tieTerm));
  if (sd === 0) return { p: 1, statistic: u };
  const z = (u - (m * n) / 2 - 0.5) / sd;
  return { p: normalUpperTail(z), statistic: u };
}

/** Welch's t test: is the mean of `a` larger than the mean of `b` (unequal variances)? */
export function welch(a: readonly number[], b: readonly number[]): TestResult {
  const va = variance(a) / a.length;
  const vb = variance(b) / b.length;
  const diff = mean(a) - mean(b);
  const se = Math.sqrt(va + vb);
  if (se === 0) return { p: diff > 0 ? 0 : 1, statistic: diff > 0 ? Number.POSITIVE_INFINITY : 0 };
  const t = diff / se;
  const df = (va + vb) ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1));
  return { p: studentUpperTail(t, df), statistic: t };
}

/** Reduce a large sample to `count` evenly spaced quantiles: its distribution's shape in bounded space. */
export function quantileSketch(values: readonly number[], count: number): number[] {
  if (values.length <= count) return [...values];
  const sorted = [...values].sort((x, y) => x - y);
  return Array.from({ length: count }, (_, i) => {
    const pos = ((sorted.length - 1) * i) / (count - 1);
    const lo = Math.floor(pos);
    const a = sorted[lo] as number;
    const b = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
    return a + (b - a) * (pos - lo);
  });
}
