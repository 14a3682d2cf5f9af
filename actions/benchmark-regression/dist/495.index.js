export const id = 495;
export const ids = [495,640];
export const modules = {

/***/ 4495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   annotateRegressions: () => (/* binding */ annotateRegressions),
/* harmony export */   failure: () => (/* binding */ failure),
/* harmony export */   publishResult: () => (/* binding */ publishResult)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3960);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9640);



/** Write the result file (for quality-gate and later steps) under RUNNER_TEMP and set the outputs. */
async function publishResult(result, suite, outputs) {
    const { writeUserFile, workspaceDir } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2186));
    const dir = process.env.RUNNER_TEMP ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(process.env.RUNNER_TEMP) : workspaceDir();
    const file = await writeUserFile('name', node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, 'benchmark-regression', `${suite}.json`), `${JSON.stringify(result, null, 2)}\n`);
    outputs.set('status', result.status);
    outputs.set('regressions', result.regressions);
    outputs.set('worst-change', Number(result.worstChange.toFixed(2)));
    outputs.set('result-json', file);
    return file;
}
/** One annotation per regressed benchmark: an error when it fails the step, else a warning. */
function annotateRegressions(decisions, failOnRegression) {
    for (const d of decisions.filter((d) => d.level !== 'none')) {
        const message = `${d.name}: ${(0,_report_js__WEBPACK_IMPORTED_MODULE_2__.formatValue)(d.current, d.unit)} vs ${(0,_report_js__WEBPACK_IMPORTED_MODULE_2__.formatValue)(d.baseline, d.unit)}, ${d.change?.toFixed(1)}% worse (${d.level})`;
        if (d.verdict === 'fail' && failOnRegression)
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3(message, { title: 'Benchmark regression' });
        else
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(message, { title: 'Benchmark regression' });
    }
}
/** The verdict's message when the step fails, or undefined when it passes. */
function failure(result, decisions, thresholds, failOnRegression) {
    if (result.status !== 'fail' || !failOnRegression)
        return undefined;
    const failed = decisions.filter((d) => d.verdict === 'fail').length;
    return `${failed} benchmark${failed === 1 ? '' : 's'} regressed by ${thresholds.major}% or more (worst +${result.worstChange.toFixed(1)}%).`;
}


/***/ }),

/***/ 9640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildResult: () => (/* binding */ buildResult),
  formatValue: () => (/* binding */ formatValue),
  renderReport: () => (/* binding */ renderReport)
});

;// CONCATENATED MODULE: ../../shared/src/contracts/benchmark-result.schema.json
const benchmark_result_schema_namespaceObject = {};
;// CONCATENATED MODULE: ../../shared/src/contracts/benchmark-result.ts

/**
 * The result file benchmark-regression writes (its `result-json` output) and quality-gate reads: the one
 * contract between the two actions. Changes are percentages where positive always means worse, whatever
 * the unit's direction, so a consumer never needs to know whether bigger is better.
 * benchmark-result.schema.json beside this file is the same contract as a JSON schema.
 */
const BENCHMARK_RESULT_FORMAT = 'archway.benchmark-result/v1';
/** benchmark-result.schema.json, for validate(). */
const benchmarkResultSchema = (/* unused pure expression or super */ null && (schema));

// EXTERNAL MODULE: ../../shared/src/runner/summary.ts
var summary = __webpack_require__(3657);
;// CONCATENATED MODULE: ./src/report.ts


