export const id = 288;
export const ids = [288];
export const modules = {

/***/ 1288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  thisRun: () => (/* binding */ thisRun)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ../../shared/src/runner/context.ts

/** The webhook payload of the run (GITHUB_EVENT_PATH), or {} outside a runner. */
function eventPayload() {
    const file = process.env.GITHUB_EVENT_PATH;
    if (!file)
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
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
function context_pullRequestNumber() {
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

;// CONCATENATED MODULE: ./src/run.ts

function thisRun() {
    const pullRequest = isPullRequest();
    const branch = currentBranch();
    const defaultBranch = eventPayload().repository?.default_branch ?? 'main';
    const base = baseBranch();
    const pullRequestNumber = context_pullRequestNumber();
    return {
        workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
        pullRequest,
        ...(pullRequestNumber === undefined ? {} : { pullRequestNumber }),
        branch,
        commit: headSha(),
        ...(process.env.GITHUB_RUN_ID ? { runId: process.env.GITHUB_RUN_ID } : {}),
        baselineCandidates: pullRequest ? [base ?? defaultBranch] : [...new Set([branch, defaultBranch])],
        codeBranches: [...new Set([branch, defaultBranch, ...(base ? [base] : [])])],
    };
}


/***/ })

};
