export const id = 894;
export const ids = [894];
export const modules = {

/***/ 8894:
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

;// CONCATENATED MODULE: ./src/decision/baseline.ts

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
const MIN_TREND_RUNS = 10;
const TREND_T = 1;
/** The trend is fitted to at most this many latest runs: a drift is local, and pairwise slopes grow as n squared. */
const TREND_RUNS = 60;
function fitLine(values, positions) {
    if (values.length < MIN_TREND_RUNS)
        return { slope: 0, intercept: (0,stats/* median */.JZ)(values) };
    return (0,stats/* theilSen */.fR)(values.slice(-TREND_RUNS), positions.slice(-TREND_RUNS));
}
/** `starts` are the segments' first positions, ascending, beginning with 0. */
function runBaseline(series, starts) {
    const segments = starts.map((start, s) => ({ start, end: starts[s + 1] ?? series.length }));
    const positionsOf = (seg, keep) => {
        const positions = [];
        for (let i = seg.start; i < seg.end; i++)
            if (keep(i))
                positions.push(i);
        return positions;
    };
    const residualsOf = (keep) => {
        const lines = [];
        const residuals = new Map();
        for (const seg of segments) {
            const positions = positionsOf(seg, keep);
            const values = positions.map((i) => series[i]);
            const line = fitLine(values, positions);
            lines.push(line);
            positions.forEach((i, k) => {
                residuals.set(i, values[k] - (line.intercept + line.slope * i));
            });
        }
        return { lines, residuals };
    };
    const first = residualsOf(() => true);
    const firstSpread = (0,stats/* mad */.Fm)([...first.residuals.values()], 0);
    const outliers = new Set();
    const all = [...first.residuals.entries()];
    for (const [i, r] of all) {
        if (Math.abs(r) <= OUTLIER_SPREADS * firstSpread)
            continue;
        const near = all.filter(([k, q]) => k !== i && Math.abs(q - r) <= NEIGHBOUR_SPREADS * firstSpread).length;
        if (near < MODE_RUNS - 1)
            outliers.add(i);
    }
    const { lines, residuals } = outliers.size > 0 ? residualsOf((i) => !outliers.has(i)) : first;
    const kept = [...residuals.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => r);
    const whole = (0,stats.qn)(kept.slice(-SPREAD_RUNS)) || (0,stats/* mad */.Fm)(kept, 0);
    const wholeModes = modesOf(kept, whole);
    // The latest runs' deviations from the mode nearest to each: a run in a second mode is not noise.
    const centres = [0, ...wholeModes.map((m) => m.center)];
    const latestRuns = kept.slice(-RECENT_RUNS);
    const nearest = latestRuns.map((r) => Math.min(...centres.map((c) => Math.abs(r - c))));
    const recent = Math.sqrt(nearest.reduce((sum, d) => sum + d * d, 0) / Math.max(latestRuns.length, 1));
    const usedRecent = recent > RECENT_NOISIER * whole;
    const spread = usedRecent ? recent : whole;
    const latest = segments.at(-1);
    const line = lines.at(-1);
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
        level: trended ? line.intercept + line.slope * series.length : (0,stats/* median */.JZ)(latestPositions.map((i) => series[i])),
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
function modesOf(residuals, spread) {
    const modes = [];
    for (const side of [residuals.filter((r) => r > MODE_SPLIT * spread), residuals.filter((r) => r < -MODE_SPLIT * spread)]) {
        if (side.length >= MODE_RUNS)
            modes.push({ center: (0,stats/* median */.JZ)(side), runs: side.length });
    }
    return modes;
}

;// CONCATENATED MODULE: ./src/decision/tests.ts

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
function historyTest(baseline, current, margin) {
    const spread = Math.max(baseline.spread, 1e-12);
    const standardError = spread * Math.sqrt(1 + baseline.levelVariance);
    const shift = current - baseline.level;
    let pWorse = (0,stats/* studentUpperTail */.g_)((shift - margin) / standardError, baseline.df);
    let pBetter = (0,stats/* studentUpperTail */.g_)((-shift - margin) / standardError, baseline.df);
    for (const mode of baseline.modes) {
        const error = spread * Math.sqrt(1 + Math.PI / 2 / mode.runs);
        const z = (shift - mode.center) / error;
        if (mode.center > 0 && z > -MODE_REACH)
            pWorse = Math.max(pWorse, (0,stats/* studentUpperTail */.g_)(z, baseline.df));
        if (mode.center < 0 && z < MODE_REACH)
            pBetter = Math.max(pBetter, (0,stats/* studentUpperTail */.g_)(-z, baseline.df));
    }
    return { pWorse, pBetter, shift, standardError, df: baseline.df };
}
/**
 * The current run's raw samples against those of the latest baseline runs (already oriented, strays and
 * outlier runs left out), each side moved by `margin` towards the other: Mann-Whitney U compares the
 * distributions, not one centre; Welch's t compares means of logs. The shift is the difference of
 * medians, its error from the pooled within-run spread.
 */
function samplesTest(current, baselineRuns, test, margin) {
    const b = baselineRuns.flat();
    const run = test === 'welch' ? stats/* welch */.Mz : stats/* mannWhitney */.Pi;
    const lowered = current.map((v) => v - margin);
    const raised = current.map((v) => v + margin);
    const spread = (0,stats/* pooledSpread */.pc)([current, ...baselineRuns]);
    // A median's standard error is sqrt(pi/2) times the mean's.
    const standardError = (Number.isFinite(spread) ? spread : 0) * Math.sqrt((Math.PI / 2) * (1 / current.length + 1 / b.length));
    return {
        pWorse: run(lowered, b).p,
        pBetter: run(b, raised).p,
        shift: (0,stats/* median */.JZ)(current) - (0,stats/* median */.JZ)(b),
        standardError,
        df: current.length + b.length - 2,
    };
}
/** The shift's two-sided 95% interval. */
function interval(outcome) {
    const q = outcome.standardError > 0 ? (0,stats/* studentQuantile */.FI)(0.025, outcome.df) * outcome.standardError : 0;
    return { low: outcome.shift - q, high: outcome.shift + q };
}
/**
 * The smallest oriented shift one run can show at `alpha` with 95% power, and how many runs (their values
 * averaged) would bring that down to `target`: undefined when even many runs could not, because the
 * baseline's own uncertainty is too large.
 */
function resolution(baseline, alpha, target) {
    const k = (0,stats/* studentQuantile */.FI)(alpha, baseline.df) + (0,stats/* studentQuantile */.FI)(0.05, baseline.df);
    const detectable = k * baseline.spread * Math.sqrt(1 + baseline.levelVariance);
    const room = (target / (k * baseline.spread)) ** 2 - baseline.levelVariance;
    if (detectable <= target)
        return { detectable, runs: 1 };
    return room > 0 ? { detectable, runs: Math.ceil(1 / room) } : { detectable };
}

;// CONCATENATED MODULE: ./src/decide.ts




const MIN_SEGMENT = 3;
/**
 * The samples test compares against the raw samples of up to this many latest runs of the baseline: more
 * power than one run alone, and one outlier run cannot decide. Pooling ignores run-to-run noise, which
 * is why the history test must agree once there is enough history. History keeps samples this deep.
 */
const SAMPLE_RUNS = 5;
function orientation(better, values) {
    const sign = better === 'smaller' ? 1 : -1;
    return values.every((v) => v > 0)
        ? { to: (v) => sign * Math.log(v), from: (o) => Math.exp(sign * o) }
        : { to: (v) => sign * v, from: (o) => sign * o };
}
/** Relative change in percent, positive = worse. */
function percentChange(current, baseline, better) {
    if (baseline === 0)
        return current === 0 ? 0 : (better === 'smaller') === current > 0 ? 100 : -100;
    const ratio = current / baseline;
    return better === 'smaller' ? (ratio - 1) * 100 : (1 - ratio) * 100;
}
/**
 * The level of a change: the highest threshold it reaches, or the next one up when the upper end `high` of
 * the change's 95% interval reaches that one (a change measured at 9% that may well be 10% is major: a
 * regression of the major size must fail reliably, not half the time). The minor threshold, the minimum
 * effect, is always measured, never inferred.
 */
function levelFor(change, t, high = change) {
    if (change < t.minor)
        return 'none';
    if (change >= t.critical || (change >= t.major && high >= t.critical))
        return 'critical';
    if (change >= t.major || high >= t.major)
        return 'major';
    return 'minor';
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
    const asChange = (shift) => percentChange(currentValue, f.from(fc - shift), j.better);
    const outcomes = [];
    if (history.length >= j.minHistory)
        outcomes.push({ test: 'history', name: TEST_NAMES.history, outcome: historyTest(robust, fc, margin) });
    const baselineRuns = segment.slice(-SAMPLE_RUNS).map((p) => p.samples ?? []);
    if (current.samples && current.samples.length >= j.minSamples && baselineRuns.flat().length >= j.minSamples) {
        const a = withoutStrays(current.samples, spread).map(f.to);
        const b = baselineRuns.map((run) => withoutStrays(run, spread).map(f.to)).filter((run) => run.length > 0);
        outcomes.push({ test: 'samples', name: TEST_NAMES[j.sampleTest], outcome: samplesTest(a, b, j.sampleTest, margin) });
    }
    const evidence = outcomes.map(({ test, name, outcome }) => {
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
    if (insufficient && verdict === 'fail')
        verdict = 'warn';
    const decision = {
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
        outlierRuns: [...robust.outliers].map((i) => history[i].commit),
    };
    if (!insufficient)
        decision.confidence = 1 - (change >= 0 ? pWorse : pBetter);
    if (robust.slope !== 0)
        decision.drift = asChange(robust.slope);
    if (history.length >= j.minHistory) {
        const r = resolution(robust, j.alpha, Math.log1p(j.thresholds.major / 100));
        if (r.runs !== 1)
            decision.tooNoisy = { detectable: asChange(r.detectable), ...(r.runs ? { runs: r.runs } : {}) };
    }
    const shift = latestWorseningShift(history, series, fc, minShift, j.alpha);
    if (shift)
        decision.changePoint = shift;
    return decision;
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
/* harmony export */   FI: () => (/* binding */ studentQuantile),
/* harmony export */   Fm: () => (/* binding */ mad),
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   Mz: () => (/* binding */ welch),
/* harmony export */   Pi: () => (/* binding */ mannWhitney),
/* harmony export */   UD: () => (/* binding */ biweight),
/* harmony export */   fR: () => (/* binding */ theilSen),
/* harmony export */   g_: () => (/* binding */ studentUpperTail),
/* harmony export */   kP: () => (/* binding */ quantileSketch),
/* harmony export */   pc: () => (/* binding */ pooledSpread),
/* harmony export */   qn: () => (/* binding */ qn)
/* harmony export */ });
/* unused harmony exports quantile, mean, variance, normalUpperTail, incompleteBeta */
/**
 * The statistics the decisions rest on: robust location, spread and trend, the normal and Student t
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
    // A typed array sorts numerically without a comparator: several times faster on the hot path.
    const sorted = Float64Array.from(values).sort();
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
/** Croux and Rousseeuw's small-sample factors for Qn (n = 2..9), then their formula for larger n. */
const QN_SMALL = [0, 0, 0.399, 0.994, 0.512, 0.844, 0.611, 0.857, 0.669, 0.872];
/**
 * Rousseeuw and Croux's Qn: the first quartile of the distances between pairs, scaled to estimate the
 * standard deviation of normal data. Half the values can be anything without breaking it, like the MAD,
 * but it is 82% efficient where the MAD is 37%, and it needs no centre: with two modes it measures the
 * spread within them, where the MAD measures their distance. NaN for fewer than two values.
 */
function qn(values) {
    const n = values.length;
    if (n < 2)
        return Number.NaN;
    const distances = new Float64Array((n * (n - 1)) / 2);
    let at = 0;
    for (let i = 0; i < n; i++)
        for (let k = i + 1; k < n; k++)
            distances[at++] = Math.abs(values[i] - values[k]);
    distances.sort();
    const h = Math.floor(n / 2) + 1;
    const kth = (h * (h - 1)) / 2;
    const factor = n <= 9 ? QN_SMALL[n] : n % 2 === 1 ? n / (n + 1.4) : n / (n + 3.8);
    return 2.2219 * factor * distances[kth - 1];
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
/**
 * The Theil-Sen line through `values` at `positions` (0, 1, 2, ... unless given): the median of the
 * pairwise slopes and the median intercept. Up to 29% of the points can be anything without moving it,
 * which a least-squares line cannot claim.
 */
function theilSen(values, positions = values.map((_, i) => i)) {
    const slopes = [];
    for (let i = 0; i < values.length; i++)
        for (let k = i + 1; k < values.length; k++) {
            const run = positions[k] - positions[i];
            if (run !== 0)
                slopes.push((values[k] - values[i]) / run);
        }
    const slope = slopes.length > 0 ? median(slopes) : 0;
    return { slope, intercept: median(values.map((v, i) => v - slope * positions[i])) };
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
const quantileCache = new Map();
/** The t with P(T > t) = p for Student's t with `df` degrees of freedom (bisection, remembered; 0 < p < 1). */
function studentQuantile(p, df) {
    const key = `${p},${df}`;
    const known = quantileCache.get(key);
    if (known !== undefined)
        return known;
    let lo = -1e3;
    let hi = 1e3;
    for (let i = 0; i < 100 && hi - lo > 1e-9; i++) {
        const mid = (lo + hi) / 2;
        if (studentUpperTail(mid, df) > p)
            lo = mid;
        else
            hi = mid;
    }
    const t = (lo + hi) / 2;
    if (quantileCache.size < 10_000)
        quantileCache.set(key, t);
    return t;
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
