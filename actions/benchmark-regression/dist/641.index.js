export const id = 641;
export const ids = [641];
export const modules = {

/***/ 9641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  policyFrom: () => (/* binding */ policyFrom)
});

// UNUSED EXPORTS: betterOf

// EXTERNAL MODULE: ../../shared/src/index.ts + 7 modules
var src = __webpack_require__(2724);
// EXTERNAL MODULE: ../../node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/index.js
var picomatch = __webpack_require__(6444);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/overrides.ts


function checkThresholds(t, where) {
    if (!(t.minor <= t.major && t.major <= t.critical)) {
        throw new src/* ConfigurationError */.j1(`${where}: thresholds must rise from minor to major to critical (got minor ${t.minor}, major ${t.major}, critical ${t.critical})`);
    }
}
/**
 * Compile the patterns once. `*` matches any text including '/', since benchmark names use '/' for
 * parameters (BM_Fib/20) rather than for directories. A malformed pattern is refused by name.
 */
function compileOverrides(overrides, defaults) {
    const rules = Object.entries(overrides ?? {}).map(([pattern, settings]) => {
        let matches;
        try {
            matches = picomatch_default()(pattern, { bash: true, dot: true, strictBrackets: true });
        }
        catch (error) {
            throw new src/* ConfigurationError */.j1(`Input 'overrides' has a bad pattern '${pattern}': ${(0,src/* errorMessage */.gJ)(error)}`);
        }
        checkThresholds({ ...defaults, ...pick(settings) }, `Input 'overrides', pattern '${pattern}'`);
        return { matches, settings };
    });
    return (name) => {
        const resolved = { thresholds: { ...defaults }, ignore: false };
        for (const { matches, settings } of rules) {
            if (!matches(name))
                continue;
            Object.assign(resolved.thresholds, pick(settings));
            if (settings.better)
                resolved.better = settings.better;
            if (settings.ignore !== undefined)
                resolved.ignore = settings.ignore;
        }
        return resolved;
    };
}
function pick(o) {
    const t = {};
    if (o.minor !== undefined)
        t.minor = o.minor;
    if (o.major !== undefined)
        t.major = o.major;
    if (o.critical !== undefined)
        t.critical = o.critical;
    return t;
}

// EXTERNAL MODULE: ./src/units.ts
var units = __webpack_require__(524);
;// CONCATENATED MODULE: ./src/policy.ts


/**
 * Which way is better for a benchmark, decided here and only here: an override in the `overrides` input
 * wins, then what the tool or format says (customBiggerIsBetter, a rate counter, BMF's throughput), then
 * the unit (a rate is better bigger, anything else smaller).
 */
function betterOf(m, override) {
    return override ?? m.better ?? (0,units/* betterFromUnit */.HV)(m.unit);
}
function policyFrom(given) {
    const thresholds = { minor: given.minorThreshold, major: given.majorThreshold, critical: given.criticalThreshold };
    checkThresholds(thresholds, "Inputs 'minor-threshold', 'major-threshold' and 'critical-threshold'");
    const settingsFor = compileOverrides(given.overrides, thresholds);
    return {
        thresholds,
        judgementFor(m) {
            const settings = settingsFor(m.name);
            return {
                thresholds: settings.thresholds,
                better: betterOf(m, settings.better),
                alpha: given.alpha,
                minSamples: given.minSamples,
                minHistory: given.minHistory,
                sampleTest: given.sampleTest,
                ignore: settings.ignore,
            };
        },
    };
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
