export const id = 755;
export const ids = [755];
export const modules = {

/***/ 5755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kM: () => (/* binding */ SAMPLE_RUNS),
  decide: () => (/* binding */ decide)
});

// UNUSED EXPORTS: levelFor, percentChange, runSpread, runValue, verdictFor

// EXTERNAL MODULE: ./src/stats.ts
var stats = __webpack_require__(1352);
;// CONCATENATED MODULE: ./src/change-point.ts

/** Index of the first point of each new segment, ascending. */
function changePoints(series, options) {
    const found = [];
    const search = (start, end) => {
        if (end - start < 2 * options.minSegment)
            return;
        const part = series.slice(start, end);
        const split = pettitt(part, options.minSegment);
        if (!split || split.p >= options.alpha)
            return;
        const at = start + refine(part, split.index, options.minSegment);
        const shift = Math.abs((0,stats/* median */.JZ)(series.slice(at, end)) - (0,stats/* median */.JZ)(series.slice(start, at)));
        if (shift < options.minShift)
            return;
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
function refine(values, index, minSegment) {
    const cost = (at) => {
        const left = values.slice(0, at);
        const right = values.slice(at);
        const l = (0,stats/* median */.JZ)(left);
        const r = (0,stats/* median */.JZ)(right);
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
function pettitt(values, minSegment = 1) {
    const n = values.length;
    if (n < 2 * minSegment)
        return undefined;
    const { ranks } = (0,stats/* averageRanks */.BR)(values);
    let rankSum = 0;
    let best = -1;
    let bestIndex = -1;
    for (let t = 1; t < n; t++) {
        rankSum += ranks[t - 1];
        if (t < minSegment || n - t < minSegment)
            continue;
        const u = Math.abs(2 * rankSum - t * (n + 1));
        if (u > best) {
            best = u;
            bestIndex = t;
        }
    }
    if (bestIndex < 0)
        return undefined;
    // Pettitt's approximation for K = max |U_t| with U_t = sum of sgn differences; ours is the same statistic.
    const p = Math.min(1, 2 * Math.exp((-6 * best ** 2) / (n ** 3 + n ** 2)));
    return { index: bestIndex, p };
}

;// CONCATENATED MODULE: ./src/decide.ts


const MIN_SEGMENT = 3;
/**
 * The samples test compares against the raw samples of up to this many latest runs of the baseline: more
 * power than one run alone, and one outlier run cannot decide. Pooling ignores run-to-run noise, which
 * is why the history test must agree once there is enough history. History keeps samples this deep.
 */
const SAMPLE_RUNS = 5;
/** Orient values so that bigger is always worse, on a log scale when every value is positive. */
function orientation(better, values) {
    const sign = better === 'smaller' ? 1 : -1;
    return values.every((v) => v > 0) ? (v) => sign * Math.log(v) : (v) => sign * v;
}
/** Relative change in percent, positive = worse. */
function percentChange(current, baseline, better) {
    if (baseline === 0)
        return current === 0 ? 0 : (better === 'smaller') === current > 0 ? 100 : -100;
    const ratio = current / baseline;
    return better === 'smaller' ? (ratio - 1) * 100 : (1 - ratio) * 100;
}
function levelFor(change, t) {
    if (change >= t.critical)
        return 'critical';
    if (change >= t.major)
        return 'major';
    if (change >= t.minor)
        return 'minor';
    return 'none';
}
function verdictFor(level) {
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
function runSpread(samples, earlier) {
    return (0,stats/* pooledSpread */.pc)([samples ?? [], ...earlier.slice(-SAMPLE_RUNS).map((p) => p.samples ?? [])]);
}
/**
 * The summary value of a run: the biweight location of its samples at the within-run `spread` (about as
 * precise as their mean, yet deaf to outliers like their median), else the tool's value. The history
 * stores this same value, so the history test compares like with like.
 */
function runValue(value, samples, spread) {
    return samples && samples.length > 0 ? (0,stats/* biweight */.UD)(samples, spread) : value;
}
function withoutStrays(samples, spread) {
    if (!(spread > 0))
        return samples;
    const center = (0,stats/* median */.JZ)(samples);
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
function decide(current, history, j) {
    const spread = runSpread(current.samples, history);
    const currentValue = runValue(current.value, current.samples, spread);
    const base = { name: current.name, unit: current.unit, better: j.better, current: currentValue, historyCount: history.length };
    if (history.length === 0 || j.ignore) {
        const baseline = history.length > 0 ? (0,stats/* median */.JZ)(history.map((p) => p.value)) : undefined;
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
    const baseline = (0,stats/* median */.JZ)(segment.map((p) => p.value));
    const change = percentChange(currentValue, baseline, j.better);
    const pValues = [];
    let method = 'history';
    if (history.length >= j.minHistory)
        pValues.push(historyTest(series, [0, ...cuts], f(currentValue)));
    const baselineRuns = segment.slice(-SAMPLE_RUNS).map((p) => p.samples ?? []);
    if (current.samples && current.samples.length >= j.minSamples && baselineRuns.flat().length >= j.minSamples) {
        const a = withoutStrays(current.samples, spread).map(f);
        const b = baselineRuns.flatMap((run) => withoutStrays(run, spread)).map(f);
        const test = j.sampleTest === 'welch' ? stats/* welch */.Mz : stats/* mannWhitney */.Pi;
        pValues.push({ worse: test(a, b).p, better: test(b, a).p });
        method = 'samples';
    }
    const insufficient = pValues.length === 0;
    const pWorse = insufficient ? 0 : Math.max(...pValues.map((p) => p.worse));
    const pBetter = insufficient ? 0 : Math.max(...pValues.map((p) => p.better));
    const level = pWorse < j.alpha ? levelFor(change, j.thresholds) : 'none';
    const improved = pBetter < j.alpha && -change >= j.thresholds.minor;
    let verdict = verdictFor(level);
    if (insufficient && verdict === 'fail')
        verdict = 'warn';
    const decision = {
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
    if (!insufficient)
        decision.confidence = 1 - (change >= 0 ? pWorse : pBetter);
    const shift = latestWorseningShift(history, series, f(currentValue), minShift, j.alpha);
    if (shift)
        decision.changePoint = shift;
    return decision;
}
/** One-sided p-values of the current point against the segmented history's robust spread. */
function historyTest(series, starts, current) {
    const residuals = [];
    for (let s = 0; s < starts.length; s++) {
        const part = series.slice(starts[s], starts[s + 1] ?? series.length);
        const center = (0,stats/* median */.JZ)(part);
        for (const v of part)
            residuals.push(v - center);
    }
    const last = series.slice(starts.at(-1) ?? 0);
    // A median of m points has variance about (pi/2) sigma^2 / m: widen for the baseline's own uncertainty.
    const scale = Math.max((0,stats/* mad */.Fm)(residuals, 0), 1e-12) * Math.sqrt(1 + Math.PI / 2 / last.length);
    const z = (current - (0,stats/* median */.JZ)(last)) / scale;
    const df = Math.max(1, series.length - starts.length);
    return { worse: (0,stats/* studentUpperTail */.g_)(z, df), better: (0,stats/* studentUpperTail */.g_)(-z, df) };
}
/** The commit where the latest shift for the worse began, looking at the history and the current run. */
function latestWorseningShift(history, series, current, minShift, alpha) {
    const all = [...series, current];
    const cuts = changePoints(all, { alpha, minShift, minSegment: MIN_SEGMENT });
    for (let i = cuts.length - 1; i >= 0; i--) {
        const at = cuts[i];
        const before = (0,stats/* median */.JZ)(all.slice(cuts[i - 1] ?? 0, at));
        const after = (0,stats/* median */.JZ)(all.slice(at, cuts[i + 1] ?? all.length));
        if (after > before) {
            const commit = at < history.length ? history[at].commit : undefined;
            return commit === undefined ? undefined : { commit, index: at };
        }
    }
    return undefined;
}


/***/ }),

/***/ 1352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BR: () => (/* binding */ averageRanks),
/* harmony export */   Fm: () => (/* binding */ mad),
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   Mz: () => (/* binding */ welch),
/* harmony export */   Pi: () => (/* binding */ mannWhitney),
/* harmony export */   UD: () => (/* binding */ biweight),
/* harmony export */   g_: () => (/* binding */ studentUpperTail),
/* harmony export */   kP: () => (/* binding */ quantileSketch),
/* harmony export */   pc: () => (/* binding */ pooledSpread)
/* harmony export */ });
/* unused harmony exports quantile, mean, variance, normalUpperTail, incompleteBeta */
/**
 * The statistics the decisions rest on: robust location and spread, the normal and Student t
 * distributions, the Mann-Whitney U test (tie-corrected; exact for small samples without ties) and
 * Welch's t test. All tests here are one-sided: "is `a` larger than `b`?".
 */
function median(values) {
    return quantile(values, 0.5);
}
/** Linear-interpolated quantile (type 7, as R and numpy default). */
function quantile(values, q) {
    if (values.length === 0)
        return Number.NaN;
    const sorted = [...values].sort((x, y) => x - y);
    const pos = (sorted.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    const a = sorted[lo];
    const b = sorted[hi];
    return a + (b - a) * (pos - lo);
}
/** Median absolute deviation scaled by 1.4826, so it estimates the standard deviation of normal data. */
function mad(values, center = median(values)) {
    return 1.4826 * median(values.map((v) => Math.abs(v - center)));
}
/**
 * The spread within groups (e.g. the samples of each run), pooled over the groups: from the median of
 * the absolute differences between values of the same group, which unlike deviations from a group's own
 * median is not biased low for small groups (those are 25% low for five values). Estimates the standard
 * deviation of normal data; NaN when no group has two values. A large group counts as a sketch of 100
 * quantiles, which bounds the pairs to compare.
 */
function pooledSpread(groups) {
    const differences = [];
    for (const group of groups) {
        const g = quantileSketch(group, 100);
        for (let i = 0; i < g.length; i++)
            for (let k = i + 1; k < g.length; k++)
                differences.push(Math.abs(g[i] - g[k]));
    }
    return differences.length > 0 ? (1.4826 / Math.SQRT2) * median(differences) : Number.NaN;
}
/**
 * Tukey's biweight location for a known `scale`: a mean that gives values near the centre full weight and
 * none to values beyond c scales, so it is nearly as efficient as the mean on normal data yet ignores
 * outliers like the median. c = 4.685 is the usual 95%-efficiency tuning. Falls back to the median when
 * the scale is unknown or zero.
 */
function biweight(values, scale, c = 4.685) {
    let center = median(values);
    if (!(scale > 0))
        return center;
    for (let iteration = 0; iteration < 50; iteration++) {
        let sum = 0;
        let weights = 0;
        for (const v of values) {
            const u = (v - center) / (c * scale);
            if (Math.abs(u) >= 1)
                continue;
            const w = (1 - u * u) ** 2;
            sum += w * v;
            weights += w;
        }
        if (weights === 0)
            break;
        const next = sum / weights;
        if (Math.abs(next - center) <= 1e-10 * scale)
            return next;
        center = next;
    }
    return center;
}
function mean(values) {
    let sum = 0;
    for (const v of values)
        sum += v;
    return sum / values.length;
}
function variance(values) {
    const m = mean(values);
    let sum = 0;
    for (const v of values)
        sum += (v - m) ** 2;
    return sum / (values.length - 1);
}
/** Complementary error function (Numerical Recipes' Chebyshev fit, relative error < 1.2e-7). */
function erfc(x) {
    const z = Math.abs(x);
    const t = 1 / (1 + 0.5 * z);
    const r = t *
        Math.exp(-z * z -
            1.26551223 +
            t *
                (1.00002368 +
                    t *
                        (0.37409196 +
                            t *
                                (0.09678418 +
                                    t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
}
/** P(Z > z) for a standard normal Z. */
function normalUpperTail(z) {
    return 0.5 * erfc(z / Math.SQRT2);
}
function logGamma(x) {
    // Lanczos approximation (g = 7, n = 9).
    const c = [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
        -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];
    if (x < 0.5)
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    const xx = x - 1;
    let a = c[0];
    const t = xx + 7.5;
    for (let i = 1; i < 9; i++)
        a += c[i] / (xx + i);
    return 0.5 * Math.log(2 * Math.PI) + (xx + 0.5) * Math.log(t) - t + Math.log(a);
}
/** Continued fraction for the regularized incomplete beta function (modified Lentz). */
function betaContinuedFraction(a, b, x) {
    const tiny = 1e-300;
    let c = 1;
    let d = 1 - ((a + b) * x) / (a + 1);
    if (Math.abs(d) < tiny)
        d = tiny;
    d = 1 / d;
    let h = d;
    for (let m = 1; m <= 300; m++) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        h *= d * c;
        aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < 1e-12)
            break;
    }
    return h;
}
/** Regularized incomplete beta I_x(a, b). */
function incompleteBeta(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
    return x < (a + 1) / (a + b + 2) ? (front * betaContinuedFraction(a, b, x)) / a : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}
/** P(T > t) for Student's t with `df` degrees of freedom (df may be fractional, as Welch's is). */
function studentUpperTail(t, df) {
    if (!Number.isFinite(t))
        return t > 0 ? 0 : 1;
    if (!Number.isFinite(df) || df > 1e6)
        return normalUpperTail(t);
    const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
    return t > 0 ? tail : 1 - tail;
}
/** Average ranks (1-based) of `values`, and the tie groups' sizes for the variance correction. */
function averageRanks(values) {
    const order = values.map((v, i) => [v, i]).sort((x, y) => x[0] - y[0]);
    const result = new Array(values.length);
    const ties = [];
    for (let i = 0; i < order.length;) {
        let j = i;
        while (j + 1 < order.length && order[j + 1][0] === order[i][0])
            j++;
        const rank = (i + j) / 2 + 1;
        for (let k = i; k <= j; k++)
            result[order[k][1]] = rank;
        if (j > i)
            ties.push(j - i + 1);
        i = j + 1;
    }
    return { ranks: result, ties };
}
const EXACT_LIMIT = 40;
const exactCache = new Map();
/** Number of arrangements giving each U for sample sizes (m, n), as a probability distribution. */
function exactUDistribution(m, n) {
    const key = `${m},${n}`;
    const cached = exactCache.get(key);
    if (cached)
        return cached;
    // counts[i][j][u] via the recurrence f(i, j, u) = f(i-1, j, u-j) + f(i, j-1, u), rolled over i.
    const maxU = m * n;
    let prev = Array.from({ length: n + 1 }, () => new Float64Array(maxU + 1));
    for (let j = 0; j <= n; j++)
        prev[j][0] = 1;
    for (let i = 1; i <= m; i++) {
        const cur = Array.from({ length: n + 1 }, () => new Float64Array(maxU + 1));
        cur[0][0] = 1;
        for (let j = 1; j <= n; j++) {
            const row = cur[j];
            const left = cur[j - 1];
            const up = prev[j];
            for (let u = 0; u <= i * j; u++)
                row[u] = left[u] + (u >= j ? up[u - j] : 0);
        }
        prev = cur;
    }
    const counts = prev[n];
    let total = 0;
    for (const c of counts)
        total += c;
    const distribution = counts.map((c) => c / total);
    exactCache.set(key, distribution);
    return distribution;
}
/**
 * Mann-Whitney U: is `a` stochastically larger than `b`? Exact distribution for small samples without
 * ties, else the normal approximation with tie-corrected variance and a continuity correction.
 */
function mannWhitney(a, b) {
    const m = a.length;
    const n = b.length;
    const { ranks: r, ties } = averageRanks([...a, ...b]);
    let rankSum = 0;
    for (let i = 0; i < m; i++)
        rankSum += r[i];
    const u = rankSum - (m * (m + 1)) / 2;
    if (ties.length === 0 && m + n <= EXACT_LIMIT) {
        const dist = exactUDistribution(m, n);
        let p = 0;
        for (let k = Math.ceil(u); k <= m * n; k++)
            p += dist[k];
        return { p: Math.min(1, p), statistic: u };
    }
    const total = m + n;
    const tieTerm = ties.reduce((sum, t) => sum + t ** 3 - t, 0) / (total * (total - 1));
    const sd = Math.sqrt(((m * n) / 12) * (total + 1 - tieTerm));
    if (sd === 0)
        return { p: 1, statistic: u };
    const z = (u - (m * n) / 2 - 0.5) / sd;
    return { p: normalUpperTail(z), statistic: u };
}
/** Welch's t test: is the mean of `a` larger than the mean of `b` (unequal variances)? */
function welch(a, b) {
    const va = variance(a) / a.length;
    const vb = variance(b) / b.length;
    const diff = mean(a) - mean(b);
    const se = Math.sqrt(va + vb);
    if (se === 0)
        return { p: diff > 0 ? 0 : 1, statistic: diff > 0 ? Number.POSITIVE_INFINITY : 0 };
    const t = diff / se;
    const df = (va + vb) ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1));
    return { p: studentUpperTail(t, df), statistic: t };
}
/** Reduce a large sample to `count` evenly spaced quantiles: its distribution's shape in bounded space. */
function quantileSketch(values, count) {
    if (values.length <= count)
        return [...values];
    const sorted = [...values].sort((x, y) => x - y);
    return Array.from({ length: count }, (_, i) => {
        const pos = ((sorted.length - 1) * i) / (count - 1);
        const lo = Math.floor(pos);
        const a = sorted[lo];
        const b = sorted[Math.min(lo + 1, sorted.length - 1)];
        return a + (b - a) * (pos - lo);
    });
}


/***/ })

};