const ORDER = { pass: 0, warn: 1, fail: 2 };
/** The result file quality-gate reads (the @archway/kit/benchmark-result contract). */
function buildResult(decisions, thresholds, context) {
    const regressed = decisions.filter((d) => d.level !== 'none');
    const status = decisions.reduce((worst, d) => (ORDER[d.verdict] > ORDER[worst] ? d.verdict : worst), 'pass');
    const benchmarks = decisions.map(({ baselinePoints: _p, historyCount: _h, insufficient: _i, ...verdict }) => verdict);
    return {
        format: BENCHMARK_RESULT_FORMAT,
        status,
        ...(context.commit ? { commit: context.commit } : {}),
        ...(context.branch ? { branch: context.branch } : {}),
        thresholds,
        worstChange: regressed.reduce((worst, d) => Math.max(worst, d.change ?? 0), 0),
        regressions: regressed.length,
        benchmarks,
    };
}
const ICON = { pass: '✅', warn: '⚠️', fail: '❌' };
function formatValue(value, unit) {
    if (value === undefined)
        return '—';
    const shown = Math.abs(value) >= 1e6 || (Math.abs(value) < 1e-3 && value !== 0) ? value.toExponential(3) : Number(value.toPrecision(4)).toString();
    return `${shown} ${unit}`;
}
function formatChange(d) {
    if (d.change === undefined)
        return 'new';
    const sign = d.change > 0 ? '+' : '';
    return `${sign}${d.change.toFixed(1)}% ${d.change > 0 ? 'worse' : d.change < 0 ? 'better' : ''}`.trim();
}
function verdictText(d) {
    if (d.method === 'new')
        return '🆕 new';
    if (d.level !== 'none')
        return `${ICON[d.verdict]} ${d.level}${d.insufficient ? ' (little history)' : ''}`;
    if (d.improved)
        return '🚀 improved';
    return '✅ ok';
}
/** Most interesting first: regressions by size, then improvements, new benchmarks, the rest by change. */
function rank(a, b) {
    const weight = (d) => (d.level !== 'none' ? 3 : d.improved ? 2 : d.method === 'new' ? 1 : 0);
    return weight(b) - weight(a) || (b.change ?? 0) - (a.change ?? 0) || a.name.localeCompare(b.name);
}
/** A mermaid line chart of the baseline history and the current run, for one benchmark. */
function trendChart(d) {
    const values = [...d.baselinePoints.map((p) => p.value), d.current];
    const labels = [...d.baselinePoints.map((p) => p.commit.slice(0, 7) || '?'), 'this run'];
    const quote = (s) => `"${s.replace(/"/g, "'")}"`;
    return [
        '```mermaid',
        'xychart-beta',
        `  title ${quote(`${d.name} (${d.unit}, ${d.better} is better)`)}`,
        `  x-axis [${labels.map(quote).join(', ')}]`,
        `  y-axis ${quote(d.unit)}`,
        `  line [${values.map((v) => Number(v.toPrecision(6))).join(', ')}]`,
        '```',
    ].join('\n');
}
/** The job summary and PR comment: headline, a table of every benchmark, and trend charts of the worst. */
function renderReport(result, decisions, context, charts = 3) {
    const sorted = [...decisions].sort(rank);
    const improved = decisions.filter((d) => d.improved).length;
    const fresh = decisions.filter((d) => d.method === 'new').length;
    const headline = `## ${ICON[result.status]} Benchmarks: ${context.suite} — ${result.status}`;
    const counts = [
        `${decisions.length} benchmarks (${context.tools.join(', ')})`,
        `${result.regressions} regressed${result.regressions ? `, worst +${result.worstChange.toFixed(1)}%` : ''}`,
        `${improved} improved`,
        `${fresh} new`,
    ].join(' · ');
    const basis = context.historyRuns > 0
        ? `Compared with up to ${context.historyRuns} earlier runs of \`${context.baselineBranch}\` from ${context.storage}.`
        : `No earlier runs of \`${context.baselineBranch}\` in ${context.storage} yet: this run starts the history.`;
    const rows = sorted.map((d) => [
        d.name,
        formatValue(d.baseline, d.unit),
        formatValue(d.current, d.unit),
        formatChange(d),
        d.confidence === undefined ? '—' : `${(d.confidence * 100).toFixed(1)}%`,
        verdictText(d) + (d.changePoint ? ` · shift since \`${d.changePoint.commit.slice(0, 7)}\`` : ''),
    ]);
    const table = (0,summary/* markdownTable */.Qj)(['benchmark', 'baseline', 'current', 'change', 'confidence', 'verdict'], rows);
    const t = result.thresholds;
    const legend = `Thresholds: minor ${t.minor}% (warn), major ${t.major}% (fail), critical ${t.critical}%. A change counts only when it is statistically significant and at least the minor threshold.`;
    const trending = sorted.filter((d) => (d.change ?? 0) > 0 && d.baselinePoints.length >= 2).slice(0, charts);
    const chartSection = trending.length ? `\n\n### Trends of the worst\n\n${trending.map(trendChart).join('\n\n')}` : '';
    return `${headline}\n\n${counts}\n\n${basis}\n\n${table}\n\n${legend}${chartSection}\n`;
}


/***/ })

};
