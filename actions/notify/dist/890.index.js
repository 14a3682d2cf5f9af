export const id = 890;
export const ids = [890];
export const modules = {

/***/ 7890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   currentRepository: () => (/* binding */ currentRepository),
/* harmony export */   isPermissionError: () => (/* binding */ isPermissionError)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7768);
/* harmony import */ var _octokit_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9463);
/* harmony import */ var _octokit_plugin_paginate_rest__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6432);
/* harmony import */ var _octokit_plugin_rest_endpoint_methods__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2310);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(545);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6404);






const ArchwayOctokit = _octokit_core__WEBPACK_IMPORTED_MODULE_1__/* .Octokit */ .E.plugin(_octokit_plugin_rest_endpoint_methods__WEBPACK_IMPORTED_MODULE_2__/* .restEndpointMethods */ ._, _octokit_plugin_paginate_rest__WEBPACK_IMPORTED_MODULE_3__/* .paginateRest */ .ud, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
/**
 * Octokit with the retry and throttling plugins, as every GitHub call in archway goes. Import this module
 * lazily (`await import('@archway/kit/github')`) so actions that do not call GitHub start fast.
 */
function createGitHubClient(options) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(options.token);
    const retries = options.retries ?? 3;
    return new ArchwayOctokit({
        auth: options.token,
        baseUrl: options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
        userAgent: 'archway',
        // 403 and 429 are rate limits when they are retryable at all, and the throttling plugin owns those;
        // a 403 otherwise means "not allowed" (a fork's read-only token) and retrying it only wastes time.
        retry: { retries, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
        throttle: {
            onRateLimit: (retryAfter, opts, _octokit, retryCount) => {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`GitHub rate limit hit for ${opts.method} ${opts.url}; retrying after ${retryAfter}s`);
                return retryCount < retries;
            },
            onSecondaryRateLimit: (retryAfter, opts, _octokit, retryCount) => {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`GitHub secondary rate limit for ${opts.method} ${opts.url}; retrying after ${retryAfter}s`);
                return retryCount < retries;
            },
        },
    });
}
/** owner/repo of the workflow run. */
function currentRepository() {
    const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        throw new Error('GITHUB_REPOSITORY is not set (owner/repo)');
    return { owner, repo };
}
/** A 403/404 on a write with a read-only token (fork pull requests) is not the gate's failure. */
function isPermissionError(error) {
    const status = error.status;
    return status === 403 || status === 404;
}


/***/ })

};
