export const id = 288;
export const ids = [288];
export const modules = {

/***/ 73288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readWorkflow: () => (/* binding */ readWorkflow)
/* harmony export */ });
/* harmony import */ var _sbom_purl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31652);

const SHA = /^[0-9a-f]{40}$/;
/**
 * .github/workflows/*.yml and action.yml: every `uses: owner/repo[/path]@ref` is a component (OSV has a
 * GitHub Actions ecosystem). A ref that is not a full commit SHA can be moved under the user's feet, so
 * it is flagged. Local (./) and docker:// references are not third-party code from a repository.
 */
async function readWorkflow(source) {
    const components = [];
    for (const [index, raw] of source.text.split(/\r?\n/).entries()) {
        const m = /^\s*(?:-\s+)?uses:\s*['"]?([^\s'"#]+)['"]?/.exec(raw);
        if (!m)
            continue;
        const ref = m[1];
        if (ref.startsWith('./') || ref.startsWith('docker://') || !ref.includes('@'))
            continue;
        const [path, version] = ref.split('@');
        const [owner, repo] = path.split('/');
        if (!owner || !repo)
            continue;
        const name = `${owner}/${repo}`;
        components.push({
            ecosystem: 'GitHub Actions',
            name,
            version,
            purl: (0,_sbom_purl_js__WEBPACK_IMPORTED_MODULE_0__/* .purlOf */ .V)('GitHub Actions', name, version),
            dev: true,
            direct: true,
            hashes: [],
            dependsOn: [],
            lockfile: source.path,
            line: index + 1,
            pinnedByTag: !SHA.test(version),
        });
    }
    return { components, warnings: [] };
}


/***/ }),

/***/ 31652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ normalisePythonName),
/* harmony export */   V: () => (/* binding */ purlOf)
/* harmony export */ });
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52470);
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(packageurl_js__WEBPACK_IMPORTED_MODULE_0__);

/** purl type per OSV ecosystem (purl-spec PURL-TYPES). */
const PURL_TYPE = {
    'crates.io': 'cargo',
    PyPI: 'pypi',
    npm: 'npm',
    Go: 'golang',
    RubyGems: 'gem',
    Packagist: 'composer',
    Maven: 'maven',
    NuGet: 'nuget',
    ConanCenter: 'conan',
    'GitHub Actions': 'github',
};
/** Splits an ecosystem name into purl namespace and name ('@scope/pkg', 'group:artifact', 'a/b/c'). */
function split(ecosystem, name) {
    const at = (separator) => {
        const index = name.lastIndexOf(separator);
        return index > 0 ? [name.slice(0, index), name.slice(index + 1)] : [undefined, name];
    };
    switch (ecosystem) {
        case 'npm':
            return name.startsWith('@') ? at('/') : [undefined, name];
        case 'Maven':
            return at(':');
        case 'Go':
        case 'Packagist':
        case 'GitHub Actions':
            return at('/');
        default:
            return [undefined, name];
    }
}
function purlOf(ecosystem, name, version, qualifiers) {
    const [namespace, short] = split(ecosystem, name);
    // PyPI names are case-insensitive with '-', '_' and '.' equivalent (PEP 503); purl-spec normalises them.
    const pypi = ecosystem === 'PyPI';
    const finalName = pypi ? short.toLowerCase().replace(/[-_.]+/g, '-') : short;
    return new packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL(PURL_TYPE[ecosystem], namespace, finalName, version || undefined, qualifiers, undefined).toString();
}
/** PEP 503 normalised name, as OSV's PyPI records spell packages. */
function normalisePythonName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}


/***/ })

};
