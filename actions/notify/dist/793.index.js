export const id = 793;
export const ids = [793];
export const modules = {

/***/ 1793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readRunFacts: () => (/* binding */ readRunFacts)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7768);
/* harmony import */ var _archway_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6393);


/**
 * From the Actions API: when this run started (for the duration) and, for `on: change`, the conclusion of
 * the newest earlier completed run of the same workflow on the same branch.
 */
async function readRunFacts(client, branch, wantPrevious) {
    const { currentRepository } = await Promise.all(/* import() */[__webpack_require__.e(280), __webpack_require__.e(890)]).then(__webpack_require__.bind(__webpack_require__, 7890));
    const repo = currentRepository();
    const runId = Number(process.env.GITHUB_RUN_ID);
    const facts = { durationSeconds: null };
    let workflowId;
    try {
        const { data: run } = await client.rest.actions.getWorkflowRun({ ...repo, run_id: runId });
        workflowId = run.workflow_id;
        const started = Date.parse(run.run_started_at ?? run.created_at);
        if (Number.isFinite(started))
            facts.durationSeconds = Math.max(0, Math.round((Date.now() - started) / 1000));
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`The run's start time is not available (${(0,_archway_kit__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}); the message has no duration.`);
    }
    if (!wantPrevious)
        return facts;
    if (workflowId === undefined) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e('on: change could not read this run from the Actions API (the token needs actions: read); sending as if nothing were known');
        facts.previousConclusion = null;
        return facts;
    }
    try {
        const { data } = await client.rest.actions.listWorkflowRuns({
            ...repo,
            workflow_id: workflowId,
            branch,
            status: 'completed',
            per_page: 20,
        });
        const previous = data.workflow_runs.find((r) => r.id !== runId && r.run_number <= Number(process.env.GITHUB_RUN_NUMBER ?? Number.MAX_SAFE_INTEGER));
        facts.previousConclusion = previous?.conclusion ?? null;
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`on: change could not list the earlier runs (${(0,_archway_kit__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}); sending as if nothing were known`);
        facts.previousConclusion = null;
    }
    return facts;
}


/***/ })

};
