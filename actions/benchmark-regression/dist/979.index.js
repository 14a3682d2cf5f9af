export const id = 979;
export const ids = [979];
export const modules = {

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
/* harmony import */ var _archway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2724);
/* harmony import */ var _decide_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8894);
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
