export const id = 610;
export const ids = [610];
export const modules = {

/***/ 8952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ directComponents),
/* harmony export */   V: () => (/* binding */ contentUuid)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** A UUID (v5 layout) from the content, so the same lockfiles give the same serial number. */
function contentUuid(components, salt) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    hash.update(salt);
    for (const c of components)
        hash.update(`\n${c.purl}`);
    const b = hash.digest().subarray(0, 16);
    b[6] = (b[6] & 0x0f) | 0x50;
    b[8] = (b[8] & 0x3f) | 0x80;
    const hex = b.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
/** Components the project asks for itself: the lockfile's direct ones, else every one with no dependant. */
function directComponents(components) {
    const known = components.filter((c) => c.direct !== undefined);
    if (known.length > 0)
        return components.filter((c) => c.direct);
    const depended = new Set(components.flatMap((c) => c.dependsOn));
    return components.filter((c) => !depended.has(c.purl));
}


/***/ }),

/***/ 73610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   spdxJson: () => (/* binding */ spdxJson)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _schemas_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26680);
/* harmony import */ var _project_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8952);



const CHECKSUM = { 'SHA-1': 'SHA1', 'SHA-256': 'SHA256', 'SHA-384': 'SHA384', 'SHA-512': 'SHA512', MD5: 'MD5' };
function spdxId(c) {
    const readable = `${c.name}-${c.version}`.replace(/[^A-Za-z0-9.-]+/g, '-').slice(0, 80);
    return `SPDXRef-Package-${readable}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(c.purl).digest('hex').slice(0, 8)}`;
}
/**
 * SPDX 2.3 JSON: one package per component with its purl as a PACKAGE-MANAGER reference, checksums,
 * the declared licence (NOASSERTION when unknown), DEPENDS_ON / DEV_DEPENDENCY_OF relationships from
 * the project root; sorted and validated against the official schema before it is returned.
 */
async function spdxJson(components, context) {
    const { isValidExpression } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 20967));
    const ids = new Map(components.map((c) => [c.purl, spdxId(c)]));
    const rootId = 'SPDXRef-Package-project-root';
    const packages = [
        {
            SPDXID: rootId,
            name: context.name,
            downloadLocation: 'NOASSERTION',
            filesAnalyzed: false,
            primaryPackagePurpose: 'APPLICATION',
        },
        ...components.map((c) => ({
            SPDXID: ids.get(c.purl),
            name: c.name,
            versionInfo: c.version,
            downloadLocation: 'NOASSERTION',
            filesAnalyzed: false,
            licenseConcluded: 'NOASSERTION',
            licenseDeclared: c.license && isValidExpression(c.license) ? c.license : 'NOASSERTION',
            copyrightText: 'NOASSERTION',
            primaryPackagePurpose: c.ecosystem === 'GitHub Actions' ? 'APPLICATION' : 'LIBRARY',
            ...(c.hashes.length > 0 ? { checksums: c.hashes.map((h) => ({ algorithm: CHECKSUM[h.alg], checksumValue: h.content })) } : {}),
            externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: c.purl }],
        })),
    ];
    const relationships = [
        { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: rootId },
    ];
    for (const c of (0,_project_js__WEBPACK_IMPORTED_MODULE_2__/* .directComponents */ .E)(components)) {
        relationships.push(c.dev
            ? { spdxElementId: ids.get(c.purl), relationshipType: 'DEV_DEPENDENCY_OF', relatedSpdxElement: rootId }
            : { spdxElementId: rootId, relationshipType: 'DEPENDS_ON', relatedSpdxElement: ids.get(c.purl) });
    }
    for (const c of components) {
        for (const dep of c.dependsOn) {
            const target = ids.get(dep);
            if (target)
                relationships.push({ spdxElementId: ids.get(c.purl), relationshipType: 'DEPENDS_ON', relatedSpdxElement: target });
        }
    }
    const key = (r) => `${r.spdxElementId} ${r.relationshipType} ${r.relatedSpdxElement}`;
    relationships.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    const uuid = context.randomSerial ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)() : (0,_project_js__WEBPACK_IMPORTED_MODULE_2__/* .contentUuid */ .V)(components, context.name);
    const document = {
        spdxVersion: 'SPDX-2.3',
        dataLicense: 'CC0-1.0',
        SPDXID: 'SPDXRef-DOCUMENT',
        name: context.name,
        documentNamespace: `https://archway-ci.github.io/spdxdocs/${encodeURIComponent(context.name)}-${uuid}`,
        creationInfo: { created: context.created.replace(/\.\d{3}Z$/, 'Z'), creators: [`Tool: archway-sbom-scan-${context.toolVersion}`] },
        documentDescribes: [rootId],
        packages: packages.sort((a, b) => (a.SPDXID === rootId ? -1 : b.SPDXID === rootId ? 1 : a.SPDXID < b.SPDXID ? -1 : 1)),
        relationships,
    };
    await (0,_schemas_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .assertValid */ .p)('SPDX 2.3', document);
    return `${JSON.stringify(document, null, 2)}\n`;
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
