export const id = 699;
export const ids = [699];
export const modules = {

/***/ 54192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W4: () => (/* binding */ fixedVersions),
  U9: () => (/* binding */ matchingRecords)
});

// UNUSED EXPORTS: affects, inRange, samePackage

// EXTERNAL MODULE: ./src/sbom/purl.ts
var purl = __webpack_require__(31652);
;// CONCATENATED MODULE: ./src/osv/versions.ts
/** RubyGems' Gem::Version: numeric segments compare as numbers; a letter segment marks a prerelease. */
function compareRubyGems(a, b) {
    const split = (v) => v
        .replace(/-/g, '.pre.')
        .split(/\.|(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)/i)
        .filter(Boolean);
    const x = split(a);
    const y = split(b);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const p = x[i] ?? '0';
        const q = y[i] ?? '0';
        const pn = /^\d+$/.test(p);
        const qn = /^\d+$/.test(q);
        if (pn && qn) {
            const d = Number(p) - Number(q);
            if (d !== 0)
                return Math.sign(d);
        }
        else if (pn !== qn) {
            return pn ? 1 : -1;
        }
        else if (p !== q) {
            return p < q ? -1 : 1;
        }
    }
    return 0;
}
const MAVEN_QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const MAVEN_ALIASES = { a: 'alpha', b: 'beta', m: 'milestone', cr: 'rc', ga: '', final: '', release: '' };
/** Maven's ComparableVersion, the common cases: numbers, then qualifiers in Maven's order. */
function compareMaven(a, b) {
    const items = (v) => v
        .toLowerCase()
        .split(/[.-]|(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)/)
        .map((s) => MAVEN_ALIASES[s] ?? s);
    const rank = (s) => {
        if (/^\d+$/.test(s))
            return { kind: 2, n: Number(s), s };
        const q = MAVEN_QUALIFIERS.indexOf(s);
        return q === -1 ? { kind: 1, n: MAVEN_QUALIFIERS.length, s } : { kind: q < 5 ? 0 : 1, n: q, s };
    };
    const x = items(a);
    const y = items(b);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const p = rank(x[i] ?? (/^\d/.test(y[i] ?? '') ? '0' : ''));
        const q = rank(y[i] ?? (/^\d/.test(x[i] ?? '') ? '0' : ''));
        if (p.kind !== q.kind)
            return p.kind - q.kind;
        if (p.n !== q.n)
            return Math.sign(p.n - q.n);
        if (p.s !== q.s)
            return p.s < q.s ? -1 : 1;
    }
    return 0;
}
/** The version order of an ecosystem, for OSV's ECOSYSTEM and SEMVER ranges. */
async function comparatorFor(ecosystem, rangeType) {
    if (ecosystem === 'PyPI' && rangeType !== 'SEMVER') {
        const { compare } = await __webpack_require__.e(/* import() */ 497).then(__webpack_require__.bind(__webpack_require__, 8497));
        return (a, b) => compare(a, b);
    }
    if (ecosystem === 'RubyGems' && rangeType !== 'SEMVER')
        return compareRubyGems;
    if (ecosystem === 'Maven' && rangeType !== 'SEMVER')
        return compareMaven;
    // npm, crates.io (Cargo is semver), Go (v-prefixed semver, pseudo-versions included), Packagist,
    // NuGet, GitHub Actions tags: semver after dropping a leading v, loosely for four-part versions.
    const semver = await __webpack_require__.e(/* import() */ 388).then(__webpack_require__.t.bind(__webpack_require__, 96388, 23));
    const parse = (v) => {
        const bare = v.replace(/^v/, '');
        return semver.valid(bare, { loose: true }) ?? semver.coerce(bare, { includePrerelease: true })?.version ?? '0.0.0';
    };
    return (a, b) => (a === '0' ? (b === '0' ? 0 : -1) : b === '0' ? 1 : semver.compare(parse(a), parse(b), { loose: true }));
}

;// CONCATENATED MODULE: ./src/osv/match.ts


/** OSV names PyPI packages in any spelling; compare them normalised. */
function samePackage(affected, c) {
    const p = affected.package;
    if (!p || p.ecosystem.split(':')[0] !== c.ecosystem)
        return false;
    return c.ecosystem === 'PyPI' ? (0,purl/* normalisePythonName */.M)(p.name) === (0,purl/* normalisePythonName */.M)(c.name) : p.name === c.name;
}
/**
 * OSV's evaluation of one range (the schema's pseudo-code): walking the events in version order, an
 * `introduced` at or below the version starts an affected stretch, a `fixed` at or below it ends one,
 * a `last_affected` below it ends one; a `limit` at or below it rules the range out.
 */
