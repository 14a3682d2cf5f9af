export const id = 310;
export const ids = [310,186];
export const modules = {

/***/ 72186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FILE_LIMITS: () => (/* binding */ FILE_LIMITS),
/* harmony export */   readUserBytes: () => (/* binding */ readUserBytes),
/* harmony export */   readUserFile: () => (/* binding */ readUserFile),
/* harmony export */   resolveUserPath: () => (/* binding */ resolveUserPath)
/* harmony export */ });
/* unused harmony exports KiB, MiB, GiB, workspaceDir, checkUserFile, decodeText, openUserStream, readLines, findUserFiles, writeUserFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54278);




const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;
/** Limits per kind of file, for callers that have no better figure. */
const FILE_LIMITS = {
    /** Configuration, profiles, scenarios, templates, structured inputs. */
    config: 1 * MiB,
    /** Lockfiles, result files of other actions, SARIF. */
    data: 256 * MiB,
    /** Test and coverage reports, benchmark output (read as streams). */
    report: 2 * GiB,
    /** One line of a line-oriented format. */
    line: 1 * MiB,
};
function workspaceDir() {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(process.env.GITHUB_WORKSPACE || process.cwd());
}
function rootDir(root) {
    if (root === 'workspace')
        return workspaceDir();
    return process.env.RUNNER_TEMP ? node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(process.env.RUNNER_TEMP) : undefined;
}
const ROOT_NAMES = { workspace: 'the workspace', 'runner-temp': "the runner's temp directory" };
/** The real path of `file`, or of its longest existing ancestor joined with the rest (for files to create). */
async function realPathOf(file) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(file);
    }
    catch (error) {
        const code = (0,_runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error);
        if (code !== 'ENOENT' && code !== 'ENOTDIR')
            throw error;
        const parent = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file);
        if (parent === file)
            return file;
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(await realPathOf(parent), node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file));
    }
}
function isInside(file, dir) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(dir, file);
    return relative === '' || (!relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)}`) && relative !== '..' && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(relative));
}
/**
 * The absolute real path of a path the user gave in `input`, resolved against the workspace. Refused with
 * an error naming the input when it leads outside the allowed roots, also after following symlinks.
 */
async function resolveUserPath(input, value, options = {}) {
    const given = value.trim();
    if (given === '')
        throw (0,_runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)(input, value, 'expected a path');
    if (given.includes('\0'))
        throw (0,_runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)(input, value, 'a path cannot contain a NUL character');
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspaceDir(), given);
    let real;
    try {
        real = await realPathOf(absolute);
    }
    catch (error) {
        throw (0,_runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)(input, value, `cannot resolve the path: ${(0,_runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorReason */ .Qq)(error)}`);
    }
    if (options.allowOutside)
        return real;
    const roots = options.roots ?? ['workspace'];
    for (const root of roots) {
        const dir = rootDir(root);
        if (dir && isInside(real, await realPathOf(dir)))
            return real;
    }
    const where = roots.map((r) => `${ROOT_NAMES[r]} (${rootDir(r) ?? 'unset'})`).join(' or ');
    const how = real === absolute ? '' : ` (it leads to ${real} through a symlink)`;
    throw (0,_runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)(input, value, `the path is outside ${where}${how}; give a path inside it`);
}
function kindOf(stats) {
    if (stats.isDirectory())
        return 'a directory';
    if (stats.isFIFO())
        return 'a named pipe';
    if (stats.isSocket())
        return 'a socket';
    if (stats.isCharacterDevice() || stats.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
function sizeText(bytes) {
    if (bytes >= GiB)
        return `${(bytes / GiB).toFixed(1)} GiB`;
    if (bytes >= MiB)
        return `${(bytes / MiB).toFixed(1)} MiB`;
    if (bytes >= KiB)
        return `${(bytes / KiB).toFixed(1)} KiB`;
    return `${bytes} bytes`;
}
/** Open a user's file for reading: a regular file within the limit, or a clear error (nothing is read). */
async function openChecked(input, value, options) {
    const file = await resolveUserPath(input, value, options);
    const what = options.what ?? 'file';
    let handle;
    try {
        // O_NONBLOCK: opening a FIFO must not wait for a writer; fstat below refuses it.
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW);
    }
    catch (error) {
        throw (0,_runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)(input, value, `cannot open the ${what}: ${(0,_runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorReason */ .Qq)(error)}`);
    }
    const stats = await handle.stat();
    if (!stats.isFile()) {
        await handle.close();
        throw (0,_runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)(input, value, `the ${what} is ${kindOf(stats)}; expected a regular file`);
    }
    if (stats.size > options.maxBytes) {
        await handle.close();
        throw (0,_runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)(input, value, `the ${what} is ${sizeText(stats.size)}, more than the limit of ${sizeText(options.maxBytes)}`);
    }
    return { file, handle, size: stats.size };
}
/**
 * A file the action hands to another program (a kernel to boot, firmware to flash) without reading it:
 * resolved and checked like a read (inside the allowed roots, a regular file), nothing more.
 */
async function checkUserFile(input, value, options = {}) {
    const { file, handle } = await openChecked(input, value, { ...options, maxBytes: Number.MAX_SAFE_INTEGER });
    await handle.close();
    return file;
}
/** The bytes of a user's file (regular, inside the allowed roots, at most `maxBytes`). */
async function readUserBytes(input, value, options) {
    const { handle } = await openChecked(input, value, options);
    try {
        // Read at most the limit even if the file grows while we read.
        const buffer = Buffer.alloc(options.maxBytes + 1);
        let length = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
            if (bytesRead === 0)
                break;
            length += bytesRead;
            if (length > options.maxBytes) {
                throw (0,_runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)(input, value, `the ${options.what ?? 'file'} grew past the limit of ${sizeText(options.maxBytes)} while it was read`);
            }
        }
        return buffer.subarray(0, length);
    }
    finally {
        await handle.close();
    }
}
/** A user's text file, decoded by its byte-order mark (UTF-8 by default, UTF-16 LE/BE when marked). */
async function readUserFile(input, value, options) {
    return decodeText(await readUserBytes(input, value, options));
}
/** Text from bytes, honouring a byte-order mark. */
function decodeText(bytes) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return new TextDecoder('utf-16le').decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return new TextDecoder('utf-16be').decode(bytes.subarray(2));
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
        return bytes.subarray(3).toString('utf8');
    return bytes.toString('utf8');
}
/** A stream over a user's file, for formats too big to hold in memory; it ends at `maxBytes` at the latest. */
async function openUserStream(input, value, options) {
    const { file, handle, size } = await openChecked(input, value, options);
    return { file, size, stream: handle.createReadStream({ end: Math.max(0, options.maxBytes - 1), autoClose: true }) };
}
/** The lines of a stream (without their line ends), refusing any line longer than the limit. */
async function* readLines(stream, options) {
    const max = options.maxLineBytes ?? FILE_LIMITS.line;
    let pending = [];
    let pendingBytes = 0;
    let lineNumber = 0;
    const tooLong = () => new ConfigurationError(`Input '${options.input}': line ${lineNumber + 1} of ${options.file} is longer than ${sizeText(max)}; that is not a file of this format`);
    for await (const chunk of stream) {
        let buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        for (let end = buffer.indexOf(10); end !== -1; end = buffer.indexOf(10)) {
            if (pendingBytes + end > max)
                throw tooLong();
            const line = Buffer.concat([...pending, buffer.subarray(0, end)]).toString('utf8');
            pending = [];
            pendingBytes = 0;
            lineNumber++;
            yield line.endsWith('\r') ? line.slice(0, -1) : line;
            buffer = buffer.subarray(end + 1);
        }
        if (buffer.length > 0) {
            pendingBytes += buffer.length;
            if (pendingBytes > max)
                throw tooLong();
            pending.push(buffer);
        }
    }
    if (pendingBytes > 0) {
        const line = Buffer.concat(pending).toString('utf8');
        yield line.endsWith('\r') ? line.slice(0, -1) : line;
    }
}
/**
 * The regular files that glob patterns match (one pattern per item, `!` to exclude), relative to the
 * workspace and confined to it: a pattern that starts outside it, or a match that leads outside it
 * through a symlink, is refused with an error naming the input. Sorted, without duplicates.
 */
async function findUserFiles(input, patterns, options = {}) {
    const workspace = workspaceDir();
    const rooted = [];
    for (const pattern of patterns) {
        const negated = pattern.startsWith('!');
        const body = negated ? pattern.slice(1) : pattern;
        const absolute = path.resolve(workspace, body);
        if (!isInside(absolute, workspace)) {
            throw inputError(input, pattern, `the pattern reaches outside the workspace (${workspace}); patterns are relative to it`);
        }
        rooted.push(negated ? `!${absolute}` : absolute);
    }
    const { create } = await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 21351));
    const globber = await create(rooted.join('\n'), { matchDirectories: false, implicitDescendants: false });
    const realWorkspace = await realPathOf(workspace);
    const files = new Set();
    for await (const match of globber.globGenerator()) {
        const real = await realPathOf(match);
        if (!isInside(real, realWorkspace)) {
            throw inputError(input, path.relative(workspace, match), `the file leads outside the workspace through a symlink (to ${real})`);
        }
        const stats = await lstat(real);
        if (!stats.isFile())
            throw inputError(input, path.relative(workspace, match), `the match is ${kindOf(stats)}; expected regular files`);
        files.add(match);
        if (options.maxFiles !== undefined && files.size > options.maxFiles) {
            throw inputError(input, patterns.join(', '), `the patterns match more than ${options.maxFiles} files; narrow them`);
        }
    }
    return [...files].sort();
}
/**
 * Write a file the user named: only under the allowed roots (default: the workspace and RUNNER_TEMP),
 * never through a symlink, creating parent directories. Returns the absolute path written.
 */
async function writeUserFile(input, value, data, options = { roots: ['workspace', 'runner-temp'] }) {
    const absolute = path.resolve(workspaceDir(), value.trim());
    const file = await resolveUserPath(input, value, options);
    // resolveUserPath followed any symlink; writing through one is refused even when it stays inside.
    const existing = await lstat(absolute).catch(() => undefined);
    if (existing?.isSymbolicLink())
        throw inputError(input, value, 'the path is a symlink; the action does not write through symlinks');
    if (existing && !existing.isFile())
        throw inputError(input, value, `the path is ${kindOf(existing)}; expected a file to write`);
    try {
        await mkdir(path.dirname(file), { recursive: true });
        const handle = await open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644);
        try {
            await handle.writeFile(data);
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        throw inputError(input, value, `cannot write the file: ${systemErrorReason(error)}`);
    }
    return file;
}


/***/ }),

/***/ 11310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_YAML_DEPTH: () => (/* binding */ MAX_YAML_DEPTH),
/* harmony export */   parseYaml: () => (/* binding */ parseYaml),
/* harmony export */   readStructured: () => (/* binding */ readStructured),
/* harmony export */   structured: () => (/* binding */ structured),
/* harmony export */   structuredList: () => (/* binding */ structuredList),
/* harmony export */   validate: () => (/* binding */ validate)
/* harmony export */ });
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54278);
/* harmony import */ var _runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52764);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72186);



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
                    throw (0,_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, raw, 'a value is required', options.secret);
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
    const { text, source } = await readInlineOrFile(raw, name, secret);
    const label = `Input '${name}'${source}`;
    return { value: await parseYaml(text, label), label };
}
/** One line that is not a flow collection, a block list item (`- item`) or a `key: value` pair names a file. */
function looksLikePath(trimmed) {
    return !trimmed.includes('\n') && !/^([[{]|- )/.test(trimmed) && !/:\s/.test(trimmed);
}
async function readInlineOrFile(raw, name, secret) {
    const trimmed = raw.trim();
    if (!looksLikePath(trimmed)) {
        if (raw.length > _files_js__WEBPACK_IMPORTED_MODULE_2__.FILE_LIMITS.config)
            throw (0,_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, raw, `inline YAML/JSON is limited to ${_files_js__WEBPACK_IMPORTED_MODULE_2__.FILE_LIMITS.config} bytes`, secret);
        return { text: raw, source: '' };
    }
    const text = await (0,_files_js__WEBPACK_IMPORTED_MODULE_2__.readUserFile)(name, trimmed, { maxBytes: _files_js__WEBPACK_IMPORTED_MODULE_2__.FILE_LIMITS.config, what: 'YAML/JSON file' });
    return { text, source: ` (file ${trimmed})` };
}
/**
 * A list input whose items are text or mappings (milestones, patterns, script steps), validated by a
 * schema. Written as a single plain value, one item per line, or a YAML list; a file only with the
 * `file:` prefix (`file: ci/expect.yml`), so an item such as `Welcome to Buildroot` is never taken for a
 * file name.
 */
function structuredList(options) {
    return {
        kind: 'structured-list',
        async parse(raw, name) {
            const trimmed = raw.trim();
            if (trimmed === '')
                return [];
            const fileName = /^file:\s*(\S.*)$/.exec(trimmed)?.[1];
            let value;
            let label = `Input '${name}'`;
            if (fileName !== undefined) {
                label = `Input '${name}' (file ${fileName})`;
                value = await parseYaml(await (0,_files_js__WEBPACK_IMPORTED_MODULE_2__.readUserFile)(name, fileName, { maxBytes: _files_js__WEBPACK_IMPORTED_MODULE_2__.FILE_LIMITS.config, what: 'YAML file' }), label);
            }
            else if (/^\[/.test(trimmed) || /^-(\s|$)/.test(trimmed)) {
                if (raw.length > _files_js__WEBPACK_IMPORTED_MODULE_2__.FILE_LIMITS.config)
                    throw (0,_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, raw, `inline YAML is limited to ${_files_js__WEBPACK_IMPORTED_MODULE_2__.FILE_LIMITS.config} bytes`);
                value = await parseYaml(raw, label);
            }
            else {
                value = (0,_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__.listItems)(raw, name);
            }
            if (!Array.isArray(value))
                throw (0,_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, raw, 'expected a list: one item per line, or a YAML list');
            checkColonTrap(value, name);
            return validate(value, options.schema, label);
        },
    };
}
/** YAML reads an unquoted `- login:` as a mapping with no value: say so plainly, before the schema would. */
function checkColonTrap(items, name) {
    for (const item of items) {
        const entries = item && typeof item === 'object' && !Array.isArray(item) ? Object.entries(item) : [];
        if (entries.length === 1 && entries[0]?.[1] === null) {
            const key = entries[0][0];
            throw (0,_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, `- ${key}:`, `YAML reads this item as a mapping; quote text that ends with a colon: - "${key}:"`);
        }
    }
}
/** Deeper nesting than any real configuration needs; the YAML parser itself would overflow its stack. */
const MAX_YAML_DEPTH = 64;
/** yaml's own guard against "billion laughs": aliases expanded per document. */
const MAX_ALIAS_COUNT = 1000;
/**
 * An upper bound on the nesting of a YAML text, counted without parsing it: flow brackets outside quotes
 * and comments, plus the block levels that indentation (and `- - -` on one line) opens.
 */
function nestingBound(text) {
    let max = 0;
    let flow = 0;
    const indents = [];
    for (const line of text.split('\n')) {
        const indent = /^[ -]*/.exec(line)?.[0] ?? '';
        const column = indent.length;
        if (line.trim() !== '' && !line.trim().startsWith('#')) {
            while (indents.length > 0 && indents.at(-1) >= column)
                indents.pop();
            indents.push(column);
        }
        const dashes = (indent.match(/-(?= |$)/g) ?? []).length;
        let quote;
        for (const c of line) {
            if (quote) {
                if (c === quote)
                    quote = undefined;
            }
            else if (c === '"' || c === "'")
                quote = c;
            else if (c === '#')
                break;
            else if (c === '[' || c === '{')
                flow++;
            else if (c === ']' || c === '}')
                flow = Math.max(0, flow - 1);
            max = Math.max(max, flow + indents.length + dashes);
        }
        max = Math.max(max, flow + indents.length + dashes);
    }
    return max;
}
/** Scalars in hexadecimal, octal or binary: a workflow value like `smp: 0x10` is refused, numbers are decimal. */
function nonDecimalNumber(doc, visit) {
    let found;
    visit(doc, {
        Scalar(_key, node) {
            const source = node.srcToken?.source ?? '';
            if (typeof node.value === 'number' && /^[-+]?0[xob]/i.test(source)) {
                found = source;
                return visit.BREAK;
            }
            return undefined;
        },
    });
    return found;
}
async function parseYaml(text, label) {
    if (nestingBound(text) > MAX_YAML_DEPTH)
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label} is nested more than ${MAX_YAML_DEPTH} levels deep`);
    const { parseDocument, visit } = await __webpack_require__.e(/* import() */ 293).then(__webpack_require__.t.bind(__webpack_require__, 88293, 19));
    const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, keepSourceTokens: true });
    const first = doc.errors[0];
    if (first) {
        const where = first.linePos?.[0] ? ` at line ${first.linePos[0].line}, column ${first.linePos[0].col}` : '';
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label} is not valid YAML/JSON${where}: ${first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`);
    }
    const nonDecimal = nonDecimalNumber(doc, visit);
    if (nonDecimal)
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label} has the number ${(0,_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(nonDecimal)}: numbers are decimal (write it in base 10, or quote it as text)`);
    try {
        return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        // yaml throws a ReferenceError for an alias bomb; that is the user's document, not a bug.
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label} expands its aliases too often (more than ${MAX_ALIAS_COUNT}): ${(0,_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error).split('\n')[0]}`);
    }
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
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label} is invalid: ${[...new Set(errors)].slice(0, 5).join('; ')}`);
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
    return (0,_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(typeof data === 'string' ? data : (JSON.stringify(data) ?? 'undefined'), secret);
}


/***/ })

};
