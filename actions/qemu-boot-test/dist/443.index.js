export const id = 443;
export const ids = [443];
export const modules = {

/***/ 69443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readStructured: () => (/* binding */ readStructured),
/* harmony export */   validate: () => (/* binding */ validate)
/* harmony export */ });
/* unused harmony exports structured, parseYaml */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55955);



/**
 * A YAML or JSON input, given inline or as a path to a file (relative to the workspace), validated with
 * ajv against a JSON schema kept beside the action. Errors point at the offending key.
 */
function structured(options) {
    return {
        kind: 'structured',
        secret: options.secret,
        async parse(raw, name) {
            if (raw.trim() === '') {
                if (options.required)
                    throw inputError(name, raw, 'a value is required', options.secret);
                return undefined;
            }
            const { value, label } = await readStructured(raw, name, options.secret);
            return validate(value, options.schema, label, options.secret);
        },
    };
}
/**
 * Parse a YAML/JSON input given inline or as the path of a file in the workspace, without validating it.
 * `label` names the input (and the file) for error messages.
 */
async function readStructured(raw, name, secret = false) {
    const { text, source } = readInlineOrFile(raw, name, secret);
    const label = `Input '${name}'${source}`;
    return { value: await parseYaml(text, label), label };
}
function readInlineOrFile(raw, name, secret) {
    const trimmed = raw.trim();
    // One line that is not a flow collection, a block list item (`- item`) or a `key: value` pair names a file.
    const looksLikePath = !trimmed.includes('\n') && !/^([[{]|- )/.test(trimmed) && !/:\s/.test(trimmed);
    if (!looksLikePath)
        return { text: raw, source: '' };
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), trimmed);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return { text: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'), source: ` (file ${trimmed})` };
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, raw, 'expected inline YAML/JSON or the path of an existing file (no such file)', secret);
}
async function parseYaml(text, label) {
    const { parseDocument } = await __webpack_require__.e(/* import() */ 293).then(__webpack_require__.t.bind(__webpack_require__, 88293, 19));
    const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
    const first = doc.errors[0];
    if (first) {
        const where = first.linePos?.[0] ? ` at line ${first.linePos[0].line}, column ${first.linePos[0].col}` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${label} is not valid YAML/JSON${where}: ${first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`);
    }
    return doc.toJS();
}
const compiled = new WeakMap();
/** Validate a parsed value against a JSON schema (draft 2020-12 or 07), throwing a ConfigurationError. */
async function validate(value, schema, label, secret = false) {
    let check = compiled.get(schema);
    if (!check) {
        const { default: Ajv2020 } = await Promise.all(/* import() */[__webpack_require__.e(221), __webpack_require__.e(206)]).then(__webpack_require__.t.bind(__webpack_require__, 14206, 23));
        const { default: addFormats } = await Promise.all(/* import() */[__webpack_require__.e(221), __webpack_require__.e(626)]).then(__webpack_require__.t.bind(__webpack_require__, 67626, 23));
        // verbose: errors carry the offending data and the schema around it, for the message.
        const ajv = new Ajv2020({ allErrors: true, strict: true, useDefaults: true, verbose: true });
        addFormats(ajv);
        check = ajv.compile(schema);
        compiled.set(schema, check);
    }
    if (!check(value)) {
        const errors = (check.errors ?? []).map((e) => describeError(e, secret));
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${label} is invalid: ${[...new Set(errors)].slice(0, 5).join('; ')}`);
    }
    return value;
}
function describeError(error, secret) {
    const at = error.instancePath || '/';
    const params = error.params;
    switch (error.keyword) {
        case 'additionalProperties':
            return `unknown key '${params.additionalProperty}' at ${at}${allowedKeys(error)}`;
        case 'required':
            return `missing key '${params.missingProperty}' at ${at}`;
        case 'enum':
            return `${at} is ${shown(error.data, secret)}, expected one of ${params.allowedValues.join(', ')}`;
        default:
            return `${at} ${error.message ?? 'is invalid'} (got ${shown(error.data, secret)})`;
    }
}
function allowedKeys(error) {
    const properties = error.parentSchema?.properties;
    return properties ? ` (allowed: ${Object.keys(properties).join(', ')})` : '';
}
function shown(data, secret) {
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(typeof data === 'string' ? data : (JSON.stringify(data) ?? 'undefined'), secret);
}


/***/ })

};
