export const id = 210;
export const ids = [210];
export const modules = {

/***/ 88094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ reachable)
/* harmony export */ });
/** Everything reachable from `starts` through `edges` (for "only needed by dev dependencies"). */
function reachable(starts, edges) {
    const seen = new Set();
    const stack = [...starts];
    while (stack.length > 0) {
        const node = stack.pop();
        if (seen.has(node))
            continue;
        seen.add(node);
        for (const next of edges(node))
            if (!seen.has(next))
                stack.push(next);
    }
    return seen;
}


/***/ }),

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

/***/ 26210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readYarnLock: () => (/* binding */ readYarnLock)
/* harmony export */ });
/* harmony import */ var _sbom_purl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31652);
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88094);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71901);



/** 'name@range' -> name (scoped names start with '@'). */
function nameOf(spec) {
    const at = spec.indexOf('@', 1);
    return at === -1 ? spec : spec.slice(0, at);
}
const unquote = (s) => s.trim().replace(/^"(.*)"$/, '$1');
/** yarn.lock v1 (classic): its own indented format, not YAML. */
function parseClassic(source) {
    const entries = [];
    let current;
    let block;
    source.text.split(/\r?\n/).forEach((raw, index) => {
        if (raw.trim() === '' || raw.startsWith('#'))
            return;
        const indent = raw.length - raw.trimStart().length;
        const line = raw.trim();
        if (indent === 0) {
            if (!line.endsWith(':'))
                throw (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .lockfileError */ .Em)(source.path, index + 1, `expected 'name@range:' but found '${line.slice(0, 80)}'`);
            const specs = line.slice(0, -1).split(/,\s*/).map(unquote);
            current = { name: nameOf(specs[0]), version: '', specs, dependencies: {}, hashes: [], line: index + 1, workspace: false };
            entries.push(current);
            block = undefined;
        }
        else if (!current) {
            throw (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .lockfileError */ .Em)(source.path, index + 1, 'an indented line before any entry');
        }
        else if (indent === 2) {
            block = line.endsWith(':') ? line.slice(0, -1) : undefined;
            const [key, ...rest] = line.split(/\s+/);
            const value = unquote(rest.join(' '));
            if (key === 'version')
                current.version = value;
            if (key === 'integrity')
                current.hashes = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .sriHashes */ .PK)(value);
            if (key === 'resolved' && current.hashes.length === 0) {
                const sha1 = /#([0-9a-f]{40})$/.exec(value);
                if (sha1)
                    current.hashes = [{ alg: 'SHA-1', content: sha1[1] }];
            }
        }
        else if (block === 'dependencies' || block === 'optionalDependencies') {
            const m = /^("?[^"\s]+"?)\s+(.+)$/.exec(line);
            if (m)
                current.dependencies[unquote(m[1])] = unquote(m[2]);
        }
    });
    return entries;
}
/** yarn.lock from yarn 2+ (berry): YAML with __metadata; workspaces resolve to name@workspace:path. */
async function parseBerry(source) {
    const doc = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(await (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYamlLockfile */ .M)(source.path, source.text));
    return Object.entries(doc)
        .filter(([key]) => key !== '__metadata')
        .map(([key, value]) => {
        const entry = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(value);
        const resolution = String(entry.resolution ?? '');
        return {
            name: nameOf(resolution || key),
            version: String(entry.version ?? ''),
            specs: key.split(/,\s*/).map(unquote),
            dependencies: Object.fromEntries(Object.entries((0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(entry.dependencies)).map(([k, v]) => [k, String(v)])),
            hashes: [],
            line: source.text.split('\n').findIndex((l) => l.startsWith(`"${key}":`) || l.startsWith(`${key}:`)) + 1,
            workspace: resolution.includes('@workspace:'),
        };
    });
}
async function readYarnLock(source) {
    const berry = /^__metadata:/m.test(source.text);
    const entries = berry ? await parseBerry(source) : parseClassic(source);
    const bySpec = new Map();
    for (const entry of entries)
        for (const spec of entry.specs)
            bySpec.set(spec, entry);
    // berry writes ranges without a protocol in package.json as npm: in its keys.
    const lookup = (dep, range) => bySpec.get(`${dep}@${range}`) ?? bySpec.get(`${dep}@npm:${range}`);
    const purl = (e) => (0,_sbom_purl_js__WEBPACK_IMPORTED_MODULE_0__/* .purlOf */ .V)('npm', e.name, e.version);
    const edges = (e) => Object.entries(e.dependencies)
        .map(([d, r]) => lookup(d, r))
        .filter((x) => x !== undefined);
    const manifestText = await source.sibling('package.json');
    const manifest = manifestText === undefined ? undefined : (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)((0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(source.path.replace(/[^/]+$/, 'package.json'), manifestText));
    const rootsOf = (fields) => manifest
        ? fields
            .flatMap((f) => Object.entries((0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(manifest[f])).map(([d, r]) => lookup(d, String(r))))
            .filter((x) => x !== undefined)
        : [];
    const runtimeRoots = rootsOf(['dependencies', 'optionalDependencies', 'peerDependencies']);
    const devRoots = rootsOf(['devDependencies']);
    const keyOf = new Map(entries.map((e) => [purl(e), e]));
    const runtime = (0,_graph_js__WEBPACK_IMPORTED_MODULE_2__/* .reachable */ .G)(runtimeRoots.map(purl), (p) => edges(keyOf.get(p)).map(purl));
    const direct = new Set([...runtimeRoots, ...devRoots].map(purl));
    const workspaceDeps = new Set(entries
        .filter((e) => e.workspace)
        .flatMap(edges)
        .map(purl));
    const byPurl = new Map();
    for (const entry of entries) {
        if (entry.workspace || !entry.version)
            continue;
        if (!(0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(entry.dependencies))
            continue;
        const p = purl(entry);
        const existing = byPurl.get(p);
        const dependsOn = edges(entry)
            .filter((e) => !e.workspace)
            .map(purl);
        if (existing) {
            existing.dependsOn = [...new Set([...existing.dependsOn, ...dependsOn])];
            continue;
        }
        byPurl.set(p, {
            ecosystem: 'npm',
            name: entry.name,
            version: entry.version,
            purl: p,
            dev: manifest ? !runtime.has(p) : false,
            direct: manifest ? direct.has(p) : berry ? workspaceDeps.has(p) : undefined,
            hashes: entry.hashes,
            dependsOn,
            lockfile: source.path,
            line: entry.line,
        });
    }
    return { components: [...byPurl.values()], warnings: [] };
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
