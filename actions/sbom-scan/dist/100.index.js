export const id = 100;
export const ids = [100];
export const modules = {

/***/ 54100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readGemfileLock: () => (/* binding */ readGemfileLock)
/* harmony export */ });
/* harmony import */ var _sbom_purl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31652);

/**
 * Gemfile.lock: specs under GEM (and GIT/PATH sources) at four spaces as `name (version)`, their
 * dependencies at six; DEPENDENCIES lists what the Gemfile asks for directly.
 */
async function readGemfileLock(source) {
    const specs = [];
    const direct = new Set();
    let section = '';
    for (const [index, raw] of source.text.split(/\r?\n/).entries()) {
        if (/^[A-Z]/.test(raw))
            section = raw.trim();
        const spec = /^ {4}([^\s(]+) \(([^)]+)\)$/.exec(raw);
        const dep = /^ {6}([^\s(]+)/.exec(raw);
        if (spec && ['GEM', 'GIT', 'PATH'].includes(section)) {
            // Platform gems carry the platform after the version: nokogiri (1.16.0-x86_64-linux).
            const version = spec[2].replace(/-(x86|x64|arm|aarch|universal|java|mingw|mswin|darwin|linux).*$/, '');
            specs.push({ name: spec[1], version, line: index + 1, deps: [], local: section === 'PATH' });
        }
        else if (dep && specs.length > 0 && ['GEM', 'GIT', 'PATH'].includes(section)) {
            specs[specs.length - 1]?.deps.push(dep[1]);
        }
        else if (section === 'DEPENDENCIES') {
            const m = /^ {2}([^\s(!]+)/.exec(raw);
            if (m)
                direct.add(m[1]);
        }
    }
    const versionOf = new Map(specs.map((s) => [s.name, s.version]));
    const seen = new Map();
    for (const s of specs.filter((s) => !s.local)) {
        const purl = (0,_sbom_purl_js__WEBPACK_IMPORTED_MODULE_0__/* .purlOf */ .V)('RubyGems', s.name, s.version);
        if (seen.has(purl))
            continue;
        seen.set(purl, {
            ecosystem: 'RubyGems',
            name: s.name,
            version: s.version,
            purl,
            dev: false,
            direct: direct.size > 0 ? direct.has(s.name) : undefined,
            hashes: [],
            dependsOn: s.deps.filter((d) => versionOf.has(d)).map((d) => (0,_sbom_purl_js__WEBPACK_IMPORTED_MODULE_0__/* .purlOf */ .V)('RubyGems', d, versionOf.get(d))),
            lockfile: source.path,
            line: s.line,
        });
    }
    return { components: [...seen.values()], warnings: [] };
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
