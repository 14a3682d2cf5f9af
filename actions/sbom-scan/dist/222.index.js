export const id = 222;
export const ids = [222];
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

/***/ 52222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanSecrets: () => (/* binding */ scanSecrets)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ../../shared/src/clients/process.ts + 2 modules
var process = __webpack_require__(34940);
// EXTERNAL MODULE: ./src/lockfiles/parse.ts
var parse = __webpack_require__(71901);
;// CONCATENATED MODULE: ./src/secrets/rules.ts
const RULES = [
    { id: 'github-pat', description: 'GitHub personal access token', keywords: ['ghp_'], pattern: /\b(ghp_[0-9a-zA-Z]{36})\b/g },
    {
        id: 'github-fine-grained-pat',
        description: 'GitHub fine-grained personal access token',
        keywords: ['github_pat_'],
        pattern: /\b(github_pat_\w{82})\b/g,
    },
    { id: 'github-oauth', description: 'GitHub OAuth access token', keywords: ['gho_'], pattern: /\b(gho_[0-9a-zA-Z]{36})\b/g },
    { id: 'github-app-token', description: 'GitHub App token', keywords: ['ghu_', 'ghs_'], pattern: /\b((?:ghu|ghs)_[0-9a-zA-Z]{36})\b/g },
    { id: 'github-refresh-token', description: 'GitHub refresh token', keywords: ['ghr_'], pattern: /\b(ghr_[0-9a-zA-Z]{36})\b/g },
    { id: 'gitlab-pat', description: 'GitLab personal access token', keywords: ['glpat-'], pattern: /\b(glpat-[\w-]{20})(?![\w-])/g },
    {
        id: 'aws-access-token',
        description: 'AWS access key id',
        keywords: ['a3t', 'akia', 'asia', 'abia', 'acca'],
        pattern: /\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/g,
    },
    {
        id: 'slack-bot-token',
        description: 'Slack bot token',
        keywords: ['xoxb'],
        pattern: /\b(xoxb-[0-9]{10,13}-[0-9]{10,13}[a-zA-Z0-9-]*)/g,
    },
    {
        id: 'slack-user-token',
        description: 'Slack user token',
        keywords: ['xoxp-', 'xoxe-'],
        pattern: /\b(xox[pe](?:-[0-9]{10,13}){3}-[a-zA-Z0-9-]{28,34})/g,
    },
    {
        id: 'slack-webhook-url',
        description: 'Slack webhook URL',
        keywords: ['hooks.slack.com'],
        pattern: /((?:https?:\/\/)?hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/]{43,56})/g,
    },
    {
        id: 'private-key',
        description: 'Private key',
        keywords: ['-----begin'],
        pattern: /(-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----[\s\S]{64,}?-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----)/g,
    },
    {
        id: 'generic-api-key',
        description: 'Generic API key or secret assigned in code',
        keywords: ['access', 'api', 'auth', 'key', 'credential', 'creds', 'passwd', 'password', 'secret', 'token'],
        pattern: /[\w.-]{0,50}?(?:access|auth|[Aa]pi|API|credential|creds|key|passw(?:or)?d|secret|token)(?:[ \t\w.-]{0,20})[\s'"]{0,3}(?:=|>|:{1,3}=|\|\||:|=>|\?=|,)[\x60'"\s=]{0,5}([\w.=-]{10,150}|[a-z0-9][a-z0-9+/]{11,}={0,3})(?:[\x60'"\s;]|\\[nr]|$)/gim,
        minEntropy: 3.5,
    },
];
/** Shannon entropy in bits per character. */
function entropy(value) {
    const counts = new Map();
    for (const ch of value)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let bits = 0;
    for (const n of counts.values()) {
        const p = n / value.length;
        bits -= p * Math.log2(p);
    }
    return bits;
}
/**
 * What the generic rule must not call a secret (gitleaks keeps a similar allowlist): identifiers and
 * paths without digits, template placeholders, obvious examples.
 */
