export const id = 828;
export const ids = [828];
export const modules = {

/***/ 82828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cycloneDxJson: () => (/* binding */ cycloneDxJson)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _schemas_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26680);
/* harmony import */ var _project_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8952);



/** Splits what CycloneDX calls group from the name: npm scopes, Maven groups, Packagist vendors. */
function groupAndName(c) {
    const separator = c.ecosystem === 'Maven' ? ':' : c.ecosystem === 'npm' && c.name.startsWith('@') ? '/' : c.ecosystem === 'Packagist' ? '/' : undefined;
    const at = separator ? c.name.lastIndexOf(separator) : -1;
    return at > 0 ? [c.name.slice(0, at), c.name.slice(at + 1)] : [undefined, c.name];
}
/**
 * CycloneDX 1.6 JSON through @cyclonedx/cyclonedx-library: components with purl, hashes, licence and
 * scope (dev = optional), the dependency graph from the project root, sorted, validated against the
 * official schema before it is returned.
 */
async function cycloneDxJson(components, context) {
    // Sub-path entries: the package's main entry also loads its validators, which locate schema files
    // beside themselves and cannot in a bundle (the schemas are checked in schemas/validate.ts instead).
    const [Enums, Models, Serialize, Spec] = await Promise.all([
        __webpack_require__.e(/* import() */ 945).then(__webpack_require__.t.bind(__webpack_require__, 51945, 23)),
        __webpack_require__.e(/* import() */ 127).then(__webpack_require__.t.bind(__webpack_require__, 14127, 23)),
        Promise.all(/* import() */[__webpack_require__.e(127), __webpack_require__.e(347)]).then(__webpack_require__.t.bind(__webpack_require__, 1347, 23)),
        Promise.all(/* import() */[__webpack_require__.e(127), __webpack_require__.e(770)]).then(__webpack_require__.t.bind(__webpack_require__, 39770, 23)),
    ]);
    const { isValidExpression, isSingleLicense } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 20967));
    const bom = new Models.Bom();
    bom.serialNumber = `urn:uuid:${context.randomSerial ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)() : (0,_project_js__WEBPACK_IMPORTED_MODULE_2__/* .contentUuid */ .V)(components, context.name)}`;
    bom.metadata.timestamp = new Date(context.created);
    bom.metadata.tools.components.add(new Models.Component(Enums.ComponentType.Application, 'sbom-scan', { group: 'archway', version: context.toolVersion }));
    const root = new Models.Component(Enums.ComponentType.Application, context.name, { bomRef: 'project-root' });
    bom.metadata.component = root;
    const models = new Map();
    for (const c of components) {
        const [group, name] = groupAndName(c);
        const licenses = new Models.LicenseRepository();
        if (c.license) {
            if (isSingleLicense(c.license))
                licenses.add(new Models.SpdxLicense(c.license));
            else if (isValidExpression(c.license))
                licenses.add(new Models.LicenseExpression(c.license));
            else
                licenses.add(new Models.NamedLicense(c.license));
        }
        const model = new Models.Component(Enums.ComponentType.Library, name, {
            bomRef: c.purl,
            group,
            version: c.version,
            purl: c.purl,
            scope: c.dev ? Enums.ComponentScope.Optional : Enums.ComponentScope.Required,
            hashes: new Models.HashDictionary(c.hashes.map((h) => [h.alg, h.content])),
            licenses,
        });
        if (c.pinnedByTag)
            model.properties.add(new Models.Property('archway:pinned-by-tag', 'true'));
        model.properties.add(new Models.Property('archway:lockfile', c.lockfile));
        models.set(c.purl, model);
        bom.components.add(model);
    }
    for (const c of components) {
        const model = models.get(c.purl);
        for (const dep of c.dependsOn) {
            const target = models.get(dep);
            if (target)
                model.dependencies.add(target.bomRef);
        }
    }
    for (const c of (0,_project_js__WEBPACK_IMPORTED_MODULE_2__/* .directComponents */ .E)(components))
        root.dependencies.add(models.get(c.purl).bomRef);
    const serializer = new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6));
    const json = serializer.serialize(bom, { sortLists: true, space: 2 });
    await (0,_schemas_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .assertValid */ .p)('CycloneDX 1.6', JSON.parse(json));
    return `${json}\n`;
}


/***/ }),

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
