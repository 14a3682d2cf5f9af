export const id = 455;
export const ids = [455];
export const modules = {

/***/ 12455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  findingsFor: () => (/* binding */ findingsFor)
});

// EXTERNAL MODULE: ./src/osv/match.ts + 1 modules
var match = __webpack_require__(54192);
;// CONCATENATED MODULE: ./src/osv/severity.ts
const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low', 'unknown'];
/** CVSS's qualitative rating of a base score. */
function severityOfScore(score) {
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    if (score > 0)
        return 'low';
    return 'unknown';
}
/** The base score of a CVSS v3.x or v4.0 vector, undefined for anything else (v2 is too coarse to trust). */
async function cvssScore(vector) {
    const cvss = await __webpack_require__.e(/* import() */ 962).then(__webpack_require__.t.bind(__webpack_require__, 39962, 23));
    try {
        if (vector.startsWith('CVSS:4.0/'))
            return new cvss.Cvss4P0(vector).calculateScores().base;
        if (vector.startsWith('CVSS:3.1/'))
            return new cvss.Cvss3P1(vector).calculateScores().base;
        if (vector.startsWith('CVSS:3.0/'))
            return new cvss.Cvss3P0(vector).calculateScores().base;
    }
    catch {
        return undefined;
    }
    return undefined;
}
const DATABASE_SEVERITY = {
    CRITICAL: 'critical',
    HIGH: 'high',
    MODERATE: 'medium',
    MEDIUM: 'medium',
    LOW: 'low',
};
/**
 * A record's severity: the highest CVSS v3.x/v4 base score among its vectors (record and affected
 * entries), else the database's own rating (GitHub's database_specific.severity), else unknown.
 */
async function severityOf(record) {
    const vectors = [...(record.severity ?? []), ...(record.affected ?? []).flatMap((a) => a.severity ?? [])].map((s) => s.score);
    let best;
    for (const vector of vectors) {
        const score = await cvssScore(vector);
        if (score !== undefined && (best === undefined || score > best))
            best = score;
    }
    if (best !== undefined)
        return { severity: severityOfScore(best), score: best };
    const named = [
        record.database_specific?.severity,
        ...(record.affected ?? []).map((a) => a.ecosystem_specific?.severity ?? a.database_specific?.severity),
    ]
        .map((s) => DATABASE_SEVERITY[String(s ?? '').toUpperCase()])
        .filter((s) => s !== undefined);
    if (named.length > 0)
        return { severity: named.sort((a, b) => SEVERITY_ORDER.indexOf(a) - SEVERITY_ORDER.indexOf(b))[0] };
    return { severity: 'unknown' };
}

;// CONCATENATED MODULE: ./src/osv/findings.ts


/** Which id names a merged advisory: a database's own id before a CVE. */
const PREFERENCE = ['GHSA-', 'RUSTSEC-', 'PYSEC-', 'GO-', 'OSV-'];
const rank = (id) => {
    const i = PREFERENCE.findIndex((p) => id.startsWith(p));
    return i === -1 ? PREFERENCE.length : i;
};
/**
 * One finding per advisory per component: records that name each other as aliases (GHSA, CVE, RUSTSEC,
 * PYSEC for the same flaw) merge, keeping the highest severity and every fixed version.
 */
async function findingsFor(c, records) {
    const groups = [];
    for (const record of records) {
        const ids = new Set([record.id, ...(record.aliases ?? [])]);
        const overlapping = groups.filter((g) => [...ids].some((id) => g.ids.has(id)));
        const merged = { ids, records: [record] };
        for (const g of overlapping) {
            for (const id of g.ids)
                merged.ids.add(id);
            merged.records.push(...g.records);
            groups.splice(groups.indexOf(g), 1);
        }
        groups.push(merged);
    }
    const findings = [];
    for (const g of groups) {
        const primary = [...g.records].sort((a, b) => rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : 1))[0];
        let severity = { severity: 'unknown', score: undefined };
        for (const r of g.records) {
            const s = await severityOf(r);
            const [mine, best] = [SEVERITY_ORDER.indexOf(s.severity), SEVERITY_ORDER.indexOf(severity.severity)];
            const better = mine < best || (mine === best && (s.score ?? 0) > (severity.score ?? 0));
            if (better)
                severity = { severity: s.severity, score: s.score };
        }
        const fixed = [...new Set(g.records.flatMap((r) => (0,match/* fixedVersions */.W4)(r, c)))].sort();
        findings.push({
            id: primary.id,
            aliases: [...g.ids].filter((id) => id !== primary.id).sort(),
            package: c.name,
            version: c.version,
            ecosystem: c.ecosystem,
            severity: severity.severity,
            ...(severity.score !== undefined ? { score: severity.score } : {}),
            fixed,
            ignored: false,
            url: `https://osv.dev/vulnerability/${primary.id}`,
            component: c,
            summary: primary.summary ?? g.records.find((r) => r.summary)?.summary,
        });
    }
    return findings.sort((a, b) => (a.id < b.id ? -1 : 1));
}


/***/ }),

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
