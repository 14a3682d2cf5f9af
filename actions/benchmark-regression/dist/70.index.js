export const id = 70;
export const ids = [70];
export const modules = {

/***/ 2070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commentOnPullRequest: () => (/* binding */ commentOnPullRequest)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3960);
/* harmony import */ var _archway_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2724);


/**
 * Post (or update in place) the report as the pull request's comment for this suite. A comment is a
 * courtesy, not the verdict: any failure (a read-only token from a fork, the API unreachable) is a
 * warning, as quality-gate does.
 */
async function commentOnPullRequest(token, suite, issueNumber, body) {
    if (!token) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e("No 'token': the pull request comment is skipped.");
        return;
    }
    const { createGitHubClient, currentRepository, isPermissionError } = await Promise.all(/* import() */[__webpack_require__.e(280), __webpack_require__.e(890)]).then(__webpack_require__.bind(__webpack_require__, 7890));
    const { upsertPrComment } = await __webpack_require__.e(/* import() */ 775).then(__webpack_require__.bind(__webpack_require__, 6775));
    try {
        const client = createGitHubClient({ token });
        const done = await upsertPrComment(client, { ...currentRepository(), issueNumber, marker: `benchmark-regression/${suite}`, body });
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Pull request comment ${done.action} (${done.id}).`);
    }
    catch (error) {
        const why = isPermissionError(error) ? ' (a read-only token, e.g. from a fork)' : '';
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not comment on the pull request${why}: ${(0,_archway_kit__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
    }
}


/***/ })

};
