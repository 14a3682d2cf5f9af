export const id = 352;
export const ids = [352];
export const modules = {

/***/ 64352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   submitSnapshot: () => (/* binding */ submitSnapshot),
/* harmony export */   uploadSarif: () => (/* binding */ uploadSarif)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97768);
/* harmony import */ var _archway_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38586);



async function client(token) {
    const { createGitHubClient, currentRepository } = await Promise.all(/* import() */[__webpack_require__.e(280), __webpack_require__.e(890)]).then(__webpack_require__.bind(__webpack_require__, 47890));
    return { octokit: createGitHubClient({ token }), ...currentRepository() };
}
function explain(what, error) {
    const status = error.status;
    const hint = status === 403 || status === 404 ? ' (the token may lack the permission, as on a fork pull request)' : '';
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`${what} failed${hint}: ${(0,_archway_kit__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
}
/** Upload SARIF to code scanning (security-events: write). A refusal is a warning, never the step's failure. */
async function uploadSarif(token, sarif) {
    try {
        const { octokit, owner, repo } = await client(token);
        const response = await octokit.rest.codeScanning.uploadSarif({
            owner,
            repo,
            commit_sha: process.env.GITHUB_SHA ?? '',
            ref: process.env.GITHUB_REF ?? 'refs/heads/main',
            sarif: (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gzipSync)(sarif).toString('base64'),
            tool_name: 'archway sbom-scan',
        });
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`SARIF uploaded to code scanning (${response.data.id})`);
        return response.data.id;
    }
    catch (error) {
        explain('Uploading SARIF to code scanning', error);
        return undefined;
    }
}
/**
 * Submit the components to the dependency graph (contents: write), one manifest per lockfile, so
 * Dependabot alerts and dependency review see packages that GitHub cannot detect itself.
 */
async function submitSnapshot(token, components, version) {
    const manifests = {};
    for (const c of components) {
        manifests[c.lockfile] ??= { name: c.lockfile, file: { source_location: c.lockfile }, resolved: {} };
        const m = manifests[c.lockfile];
        m.resolved[c.purl] = {
            package_url: c.purl,
            relationship: c.direct === false ? 'indirect' : 'direct',
            scope: c.dev ? 'development' : 'runtime',
            dependencies: c.dependsOn,
        };
    }
    try {
        const { octokit, owner, repo } = await client(token);
        const response = await octokit.rest.dependencyGraph.createRepositorySnapshot({
            owner,
            repo,
            version: 0,
            sha: process.env.GITHUB_SHA ?? '',
            ref: process.env.GITHUB_REF ?? 'refs/heads/main',
            job: {
                correlator: `${process.env.GITHUB_WORKFLOW ?? 'workflow'}-${process.env.GITHUB_JOB ?? 'job'}-sbom-scan`,
                id: process.env.GITHUB_RUN_ID ?? '0',
            },
            detector: { name: 'archway sbom-scan', version, url: 'https://github.com/archway-ci/archway' },
            scanned: new Date().toISOString(),
            manifests,
        });
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Dependency snapshot ${response.data.id} submitted: ${response.data.result}`);
        return response.data.id;
    }
    catch (error) {
        explain('Submitting the dependency snapshot', error);
        return undefined;
    }
}


/***/ })

};
