export const id = 859;
export const ids = [859];
export const modules = {

/***/ 19859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildSarif: () => (/* binding */ buildSarif)
/* harmony export */ });
/* harmony import */ var _schemas_validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26680);

const SCORE = { critical: 9.5, high: 8.0, medium: 5.5, low: 2.0, unknown: 5.0 };
const LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
    unknown: 'warning',
};
const location = (uri, line) => ({
    physicalLocation: { artifactLocation: { uri }, ...(line ? { region: { startLine: line } } : {}) },
});
/**
 * SARIF 2.1.0 for code scanning: one rule per advisory (security-severity from its CVSS score), per
 * secret rule (critical) and per licence verdict; results point at the lockfile line or the secret's
 * line. Validated against the SARIF 2.1.0 schema before it is returned.
 */
async function buildSarif(vulnerabilities, secrets, licenses, version) {
    const rules = new Map();
    const results = [];
    for (const f of vulnerabilities.filter((v) => !v.ignored)) {
        const score = f.score ?? SCORE[f.severity] ?? 5;
        rules.set(f.id, {
            id: f.id,
            shortDescription: { text: f.summary ?? f.id },
            helpUri: f.url,
            properties: { 'security-severity': score.toFixed(1), tags: ['security', 'vulnerability', f.ecosystem] },
        });
        results.push({
            ruleId: f.id,
            level: LEVEL[f.severity],
            message: {
                text: `${f.package} ${f.version} (${f.ecosystem}) is affected by ${[f.id, ...f.aliases].join(', ')}: ${f.severity}${f.score !== undefined ? ` ${f.score}` : ''}; ${f.fixed.length > 0 ? `fixed in ${f.fixed.join(', ')}` : 'no fixed version'}`,
            },
            locations: [location(f.component.lockfile, f.component.line)],
            partialFingerprints: { 'archway/v1': `${f.id}:${f.component.purl}` },
        });
    }
    for (const s of secrets) {
        rules.set(`secret/${s.rule}`, {
            id: `secret/${s.rule}`,
            shortDescription: { text: `Hardcoded secret: ${s.description}` },
            properties: { 'security-severity': '9.0', tags: ['security', 'secret'] },
        });
        results.push({
            ruleId: `secret/${s.rule}`,
            level: 'error',
            message: { text: `${s.description} (${s.masked}) committed in ${s.file}:${s.line}; revoke it and remove it from the history` },
            locations: [location(s.file, s.line)],
            partialFingerprints: { 'archway/v1': `${s.rule}:${s.file}:${s.line}` },
        });
    }
    for (const { violation, component } of licenses) {
        const id = `license/${violation.reason}`;
        rules.set(id, {
            id,
            shortDescription: {
                text: `Licence ${violation.reason === 'unknown' ? 'unknown' : violation.reason === 'denied' ? 'denied by policy' : 'not on the allow list'}`,
            },
            properties: { 'security-severity': '4.0', tags: ['license'] },
        });
        results.push({
            ruleId: id,
            level: 'warning',
            message: { text: `${violation.package} ${violation.version}: licence '${violation.license || 'unknown'}' is ${violation.reason}` },
            locations: [location(component.lockfile, component.line)],
            partialFingerprints: { 'archway/v1': `${id}:${component.purl}` },
        });
    }
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'archway sbom-scan',
                        version,
                        informationUri: 'https://github.com/archway-ci/archway',
                        rules: [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
                    },
                },
                results,
            },
        ],
    };
    await (0,_schemas_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .assertValid */ .p)('SARIF 2.1.0', sarif);
    return `${JSON.stringify(sarif, null, 2)}\n`;
}


/***/ }),

/***/ 26680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ assertValid)
/* harmony export */ });
/* unused harmony export schemaErrors */
const compiled = new Map();
/** A JSON text of a value with object keys sorted, so equal values (in JSON Schema's sense) give equal texts. */
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value && typeof value === 'object') {
        const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'undefined';
}
/**
 * ajv checks `uniqueItems` by comparing every pair of items, which takes minutes for the components of a
 * 10,000-package SBOM; the same rule checked through a set of canonical texts is linear. The schema is
 * copied with each `uniqueItems` renamed to this keyword.
 */