function looksLikeSecret(value) {
    if (!/\d/.test(value) || !/[A-Za-z]/.test(value))
        return false;
    // kebab/snake/dotted identifiers (cache keys, file names): words and short parts between separators.
    const parts = value.split(/[._-]/).filter(Boolean);
    if (parts.length > 1 && parts.every((p) => /^[a-z]+$/i.test(p) || p.length < 8))
        return false;
    // UUIDs name things (run ids, test fixtures) far more often than they authenticate.
    if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value))
        return false;
    if (/example|placeholder|changeme|dummy|sample|xxxx|\$\{|\{\{|<[^>]+>/i.test(value))
        return false;
    return true;
}

;// CONCATENATED MODULE: ./src/secrets/scan.ts





/** Files whose content is hashes and versions, where long random strings are expected (gitleaks skips them too). */
const SKIPPED_FILES = /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.yaml|yarn\.lock|Cargo\.lock|poetry\.lock|uv\.lock|Pipfile\.lock|go\.sum|composer\.lock|Gemfile\.lock|gradle\.lockfile|packages\.lock\.json)$/;
/** Generated bundles and minified code: scanned in their tracked sources instead. */
const GENERATED = /(^|\/)dist\/.*\.(c|m)?js$|\.min\.js$|\.map$/;
const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** git-tracked files under root (relative to root); when root is not a git work tree, every file but .git and node_modules. */
async function trackedFiles(root) {
    const git = await (0,process/* runProcess */.R3)('git', ['-c', 'core.quotePath=false', 'ls-files', '-z', '--cached'], { cwd: root, timeoutMs: 60_000 }).catch(() => undefined);
    if (git && git.exitCode === 0)
        return git.stdout.split('\0').filter(Boolean).sort();
    const out = [];
    const walk = async (dir) => {
        for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
            if (entry.name === '.git' || entry.name === 'node_modules')
                continue;
            const full = external_node_path_default().join(dir, entry.name);
            if (entry.isDirectory())
                await walk(full);
            else if (entry.isFile())
                out.push(external_node_path_default().relative(root, full).split((external_node_path_default()).sep).join('/'));
        }
    };
    await walk(root);
    return out.sort();
}
/** .gitleaksignore fingerprints: `file:rule:line` (gitleaks also prefixes a commit for history scans). */
async function ignored(root) {
    const text = await (0,promises_.readFile)(external_node_path_default().join(root, '.gitleaksignore'), 'utf8').catch(() => '');
    return new Set(text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'))
        .map((l) => l.split(':').slice(-3).join(':')));
}
function mask(secret) {
    const prefix = /^(ghp_|gho_|ghu_|ghs_|ghr_|github_pat_|glpat-|xox[bpe]-|AKIA|ASIA|-----BEGIN)/.exec(secret)?.[0] ?? '';
    return `${prefix}${'*'.repeat(8)}`;
}
/**
 * Scan the tracked files under `root` for hardcoded secrets; findings carry rule, file (relative to
 * `workspace`), line and a masked excerpt, never the value. Nothing is registered with the runner's masking
 * either: an `::add-mask::` command would itself write the value into the raw log.
 */
async function scanSecrets(root, workspace) {
    const files = await trackedFiles(root);
    const skip = await ignored(root);
    const findings = [];
    for (const relative of files) {
        if (SKIPPED_FILES.test(relative) || GENERATED.test(relative))
            continue;
        const full = external_node_path_default().join(root, relative);
        const info = await (0,promises_.stat)(full).catch(() => undefined);
        if (!info?.isFile() || info.size > MAX_FILE_BYTES)
            continue;
        const bytes = await (0,promises_.readFile)(full);
        if (bytes.subarray(0, 8000).includes(0))
            continue;
        const text = bytes.toString('utf8');
        const lower = text.toLowerCase();
        const file = external_node_path_default().relative(workspace, full).split((external_node_path_default()).sep).join('/');
        const lines = text.split('\n');
        for (const rule of RULES) {
            if (!rule.keywords.some((k) => lower.includes(k)))
                continue;
            for (const match of text.matchAll(rule.pattern)) {
                const secret = match[1] ?? match[0];
                if (rule.minEntropy !== undefined && (entropy(secret) < rule.minEntropy || !looksLikeSecret(secret)))
                    continue;
                const offset = (match.index ?? 0) + match[0].indexOf(secret);
                const line = (0,parse/* lineAt */.mh)(text, offset);
                if ((lines[line - 1] ?? '').includes('gitleaks:allow'))
                    continue;
                if (skip.has(`${file}:${rule.id}:${line}`) || skip.has(`${relative}:${rule.id}:${line}`))
                    continue;
                // A more specific rule already reported this spot.
                if (findings.some((f) => f.file === file && f.line === line))
                    continue;
                findings.push({ rule: rule.id, description: rule.description, file, line, masked: mask(secret) });
            }
        }
    }
    // Files are already in order; within a file, by line whatever rule found it.
    return findings.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}


/***/ })

};
