export const id = 961;
export const ids = [961];
export const modules = {

/***/ 8961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   baseBranch: () => (/* binding */ baseBranch),
/* harmony export */   currentBranch: () => (/* binding */ currentBranch),
/* harmony export */   eventPayload: () => (/* binding */ eventPayload),
/* harmony export */   headSha: () => (/* binding */ headSha),
/* harmony export */   isPullRequest: () => (/* binding */ isPullRequest),
/* harmony export */   jobIdentity: () => (/* binding */ jobIdentity),
/* harmony export */   pullRequestNumber: () => (/* binding */ pullRequestNumber)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** The webhook payload of the run (GITHUB_EVENT_PATH), or {} outside a runner. */
function eventPayload() {
    const file = process.env.GITHUB_EVENT_PATH;
    if (!file)
        return {};
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
    }
    catch {
        return {};
    }
}
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
function isPullRequest() {
    return PULL_REQUEST_EVENTS.includes(process.env.GITHUB_EVENT_NAME ?? '');
}
/** The pull request number of a pull_request(_target) run, or undefined. */
function pullRequestNumber() {
    const pr = eventPayload().pull_request;
    return typeof pr?.number === 'number' ? pr.number : undefined;
}
/** The branch the run is about: the PR's head branch, or the pushed branch. */
function currentBranch() {
    return (isPullRequest() ? process.env.GITHUB_HEAD_REF : process.env.GITHUB_REF_NAME) || 'unknown';
}
/** The branch a pull request merges into; undefined outside pull requests. */
function baseBranch() {
    return isPullRequest() ? process.env.GITHUB_BASE_REF || undefined : undefined;
}
/** The commit a check run or status belongs to: a PR's head commit, else GITHUB_SHA. */
function headSha() {
    const pr = eventPayload().pull_request;
    return pr?.head?.sha ?? process.env.GITHUB_SHA ?? '';
}
/** Distinguishes jobs of a matrix and re-runs, for names that must be unique per job. */
function jobIdentity() {
    return [process.env.GITHUB_JOB, process.env.GITHUB_RUN_ID, process.env.GITHUB_RUN_ATTEMPT].filter(Boolean).join('-');
}


/***/ })

};
