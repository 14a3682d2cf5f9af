export const id = 830;
export const ids = [830];
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

/***/ 98830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readPipfileLock: () => (/* binding */ readPipfileLock),
/* harmony export */   readPoetryLock: () => (/* binding */ readPoetryLock),
/* harmony export */   readRequirements: () => (/* binding */ readRequirements),
/* harmony export */   readUvLock: () => (/* binding */ readUvLock)
/* harmony export */ });
/* harmony import */ var _sbom_purl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31652);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71901);


function pypi(source, name, version, extra = {}) {
    return {
        ecosystem: 'PyPI',
        name: (0,_sbom_purl_js__WEBPACK_IMPORTED_MODULE_0__/* .normalisePythonName */ .M)(name),
        version,
        purl: (0,_sbom_purl_js__WEBPACK_IMPORTED_MODULE_0__/* .purlOf */ .V)('PyPI', name, version),
        dev: false,
        hashes: [],
        dependsOn: [],
        lockfile: source.path,
        ...extra,
    };
}
/** `sha256:<hex>` strings as pip, poetry, uv and pipenv write them. */
function hashes(values) {
    const algs = { sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512', md5: 'MD5' };
    const seen = new Map();
    for (const value of values) {
        const m = typeof value === 'string' ? /^(sha256|sha384|sha512|md5)[:=]([0-9a-f]+)$/i.exec(value) : null;
        if (m && algs[m[1].toLowerCase()])
            seen.set(m[2], { alg: algs[m[1].toLowerCase()], content: m[2].toLowerCase() });
    }
    return [...seen.values()].sort((a, b) => a.content.localeCompare(b.content));
}
const REQUIREMENT = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(===?)\s*([^\s;#]+)/;
/**
 * requirements*.txt: only pinned `name==version` lines are packages (an unpinned line names no version to
 * check, so it is a warning). pip-compile's `# via` comments tell direct (`-r file`) from transitive.
 */
async function readRequirements(source) {
    const components = [];
    const warnings = [];
    const lines = source.text.split(/\r?\n/);
    let viaCompiled = false;
    for (let i = 0; i < lines.length; i++) {
        const start = i;
        let line = lines[i];
        while (line.endsWith('\\') && i + 1 < lines.length)
            line = `${line.slice(0, -1)} ${lines[++i]}`;
        const body = line.replace(/(^|\s)#.*$/, '').trim();
        // pip-compile puts "# via" comment lines after each requirement.
        const vias = [];
        while (i + 1 < lines.length && /^\s+#/.test(lines[i + 1])) {
            vias.push(lines[++i].replace(/^\s*#\s*/, '').replace(/^via\s*/, ''));
        }
        if (vias.length > 0)
            viaCompiled = true;
        if (body === '' || body.startsWith('-'))
            continue;
        const m = REQUIREMENT.exec(body);
        if (!m) {
            if (/^[A-Za-z0-9]/.test(body))
                warnings.push(`${source.path}:${start + 1}: '${body.slice(0, 80)}' is not pinned with ==; skipped`);
            else
                throw (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .lockfileError */ .Em)(source.path, start + 1, `'${body.slice(0, 80)}' is not a requirement`);
            continue;
        }
        const via = vias.join(' ');
        components.push(pypi(source, m[1], m[3], {
            hashes: hashes([...body.matchAll(/--hash[=\s]+(\S+)/g)].map((h) => h[1])),
            direct: vias.length > 0 ? /(^|\s)-r\s/.test(via) || via.includes('.in') : undefined,
            line: start + 1,
        }));
    }
    if (!viaCompiled)
        for (const c of components)
            c.direct = true;
    return { components, warnings };
}
/** Names the project asks for directly, from pyproject.toml (PEP 621 and Poetry tables). */
async function pyprojectNames(source) {
    const text = await source.sibling('pyproject.toml');
    if (text === undefined)
        return undefined;
    const doc = await (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseToml */ .MT)(source.path.replace(/[^/]+$/, 'pyproject.toml'), text);
    const names = (specs) => Array.isArray(specs)
        ? specs.map((s) => /^[A-Za-z0-9._-]+/.exec(String(s))?.[0] ?? '').filter(Boolean)
        : Object.keys((0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(specs)).filter((n) => n !== 'python');
    const project = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(doc.project);
    const poetry = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)((0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(doc.tool).poetry);
    const main = [
        ...names(project.dependencies),
        ...names(poetry.dependencies),
        ...Object.values((0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(project['optional-dependencies'])).flatMap(names),
    ];
    const dev = [
        ...names(poetry['dev-dependencies']),
        ...Object.values((0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(poetry.group)).flatMap((g) => names((0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(g).dependencies)),
        ...Object.values((0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(doc['dependency-groups'])).flatMap(names),
    ];
    return { main: new Set(main.map(_sbom_purl_js__WEBPACK_IMPORTED_MODULE_0__/* .normalisePythonName */ .M)), dev: new Set(dev.map(_sbom_purl_js__WEBPACK_IMPORTED_MODULE_0__/* .normalisePythonName */ .M)) };
}
/** poetry.lock: [[package]] with [package.dependencies]; `category = "dev"` in lockfiles before Poetry 1.5. */
async function readPoetryLock(source) {
    const doc = await (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseToml */ .MT)(source.path, source.text);
    if (!Array.isArray(doc.package))
        throw (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .lockfileError */ .Em)(source.path, undefined, 'no [[package]] entries');
    const declared = await pyprojectNames(source);
    const packages = doc.package.map(_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY);
    const versions = new Map(packages.map((p) => [(0,_sbom_purl_js__WEBPACK_IMPORTED_MODULE_0__/* .normalisePythonName */ .M)(String(p.name)), String(p.version)]));
    const components = packages.map((p) => {
        const name = (0,_sbom_purl_js__WEBPACK_IMPORTED_MODULE_0__/* .normalisePythonName */ .M)(String(p.name));
        const files = Array.isArray(p.files) ? p.files.map((f) => (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(f).hash) : [];
        return pypi(source, name, String(p.version), {
            dev: p.category === 'dev' || (declared ? declared.dev.has(name) && !declared.main.has(name) : false),
            direct: declared ? declared.main.has(name) || declared.dev.has(name) : undefined,
            hashes: hashes(files),
            dependsOn: Object.keys((0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(p.dependencies))
                .map(_sbom_purl_js__WEBPACK_IMPORTED_MODULE_0__/* .normalisePythonName */ .M)
                .filter((d) => versions.has(d))
                .map((d) => (0,_sbom_purl_js__WEBPACK_IMPORTED_MODULE_0__/* .purlOf */ .V)('PyPI', d, versions.get(d))),
            line: (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .lineOf */ .cA)(source.text, `name = "${p.name}"\nversion = "${p.version}"`),
        });
    });
    return { components, warnings: [] };
}
/**
 * uv.lock: the project itself is the package with an editable/virtual/directory source; its
 * dependencies are direct and its dev-dependencies (and [package.optional-dependencies]) say dev.
 */
async function readUvLock(source) {
    const doc = await (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseToml */ .MT)(source.path, source.text);
    if (!Array.isArray(doc.package))
        throw (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .lockfileError */ .Em)(source.path, undefined, 'no [[package]] entries');
    const packages = doc.package.map(_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY);
    const isLocal = (p) => ['editable', 'virtual', 'directory'].some((k) => k in (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(p.source));
    const roots = packages.filter(isLocal);
    const depNames = (list) => (Array.isArray(list) ? list.map((d) => (0,_sbom_purl_js__WEBPACK_IMPORTED_MODULE_0__/* .normalisePythonName */ .M)(String((0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(d).name))) : []);
    const direct = new Set(roots.flatMap((r) => depNames(r.dependencies)));
    const devRoots = new Set(roots.flatMap((r) => Object.values((0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(r['dev-dependencies'])).flatMap(depNames)));
    const byName = new Map(packages.map((p) => [(0,_sbom_purl_js__WEBPACK_IMPORTED_MODULE_0__/* .normalisePythonName */ .M)(String(p.name)), p]));
    // Dev-only: reachable from the dev groups but not from the main dependencies.
    const reach = (starts) => {
        const seen = new Set();
        const stack = [...starts];
        while (stack.length > 0) {
            const name = stack.pop();
            if (seen.has(name))
                continue;
            seen.add(name);
            stack.push(...depNames(byName.get(name)?.dependencies));
        }
        return seen;
    };
    const runtime = reach(direct);
    const components = packages
        .filter((p) => !isLocal(p))
        .map((p) => {
        const name = (0,_sbom_purl_js__WEBPACK_IMPORTED_MODULE_0__/* .normalisePythonName */ .M)(String(p.name));
        const files = [(0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(p.sdist).hash, ...(Array.isArray(p.wheels) ? p.wheels.map((w) => (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(w).hash) : [])];
        return pypi(source, name, String(p.version), {
            dev: roots.length > 0 && !runtime.has(name),
            direct: roots.length > 0 ? direct.has(name) || devRoots.has(name) : undefined,
            hashes: hashes(files),
            dependsOn: depNames(p.dependencies)
                .filter((d) => byName.has(d) && !isLocal(byName.get(d)))
                .map((d) => (0,_sbom_purl_js__WEBPACK_IMPORTED_MODULE_0__/* .purlOf */ .V)('PyPI', d, String(byName.get(d)?.version))),
            line: (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .lineOf */ .cA)(source.text, `name = "${p.name}"\nversion = "${p.version}"`),
        });
    });
    return { components, warnings: [] };
}
/** Pipfile.lock: `default` and `develop` sections of pinned versions (`==1.2.3`). */
async function readPipfileLock(source) {
    const doc = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(source.path, source.text);
    if (!(0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(doc) || !(0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(doc.default))
        throw (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .lockfileError */ .Em)(source.path, undefined, 'no "default" section');
    const components = [];
    const warnings = [];
    for (const [section, dev] of [
        ['default', false],
        ['develop', true],
    ]) {
        for (const [name, entry] of Object.entries((0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(doc[section]))) {
            const version = String((0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(entry).version ?? '').replace(/^===?/, '');
            if (!version) {
                warnings.push(`${source.path}: ${name} has no pinned version (a VCS or path requirement); skipped`);
                continue;
            }
            components.push(pypi(source, name, version, {
                dev,
                hashes: hashes(Array.isArray((0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(entry).hashes) ? (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(entry).hashes : []),
                line: (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .lineOf */ .cA)(source.text, `"${name}": {`),
            }));
        }
    }
    return { components, warnings };
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
