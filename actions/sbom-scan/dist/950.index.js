export const id = 950;
export const ids = [950];
export const modules = {

/***/ 71901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ lockfileError),
/* harmony export */   M: () => (/* binding */ parseYamlLockfile),
/* harmony export */   MT: () => (/* binding */ parseToml),
/* harmony export */   PK: () => (/* binding */ sriHashes),
/* harmony export */   cA: () => (/* binding */ lineOf),
/* harmony export */   mh: () => (/* binding */ lineAt),
/* harmony export */   qF: () => (/* binding */ parseJson),
/* harmony export */   qY: () => (/* binding */ asRecord),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   ze: () => (/* binding */ lineFinder)
/* harmony export */ });
/* harmony import */ var _archway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38586);

/** The one shape of a lockfile error: which file, which line, what is wrong. */
function lockfileError(file, line, message) {
    return new _archway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Lockfile ${file} cannot be read${line ? ` at line ${line}` : ''}: ${message}`);
}
/** Offsets where each line starts, for the text read last (readers ask for many lines of one text). */
let indexed;
function lineStarts(text) {
    if (indexed?.text !== text) {
        const starts = [0];
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            starts.push(i + 1);
        indexed = { text, starts };
    }
    return indexed.starts;
}
/** The 1-based line holding `offset` (a binary search in the text's line index). */
function lineAt(text, offset) {
    const starts = lineStarts(text);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid] <= offset)
            low = mid;
        else
            high = mid - 1;
    }
    return low + 1;
}
function parseJson(file, text) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const message = (0,_archway_kit__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
        const position = /position (\d+)/.exec(message);
        const line = /line (\d+)/.exec(message);
        throw lockfileError(file, line ? Number(line[1]) : position ? lineAt(text, Number(position[1])) : undefined, `not valid JSON (${message.replace(/ in JSON at position \d+.*$/, '').replace(/ \(line \d+ column \d+\)$/, '')})`);
    }
}
async function parseToml(file, text) {
    const { parse, TomlError } = await __webpack_require__.e(/* import() */ 69).then(__webpack_require__.bind(__webpack_require__, 83069));
    try {
        return parse(text);
    }
    catch (error) {
        if (error instanceof TomlError)
            throw lockfileError(file, error.line, `not valid TOML (${error.message.split('\n')[0]})`);
        throw error;
    }
}
async function parseYamlLockfile(file, text) {
    const { parseDocument } = await __webpack_require__.e(/* import() */ 293).then(__webpack_require__.t.bind(__webpack_require__, 88293, 19));
    const doc = parseDocument(text, { uniqueKeys: false });
    const first = doc.errors[0];
    if (first)
        throw lockfileError(file, first.linePos?.[0]?.line, `not valid YAML (${first.message.split('\n')[0]})`);
    return doc.toJS({ maxAliasCount: 1000 });
}
/** The 1-based line of the first occurrence of `needle`, for pointing a finding at its package. */
function lineOf(text, needle, from = 0) {
    const index = text.indexOf(needle, from);
    return index === -1 ? undefined : lineAt(text, index);
}
/**
 * lineOf for needles that each occur once and are asked for in file order (the keys of a lockfile as
 * JSON.parse returns them): each search starts where the last one ended, so a whole lockfile costs one
 * pass instead of one pass per package; a needle not found ahead is looked for from the start.
 */
function lineFinder(text) {
    let cursor = 0;
    return (needle) => {
        let index = text.indexOf(needle, cursor);
        if (index === -1)
            index = text.indexOf(needle);
        if (index === -1)
            return undefined;
        cursor = index + needle.length;
        return lineAt(text, index);
    };
}
/** Decode an SRI integrity string (`sha512-<base64>`) or a hex checksum into our hash shape. */
function sriHashes(integrity) {
    if (typeof integrity !== 'string')
        return [];
    const algs = { sha1: 'SHA-1', sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' };
    return integrity
        .split(/\s+/)
        .map((part) => /^(sha1|sha256|sha384|sha512)-([A-Za-z0-9+/=]+)$/.exec(part))
        .filter((m) => m !== null)
        .map((m) => ({ alg: algs[m[1]], content: Buffer.from(m[2], 'base64').toString('hex') }));
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function asRecord(value) {
    return isRecord(value) ? value : {};
}


/***/ }),

/***/ 4950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readComposerLock: () => (/* binding */ readComposerLock)
/* harmony export */ });
/* harmony import */ var _sbom_purl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31652);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71901);


/** composer.lock: `packages` and `packages-dev`, each with its licences and requirements. */
async function readComposerLock(source) {
    const doc = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(source.path, source.text);
    if (!(0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(doc) || !Array.isArray(doc.packages))
        throw (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .lockfileError */ .Em)(source.path, undefined, 'no "packages" list');
    const all = [
        ...doc.packages.map((p) => ({ p: (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(p), dev: false })),
        ...(Array.isArray(doc['packages-dev']) ? doc['packages-dev'] : []).map((p) => ({ p: (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(p), dev: true })),
    ];
    const versions = new Map(all.map(({ p }) => [String(p.name), String(p.version)]));
    const components = all.map(({ p, dev }) => {
        const name = String(p.name);
        const version = String(p.version);
        const licenses = Array.isArray(p.license) ? p.license.map(String) : [];
        const shasum = String((0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(p.dist).shasum ?? '');
        return {
            ecosystem: 'Packagist',
            name,
            version,
            purl: (0,_sbom_purl_js__WEBPACK_IMPORTED_MODULE_0__/* .purlOf */ .V)('Packagist', name, version),
            dev,
            hashes: /^[0-9a-f]{40}$/.test(shasum) ? [{ alg: 'SHA-1', content: shasum }] : [],
            dependsOn: Object.keys((0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(p.require))
                .filter((d) => versions.has(d))
                .map((d) => (0,_sbom_purl_js__WEBPACK_IMPORTED_MODULE_0__/* .purlOf */ .V)('Packagist', d, versions.get(d))),
            lockfile: source.path,
            line: (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .lineOf */ .cA)(source.text, `"name": "${name}"`),
            // composer lists alternatives (a dual licence) as an array.
            ...(licenses.length > 0 ? { license: licenses.length === 1 ? licenses[0] : `(${licenses.join(' OR ')})` } : {}),
        };
    });
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