function inRange(version, events, compare) {
    const limits = events.flatMap((e) => (e.limit !== undefined ? [e.limit] : []));
    if (limits.length > 0 && limits.every((l) => l !== '*' && compare(version, l) >= 0))
        return false;
    const point = (e) => e.introduced ?? e.fixed ?? e.last_affected ?? e.limit ?? '0';
    const sorted = events.filter((e) => e.limit === undefined).sort((a, b) => compare(point(a), point(b)));
    let affected = false;
    for (const e of sorted) {
        if (e.introduced !== undefined && compare(version, e.introduced) >= 0)
            affected = true;
        else if (e.fixed !== undefined && compare(version, e.fixed) >= 0)
            affected = false;
        else if (e.last_affected !== undefined && compare(version, e.last_affected) > 0)
            affected = false;
    }
    return affected;
}
/** Whether an affected entry covers the version: its explicit version list, or any non-GIT range. */
async function affects(affected, c) {
    if (!samePackage(affected, c))
        return false;
    const normalised = c.ecosystem === 'Go' ? c.version.replace(/^v/, '') : c.version;
    if (affected.versions?.some((v) => v === c.version || v === normalised))
        return true;
    for (const range of affected.ranges ?? []) {
        if (range.type === 'GIT')
            continue;
        const compare = await comparatorFor(c.ecosystem, range.type);
        if (inRange(normalised, range.events, compare))
            return true;
    }
    return false;
}
/** The versions that fix a record for this package (the `fixed` events of its matching entries). */
function fixedVersions(record, c) {
    return (record.affected ?? [])
        .filter((a) => samePackage(a, c))
        .flatMap((a) => (a.ranges ?? []).filter((r) => r.type !== 'GIT').flatMap((r) => r.events.flatMap((e) => (e.fixed ? [e.fixed] : []))));
}
/** Records that affect the component, withdrawn ones left out. */
async function matchingRecords(records, c) {
    const hits = [];
    for (const record of records) {
        if (record.withdrawn)
            continue;
        for (const affected of record.affected ?? []) {
            if (await affects(affected, c)) {
                hits.push(record);
                break;
            }
        }
    }
    return hits;
}


/***/ }),

/***/ 81699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadOfflineDatabase: () => (/* binding */ loadOfflineDatabase),
/* harmony export */   queryOffline: () => (/* binding */ queryOffline)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _archway_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38586);
/* harmony import */ var _sbom_purl_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31652);
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54192);





const keyOf = (ecosystem, name) => `${ecosystem.split(':')[0]}\0${ecosystem === 'PyPI' ? (0,_sbom_purl_js__WEBPACK_IMPORTED_MODULE_3__/* .normalisePythonName */ .M)(name) : name}`;
async function jsonFiles(dir) {
    const out = [];
    for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true })) {
        const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, entry.name);
        if (entry.isDirectory())
            out.push(...(await jsonFiles(full)));
        else if (entry.isFile() && (entry.name.endsWith('.json') || entry.name.endsWith('.zip')))
            out.push(full);
    }
    return out.sort();
}
function parseRecord(text, where) {
    try {
        const record = JSON.parse(text);
        if (typeof record.id !== 'string')
            throw new Error('no "id"');
        return record;
    }
    catch (error) {
        throw new _archway_kit__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'osv-db': ${where} is not an OSV record (${(0,_archway_kit__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)})`);
    }
}
/**
 * An OSV export on disk: a directory of record files (any depth; per-ecosystem all.zip files inside
 * it are read too) or one all.zip as osv.dev publishes per ecosystem. Indexed by ecosystem and name.
 */
async function loadOfflineDatabase(location, shown) {
    const index = new Map();
    const add = (record) => {
        for (const a of record.affected ?? []) {
            if (!a.package)
                continue;
            const key = keyOf(a.package.ecosystem, a.package.name);
            const list = index.get(key) ?? [];
            if (!list.includes(record))
                list.push(record);
            index.set(key, list);
        }
    };
    const files = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(location)).isDirectory() ? await jsonFiles(location) : [location];
    for (const file of files) {
        const where = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(location, file) || shown;
        if (file.endsWith('.zip')) {
            const { unzipSync, strFromU8 } = await __webpack_require__.e(/* import() */ 384).then(__webpack_require__.bind(__webpack_require__, 63384));
            let entries;
            try {
                entries = unzipSync(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file), { filter: (f) => f.name.endsWith('.json') });
            }
            catch (error) {
                throw new _archway_kit__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'osv-db': ${where} is not a readable zip (${(0,_archway_kit__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)})`);
            }
            for (const [name, bytes] of Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : 1)))
                add(parseRecord(strFromU8(bytes), `${where}:${name}`));
        }
        else {
            add(parseRecord(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'), where));
        }
    }
    if (index.size === 0)
        throw new _archway_kit__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'osv-db': ${shown} holds no OSV records (*.json or all.zip)`);
    return index;
}
/** The records of the offline database that affect each component, matched here per ecosystem. */
async function queryOffline(database, components) {
    const result = new Map();
    for (const c of components)
        result.set(c.purl, await (0,_match_js__WEBPACK_IMPORTED_MODULE_4__/* .matchingRecords */ .U9)(database.get(keyOf(c.ecosystem, c.name)) ?? [], c));
    return result;
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
