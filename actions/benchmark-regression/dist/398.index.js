export const id = 398;
export const ids = [398,979,755];
export const modules = {

/***/ 5755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kM: () => (/* binding */ SAMPLE_RUNS),
  decide: () => (/* binding */ decide),
  runValue: () => (/* binding */ runValue)
});

// UNUSED EXPORTS: levelFor, percentChange, verdictFor

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
/** The summary value of a run: the median of its samples when it has them, else the tool's value. */
function runValue(value, samples) {
    return samples && samples.length > 0 ? (0,stats/* median */.JZ)(samples) : value;
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
    const currentValue = runValue(current.value, current.samples);
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
    const pooled = segment.slice(-SAMPLE_RUNS).flatMap((p) => p.samples ?? []);
    if (current.samples && current.samples.length >= j.minSamples && pooled.length >= j.minSamples) {
        const a = current.samples.map(f);
        const b = pooled.map(f);
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

/***/ 7979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HISTORY_FORMAT: () => (/* binding */ HISTORY_FORMAT),
/* harmony export */   MAX_SAMPLES: () => (/* binding */ MAX_SAMPLES),
/* harmony export */   addEntry: () => (/* binding */ addEntry),
/* harmony export */   baselineBranch: () => (/* binding */ baselineBranch),
/* harmony export */   emptyHistory: () => (/* binding */ emptyHistory),
/* harmony export */   entriesOf: () => (/* binding */ entriesOf),
/* harmony export */   parseHistory: () => (/* binding */ parseHistory),
/* harmony export */   seriesFor: () => (/* binding */ seriesFor)
/* harmony export */ });
/* harmony import */ var _archway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9791);
/* harmony import */ var _decide_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5755);
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1352);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(524);




/**
 * The stored history of one benchmark suite: one entry per run (commit) and branch, oldest first. It stays
 * bounded: at most `max-history` entries per branch, and raw samples only in each branch's newest
 * SAMPLE_RUNS entries (as a quantile sketch of at most MAX_SAMPLES values), which is all the decision reads.
 */
