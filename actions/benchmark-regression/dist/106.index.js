export const id = 106;
export const ids = [106];
export const modules = {

/***/ 5106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   historyEntry: () => (/* binding */ historyEntry)
/* harmony export */ });
/* harmony import */ var _archway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2724);

/**
 * This run as a history entry: per benchmark the run value its decision used (so later runs' history
 * tests compare like with like), its unit and direction, and its samples. Nothing that is not a finite
 * number is stored: one NaN in a history would be read back as a baseline by every later run.
 */
function historyEntry(run, measurements, decisions) {
    const benchmarks = {};
    measurements.forEach((m, i) => {
        const decision = decisions[i];
        const values = [decision.current, ...(m.samples ?? [])];
        if (!values.every(Number.isFinite)) {
            throw new _archway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Benchmark '${m.name}' has a value that is not a finite number; it is not stored in the history`);
        }
        benchmarks[m.name] = {
            value: decision.current,
            unit: m.unit,
            better: decision.better,
            ...(m.samples ? { samples: m.samples } : {}),
        };
    });
    return {
        commit: run.commit || `run-${run.runId ?? Date.now()}`,
        branch: run.branch,
        date: new Date().toISOString(),
        benchmarks,
    };
}


/***/ })

};