const UNIQUE_ITEMS = 'x-unique-items';
function withLinearUniqueItems(node) {
    if (Array.isArray(node))
        return node.map(withLinearUniqueItems);
    if (!node || typeof node !== 'object')
        return node;
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k === 'uniqueItems' ? UNIQUE_ITEMS : k, withLinearUniqueItems(v)]));
}
function addLinearUniqueItems(ajv) {
    ajv.addKeyword({
        keyword: UNIQUE_ITEMS,
        type: 'array',
        schemaType: 'boolean',
        errors: false,
        validate: (unique, data) => !unique || new Set(data.map(canonical)).size === data.length,
    });
}
/**
 * The official JSON schemas of what this action writes: CycloneDX 1.6 (with its SPDX licence list and
 * JSF), SPDX 2.3 and SARIF 2.1.0 (draft-04, hence its own ajv). Loaded only when a document is checked.
 */
async function validator(kind) {
    const cached = compiled.get(kind);
    if (cached)
        return cached;
    const { default: addFormats } = await Promise.all(/* import() */[__webpack_require__.e(70), __webpack_require__.e(626)]).then(__webpack_require__.t.bind(__webpack_require__, 67626, 23));
    let check;
    if (kind === 'SARIF 2.1.0') {
        const { default: AjvDraft04 } = await Promise.all(/* import() */[__webpack_require__.e(70), __webpack_require__.e(271)]).then(__webpack_require__.t.bind(__webpack_require__, 24271, 23));
        const schema = (await __webpack_require__.e(/* import() */ 529).then(__webpack_require__.t.bind(__webpack_require__, 42910, 19))).default;
        const ajv = new AjvDraft04({ allErrors: true, strict: false });
        addFormats(ajv);
        addLinearUniqueItems(ajv);
        check = ajv.compile(withLinearUniqueItems(schema));
    }
    else {
        const { default: Ajv } = await Promise.all(/* import() */[__webpack_require__.e(70), __webpack_require__.e(931)]).then(__webpack_require__.t.bind(__webpack_require__, 45931, 23));
        const ajv = new Ajv({ allErrors: true, strict: false });
        addFormats(ajv);
        addLinearUniqueItems(ajv);
        // Internationalised forms of formats ajv-formats knows; CycloneDX uses them for URLs and e-mails.
        for (const format of ['iri', 'iri-reference', 'idn-email', 'idn-hostname'])
            ajv.addFormat(format, true);
        if (kind === 'CycloneDX 1.6') {
            ajv.addSchema(withLinearUniqueItems((await __webpack_require__.e(/* import() */ 468).then(__webpack_require__.t.bind(__webpack_require__, 43468, 19))).default));
            ajv.addSchema(withLinearUniqueItems((await __webpack_require__.e(/* import() */ 31).then(__webpack_require__.t.bind(__webpack_require__, 84031, 19))).default));
            check = ajv.compile(withLinearUniqueItems((await __webpack_require__.e(/* import() */ 325).then(__webpack_require__.t.bind(__webpack_require__, 73325, 19))).default));
        }
        else {
            check = ajv.compile(withLinearUniqueItems((await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 86752, 19))).default));
        }
    }
    compiled.set(kind, check);
    return check;
}
/** The schema's complaints about a document, empty when it is valid. */
async function schemaErrors(kind, document) {
    const check = await validator(kind);
    if (check(document))
        return [];
    return (check.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}
/** Refuse to write a document its schema rejects; that is a bug here, named with the schema's words. */
async function assertValid(kind, document) {
    const errors = await schemaErrors(kind, document);
    if (errors.length > 0)
        throw new Error(`the ${kind} document does not validate against its schema: ${errors.join('; ')}`);
}


/***/ })

};