const HISTORY_FORMAT = 'archway.benchmark-history/v1';
const MAX_SAMPLES = 100;
function emptyHistory() {
    return { format: HISTORY_FORMAT, entries: [] };
}
/** Accept a stored document, refusing anything that is not one (a wrong path must not be overwritten). */
function parseHistory(value, label) {
    const doc = value;
    if (!doc || typeof doc !== 'object' || doc.format !== HISTORY_FORMAT || !Array.isArray(doc.entries)) {
        throw new _archway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label} is not a benchmark history (expected a JSON object with format '${HISTORY_FORMAT}')`);
    }
    return {
        format: HISTORY_FORMAT,
        entries: doc.entries.filter((e) => e && typeof e.branch === 'string' && typeof e.benchmarks === 'object'),
    };
}
/**
 * Add a run. A re-run of the same commit on the same branch replaces its earlier entry. Then trim: keep the
 * newest `maxHistory` entries per branch, samples only in the newest SAMPLE_RUNS per branch.
 */
function addEntry(doc, entry, maxHistory) {
    const entries = doc.entries.filter((e) => !(e.branch === entry.branch && e.commit === entry.commit));
    entries.push(sketched(entry));
    const seen = new Map();
    const kept = [];
    for (let i = entries.length - 1; i >= 0; i--) {
        const e = entries[i];
        const rank = seen.get(e.branch) ?? 0;
        seen.set(e.branch, rank + 1);
        if (rank >= maxHistory)
            continue;
        kept.push(rank >= _decide_js__WEBPACK_IMPORTED_MODULE_1__/* .SAMPLE_RUNS */ .kM ? withoutSamples(e) : e);
    }
    return { format: HISTORY_FORMAT, entries: kept.reverse() };
}
function sketched(entry) {
    const benchmarks = {};
    for (const [name, b] of Object.entries(entry.benchmarks)) {
        benchmarks[name] = b.samples ? { ...b, samples: (0,_stats_js__WEBPACK_IMPORTED_MODULE_2__/* .quantileSketch */ .kP)(b.samples, MAX_SAMPLES) } : b;
    }
    return { ...entry, benchmarks };
}
function withoutSamples(entry) {
    if (!Object.values(entry.benchmarks).some((b) => b.samples))
        return entry;
    const benchmarks = {};
    for (const [name, { samples: _dropped, ...rest }] of Object.entries(entry.benchmarks))
        benchmarks[name] = rest;
    return { ...entry, benchmarks };
}
/** The first branch among `candidates` that has entries, else the first candidate. */
function baselineBranch(doc, candidates) {
    return candidates.find((b) => doc.entries.some((e) => e.branch === b)) ?? candidates[0];
}
function entriesOf(doc, branch) {
    return doc.entries.filter((e) => e.branch === branch);
}
/**
 * The last `window` points of one benchmark on a branch, converted to `unit`. Points in a unit that cannot
 * be converted (the benchmark changed what it measures) are left out, along with everything before them.
 */
function seriesFor(entries, name, unit, window) {
    const points = [];
    for (let i = entries.length - 1; i >= 0 && points.length < window; i--) {
        const entry = entries[i];
        const stored = entry.benchmarks[name];
        if (!stored)
            continue;
        const factor = (0,_units_js__WEBPACK_IMPORTED_MODULE_3__/* .conversionFactor */ .oo)(stored.unit, unit);
        if (factor === undefined)
            break;
        points.push({
            commit: entry.commit,
            value: stored.value * factor,
            ...(stored.samples ? { samples: stored.samples.map((s) => s * factor) } : {}),
        });
    }
    return points.reverse();
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
/* harmony export */   g_: () => (/* binding */ studentUpperTail),
/* harmony export */   kP: () => (/* binding */ quantileSketch)
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


/***/ }),

/***/ 1398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openStore: () => (/* binding */ openStore)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3960);
// EXTERNAL MODULE: ../../shared/src/index.ts + 6 modules
var src = __webpack_require__(9791);
// EXTERNAL MODULE: ../../shared/src/process.ts + 2 modules
var src_process = __webpack_require__(4551);
// EXTERNAL MODULE: ./src/history.ts
var src_history = __webpack_require__(7979);
;// CONCATENATED MODULE: ./src/stores/branch.ts







const BOT = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
const REJECTED = /non-fast-forward|fetch first|\[rejected\]|stale info|failed to update ref|cannot lock ref|incorrect old value/i;
/**
 * History in a file on a data branch (gh-pages or a dedicated one) of the checked-out repository. Commits
 * are made with plumbing (hash-object, a private index, commit-tree), so the workspace's working tree,
 * index and checked-out branch are never touched, and the branch's other files are kept. When another job
 * pushed first, the push is refused; the store then fetches the new tip, applies its update to that
 * history again and retries, so concurrent jobs all land their runs.
 */
function branchStore(options) {
    const remote = options.remote ?? 'origin';
    const localRef = `refs/archway/benchmark-data/${options.branch}`;
    const label = `The history file ${options.historyPath} on branch ${options.branch}`;
    const git = async (args, extra = {}) => (0,src_process/* runProcess */.R3)('git', ['-C', options.workspace, ...args], {
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...extra.env },
        ...(extra.input === undefined ? {} : { input: extra.input }),
        timeoutMs: 120_000,
    });
    const must = async (args, extra) => {
        const result = await git(args, extra);
        if (result.exitCode !== 0)
            throw new Error(`git ${args[0]} failed: ${result.stderr.trim() || result.stdout.trim()}`);
        return result.stdout.trim();
    };
    /** Fetch the data branch's tip into a private ref; undefined when the branch does not exist yet. */
    const fetchTip = async () => {
        if ((await git(['rev-parse', '--git-dir'])).exitCode !== 0) {
            throw new src/* ConfigurationError */.j1(`Input 'storage' is 'branch', but the workspace is not a git repository: check the repository out first (actions/checkout)`);
        }
        const fetched = await git(['fetch', '--no-tags', '--quiet', remote, `+refs/heads/${options.branch}:${localRef}`]);
        if (fetched.exitCode !== 0) {
            if (/couldn't find remote ref|no such ref/i.test(fetched.stderr))
                return undefined;
            throw new src/* ConfigurationError */.j1(`Could not fetch branch ${options.branch} from ${remote}: ${fetched.stderr.trim()}`);
        }
        return must(['rev-parse', localRef]);
    };
    const readAt = async (tip) => {
        if (!tip)
            return (0,src_history.emptyHistory)();
        const shown = await git(['show', `${tip}:${options.historyPath}`]);
        if (shown.exitCode !== 0)
            return (0,src_history.emptyHistory)();
        try {
            return (0,src_history.parseHistory)(JSON.parse(shown.stdout), label);
        }
        catch (error) {
            if (error instanceof src/* ConfigurationError */.j1)
                throw error;
            throw new src/* ConfigurationError */.j1(`${label} is not valid JSON: ${error.message}`);
        }
    };
    const commitOnto = async (tip, doc, message) => {
        const blob = await must(['hash-object', '-w', '--stdin'], { input: `${JSON.stringify(doc)}\n` });
        const scratch = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(process.env.RUNNER_TEMP ?? external_node_os_default().tmpdir(), 'benchmark-index-'));
        try {
            const env = { GIT_INDEX_FILE: external_node_path_default().join(scratch, 'index') };
            await must(tip ? ['read-tree', tip] : ['read-tree', '--empty'], { env });
            await must(['update-index', '--add', '--cacheinfo', `100644,${blob},${options.historyPath}`], { env });
            const tree = await must(['write-tree'], { env });
            const identity = {
                GIT_AUTHOR_NAME: BOT.name,
                GIT_AUTHOR_EMAIL: BOT.email,
                GIT_COMMITTER_NAME: BOT.name,
                GIT_COMMITTER_EMAIL: BOT.email,
            };
            return await must(['commit-tree', tree, ...(tip ? ['-p', tip] : []), '-m', message], { env: identity });
        }
        finally {
            (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
        }
    };
    return {
        description: `${options.historyPath} on branch ${options.branch}`,
        async load() {
            return readAt(await fetchTip());
        },
        async save(branch, update) {
            const attempts = options.attempts ?? 8;
            for (let attempt = 1; attempt <= attempts; attempt++) {
                const tip = await fetchTip();
                const next = update(await readAt(tip));
                const commit = await commitOnto(tip, next, `Benchmark history: ${options.historyPath} for ${branch}`);
                const pushed = await git(['push', '--quiet', remote, `${commit}:refs/heads/${options.branch}`]);
                if (pushed.exitCode === 0)
                    return;
                if (!REJECTED.test(pushed.stderr)) {
                    throw new src/* ConfigurationError */.j1(`Could not push the benchmark history to ${options.branch} (the job needs 'contents: write' and checked-out credentials): ${pushed.stderr.trim()}`);
                }
                core/* info */.pq(`Another job updated ${options.branch} first; merging with its history and retrying (${attempt}/${attempts}).`);
                await new Promise((resolve) => setTimeout(resolve, 100 * attempt + Math.random() * 400));
            }
            throw new Error(`Could not push the benchmark history to ${options.branch} after ${attempts} attempts: other jobs kept updating it`);
        },
    };
}

;// CONCATENATED MODULE: ../../shared/src/cache-store.ts



/**
 * Small JSON documents (benchmark history, coverage baselines) kept in the Actions cache, one line of
 * history per branch. Cache entries are immutable, so every save makes a new key
 * `archway-<namespace>/<branch>/<run>-<attempt>`, and a restore by the prefix `archway-<namespace>/<branch>/`
 * finds the newest one. The cache's own scoping lets a pull request read its base branch's entries.
 *
 * The cache version hashes the path list, so the path must be the same on every run: a relative
 * directory in the workspace, created for the transfer and removed afterwards.
 */
const STORE_DIR = '.archway-cache-store';
/** '/' ends each part, and cannot occur inside one: branch `main` never matches the keys of `main-2`. */
function keyPrefix(namespace, branch) {
    const part = (text) => text.replace(/[^\w.-]+/g, '_');
    return `archway-${part(namespace)}/${part(branch)}/`;
}
function storePaths(namespace) {
    const relative = `${STORE_DIR}/${namespace}`;
    // @actions/cache resolves relative paths against the working directory (the workspace on a runner).
    const absolute = external_node_path_default().resolve(relative);
    return { relative, absolute, file: external_node_path_default().join(absolute, 'data.json') };
}
function available() {
    return Boolean(process.env.ACTIONS_RESULTS_URL || process.env.ACTIONS_CACHE_URL);
}
/** The newest document saved for the first branch that has one, or undefined. */
async function restoreJson(namespace, branches) {
    if (!available()) {
        core/* info */.pq(`No Actions cache service here: starting ${namespace} without stored data.`);
        return undefined;
    }
    const cache = await __webpack_require__.e(/* import() */ 697).then(__webpack_require__.bind(__webpack_require__, 6697));
    const { relative, absolute, file } = storePaths(namespace);
    const [first, ...rest] = branches.map((b) => keyPrefix(namespace, b));
    if (!first)
        return undefined;
    try {
        const key = await cache.restoreCache([relative], first, [first, ...rest]);
        if (!key || !(0,external_node_fs_.existsSync)(file))
            return undefined;
        return { value: JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8')), key };
    }
    catch (error) {
        core/* warning */.$e(`Could not restore ${namespace} from the Actions cache: ${error.message}`);
        return undefined;
    }
    finally {
        (0,external_node_fs_.rmSync)(absolute, { recursive: true, force: true });
        removeIfEmpty(external_node_path_default().dirname(absolute));
    }
}
/** Save a document for a branch. Failures are warnings: stored data is an aid, not the step's purpose. */
async function saveJson(namespace, branch, value) {
    if (!available())
        return undefined;
    const cache = await __webpack_require__.e(/* import() */ 697).then(__webpack_require__.bind(__webpack_require__, 6697));
    const { relative, absolute, file } = storePaths(namespace);
    const key = `${keyPrefix(namespace, branch)}${process.env.GITHUB_RUN_ID ?? Date.now()}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}`;
    (0,external_node_fs_.mkdirSync)(absolute, { recursive: true });
    (0,external_node_fs_.writeFileSync)(file, JSON.stringify(value));
    try {
        await cache.saveCache([relative], key);
        return key;
    }
    catch (error) {
        core/* warning */.$e(`Could not save ${namespace} to the Actions cache: ${error.message}`);
        return undefined;
    }
    finally {
        (0,external_node_fs_.rmSync)(absolute, { recursive: true, force: true });
        removeIfEmpty(external_node_path_default().dirname(absolute));
    }
}
function removeIfEmpty(dir) {
    try {
        (0,external_node_fs_.rmdirSync)(dir);
    }
    catch {
        // Not empty (another store in use) or already gone.
    }
}

;// CONCATENATED MODULE: ./src/stores/cache.ts


/**
 * History in the Actions cache, one line per branch (a new immutable entry per run). A pull request
 * restores its base branch's newest entry; a push restores its own branch's, falling back to the default
 * branch's, and saves its own.
 */
function cacheStore(suite) {
    const namespace = `benchmark-regression-${suite}`;
    let loaded;
    return {
        description: 'the Actions cache',
        async load(branches) {
            const restored = await restoreJson(namespace, branches);
            loaded = restored ? (0,src_history.parseHistory)(restored.value, `The cached history (${restored.key})`) : (0,src_history.emptyHistory)();
            return loaded;
        },
        async save(branch, update) {
            await saveJson(namespace, branch, update(loaded ?? (0,src_history.emptyHistory)()));
        },
    };
}

;// CONCATENATED MODULE: ./src/stores/file.ts




/** History in a JSON file of the workspace, which the workflow keeps (commits, uploads, caches) itself. */
function fileStore(workspace, historyPath) {
    const file = external_node_path_default().resolve(workspace, historyPath);
    const read = () => {
        if (!(0,external_node_fs_.existsSync)(file))
            return (0,src_history.emptyHistory)();
        let value;
        try {
            value = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        }
        catch (error) {
            throw new src/* ConfigurationError */.j1(`Input 'history-path' (${historyPath}) is not valid JSON: ${error.message}`);
        }
        return (0,src_history.parseHistory)(value, `Input 'history-path' (${historyPath})`);
    };
    return {
        description: `the file ${historyPath}`,
        async load() {
            return read();
        },
        async save(_branch, update) {
            const next = update(read());
            (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
            // Write beside and rename, so a cancelled step never leaves half a history behind.
            const temporary = `${file}.${process.pid}.tmp`;
            (0,external_node_fs_.writeFileSync)(temporary, `${JSON.stringify(next)}\n`);
            (0,external_node_fs_.renameSync)(temporary, file);
        },
    };
}

;// CONCATENATED MODULE: ./src/stores/index.ts



function openStore(storage, o) {
    switch (storage) {
        case 'cache':
            return cacheStore(o.suite);
        case 'branch':
            return branchStore({ workspace: o.workspace, branch: o.dataBranch, historyPath: o.historyPath });
        case 'file':
            return fileStore(o.workspace, o.historyPath);
    }
}


/***/ }),

/***/ 524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HV: () => (/* binding */ betterFromUnit),
/* harmony export */   oo: () => (/* binding */ conversionFactor),
/* harmony export */   r2: () => (/* binding */ toNanoseconds)
/* harmony export */ });
const TIME_UNITS = { ps: 1e-3, ns: 1, us: 1e3, µs: 1e3, μs: 1e3, ms: 1e6, s: 1e9, sec: 1e9, min: 6e10 };
const TIME_WORD = /^(ps|ns|us|µs|μs|ms|s|sec|secs|second|seconds|min|minute|minutes)$/i;
/**
 * Which way is better, from the unit alone: a rate (something per unit of time, `ops`, `Hz`) is better
 * bigger; times, sizes and counts per operation are better smaller. `ns/op` is a time per operation,
 * `MB/s` and `ops/sec` are rates.
 */
function betterFromUnit(unit) {
    const u = unit.trim();
    if (/^(ops|operations|iter|iterations|items|requests|req|runs)\b/i.test(u))
        return 'bigger';
    if (/hz$/i.test(u) || /per\s+second/i.test(u) || /throughput/i.test(u))
        return 'bigger';
    const slash = u.lastIndexOf('/');
    if (slash > 0 && TIME_WORD.test(u.slice(slash + 1).trim()))
        return 'bigger';
    return 'smaller';
}
/** Split a time unit with an optional per-something suffix ("us", "ms/iter", "ns/op") into its parts. */
function timeUnit(unit) {
    const match = /^\s*(ps|ns|us|µs|μs|ms|s|sec|min)(\/.*)?\s*$/.exec(unit);
    if (!match?.[1])
        return undefined;
    const factor = TIME_UNITS[match[1]];
    return factor === undefined ? undefined : { factor, suffix: match[2] ?? '' };
}
/**
 * The factor that converts a value in `from` into `to`, or undefined when they are not the same kind
 * (e.g. a tool that prints "us" one day and "ms" the next is still comparable; "ns/op" and "B/op" are not).
 */
function conversionFactor(from, to) {
    if (from === to)
        return 1;
    const a = timeUnit(from);
    const b = timeUnit(to);
    if (!a || !b || a.suffix !== b.suffix)
        return undefined;
    return a.factor / b.factor;
}
/** A value with its time unit scaled to nanoseconds, for formats whose printed unit changes with magnitude. */
function toNanoseconds(value, unit) {
    const t = timeUnit(unit);
    return t && t.suffix === '' ? value * t.factor : undefined;
}


/***/ })

};
