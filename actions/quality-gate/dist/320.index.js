export const id = 320;
export const ids = [320];
export const modules = {

/***/ 4320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_ANNOTATIONS: () => (/* binding */ MAX_ANNOTATIONS),
/* harmony export */   checkAnnotations: () => (/* binding */ checkAnnotations),
/* harmony export */   publish: () => (/* binding */ publish)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3960);
/* harmony import */ var _archway_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1591);
/* harmony import */ var _security_sarif_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8759);



/** Annotations on one check run; GitHub takes 50 per request, so this is at most 10 requests. */
const MAX_ANNOTATIONS = 500;
const SEVERITY_LEVEL = {
    critical: 'failure',
    high: 'failure',
    medium: 'warning',
    low: 'notice',
};
/** Failed tests, flaky tests and security findings that name a file, as check-run annotations. */
function checkAnnotations(evidence) {
    const annotations = [];
    const test = (t, level, title) => {
        if (!t.file)
            return;
        annotations.push({
            path: t.file,
            start_line: t.line ?? 1,
            end_line: t.line ?? 1,
            annotation_level: level,
            title: `${title}: ${t.name}`,
            message: t.message,
            ...(t.details ? { raw_details: t.details } : {}),
        });
    };
    for (const t of evidence.tests?.failures ?? [])
        test(t, 'failure', 'Failed test');
    for (const t of evidence.tests?.flakyTests ?? [])
        test(t, 'warning', `Flaky test (${t.attempts} attempts)`);
    for (const f of (0,_security_sarif_js__WEBPACK_IMPORTED_MODULE_2__/* .sortFindings */ .Tc)([...(evidence.security?.findings ?? [])])) {
        if (!f.file)
            continue;
        annotations.push({
            path: f.file,
            start_line: f.line ?? 1,
            end_line: f.endLine ?? f.line ?? 1,
            annotation_level: SEVERITY_LEVEL[f.severity],
            title: `${f.severity} ${f.tool} finding: ${f.ruleId}`,
            message: f.message,
        });
    }
    return annotations.slice(0, MAX_ANNOTATIONS);
}
/**
 * The GitHub side: a check run with annotations and, on pull requests, one comment updated in place.
 * A token that may not write (a fork's pull request) turns each write into a warning; the gate's verdict
 * never depends on these calls.
 */
async function publish(options) {
    const [{ createGitHubClient, currentRepository, isPermissionError }, context] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(280), __webpack_require__.e(890)]).then(__webpack_require__.bind(__webpack_require__, 7890)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6426)),
    ]);
    const result = {};
    if (fromFork(context.eventPayload())) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e("This pull request comes from a fork, whose workflows get a read-only token: no check run or comment is written. The gate's verdict stands; the report is in the job summary.");
        return result;
    }
    const client = createGitHubClient({ token: options.token });
    const { owner, repo } = currentRepository();
    let readOnly = false;
    const attempt = async (what, write) => {
        if (readOnly) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Did not ${what}: the token may not write here.`);
            return;
        }
        try {
            await write(client);
        }
        catch (error) {
            const reason = (0,_archway_kit__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error).split('\n')[0];
            readOnly = isPermissionError(error);
            if (readOnly)
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not ${what}: the token may not write here (${reason}); the gate's verdict stands.`);
            else
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not ${what}: ${reason}`);
        }
    };
    if (options.checkName) {
        await attempt('create the check run', async (c) => {
            const { publishCheckRun } = await __webpack_require__.e(/* import() */ 701).then(__webpack_require__.bind(__webpack_require__, 7701));
            const run = await publishCheckRun(c, {
                owner,
                repo,
                headSha: context.headSha(),
                name: options.checkName,
                conclusion: options.conclusion,
                title: options.title,
                summary: options.markdown,
                annotations: checkAnnotations(options.evidence),
            });
            result.checkRunUrl = run.url;
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Check run '${options.checkName}': ${run.url || run.id}`);
        });
    }
    const pr = context.pullRequestNumber();
    if (options.comment && pr !== undefined) {
        await attempt(`comment on pull request #${pr}`, async (c) => {
            const { upsertPrComment } = await __webpack_require__.e(/* import() */ 775).then(__webpack_require__.bind(__webpack_require__, 6775));
            const marker = `quality-gate/${options.checkName || 'default'}`;
            const comment = await upsertPrComment(c, { owner, repo, issueNumber: pr, marker, body: options.markdown });
            result.commented = comment.action;
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Pull request comment ${comment.action} (#${comment.id}).`);
        });
    }
    else if (options.comment) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('comment: this run is not for a pull request; no comment written.');
    }
    return result;
}
/** A pull_request run from a fork: GitHub hands its workflow a read-only token (pull_request_target aside). */
function fromFork(event) {
    if (process.env.GITHUB_EVENT_NAME !== 'pull_request')
        return false;
    const pr = event.pull_request;
    const head = pr?.head?.repo?.full_name;
    return Boolean(head && pr?.base?.repo?.full_name && head !== pr.base.repo.full_name);
}


/***/ })

};
