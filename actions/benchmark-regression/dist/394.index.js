export const id = 394;
export const ids = [394];
export const modules = {

/***/ 5394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkThresholds: () => (/* binding */ checkThresholds),
/* harmony export */   compileOverrides: () => (/* binding */ compileOverrides)
/* harmony export */ });
/* harmony import */ var _archway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9791);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6444);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);


function checkThresholds(t, where) {
    if (!(t.minor <= t.major && t.major <= t.critical)) {
        throw new _archway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: thresholds must rise from minor to major to critical (got minor ${t.minor}, major ${t.major}, critical ${t.critical})`);
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
            matches = picomatch__WEBPACK_IMPORTED_MODULE_1___default()(pattern, { bash: true, dot: true, strictBrackets: true });
        }
        catch (error) {
            throw new _archway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input 'overrides' has a bad pattern '${pattern}': ${error.message}`);
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


/***/ })

};
