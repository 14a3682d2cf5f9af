export const id = 255;
export const ids = [255,979];
export const modules = {

/***/ 7979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HISTORY_FORMAT: () => (/* binding */ HISTORY_FORMAT),
/* harmony export */   MAX_SAMPLES: () => (/* binding */ MAX_SAMPLES),
/* harmony export */   addEntry: () => (/* binding */ addEntry),
/* harmony export */   baselineBranch: () => (/* binding */ baselineBranch),
/* harmony export */   emptyHistory: () => (/* binding */ emptyHistory),
/* harmony export */   entriesOf: () => (/* binding */ entriesOf),
/* harmony export */   parseHistory: () => (/* binding */ parseHistory),
/* harmony export */   seriesFor: () => (/* binding */ seriesFor)
/* harmony export */ });
/* harmony import */ var _archway_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2724);
/* harmony import */ var _decide_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8894);
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1352);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(524);




/**
 * The stored history of one benchmark suite: one entry per run (commit) and branch, oldest first. It stays
 * bounded: at most `max-history` entries per branch, and raw samples only in each branch's newest
 * SAMPLE_RUNS entries (as a quantile sketch of at most MAX_SAMPLES values), which is all the decision reads.
 */
const HISTORY_FORMAT = 'archway.benchmark-history/v1';
const MAX_SAMPLES = 100;
function emptyHistory() {
    return { format: HISTORY_FORMAT, entries: [] };
}
/** Accept a stored document, refusing anything that is not one (a wrong path must not be overwritten). */
function parseHistory(value, label) {
    const doc = value;
    if (!doc || typeof doc !== 'object' || doc.format !== HISTORY_FORMAT || !Array.isArray(doc.entries)) {
        throw new _archway_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label} is not a benchmark history (expected a JSON object with format '${HISTORY_FORMAT}')`);
    }
    return {
        format: HISTORY_FORMAT,
        entries: doc.entries.filter((e) => e && typeof e.branch === 'string' && typeof e.benchmarks === 'object'),
    };
}
/**
 * Add a run. A re-run of the same commit on the same branch replaces its earlier entry. Then trim: keep the
 * newest `maxHistory` entries per branch, samples only in the newest SAMPLE_RUNS per branch.
 */
function addEntry(doc, entry, maxHistory) {
    const entries = doc.entries.filter((e) => !(e.branch === entry.branch && e.commit === entry.commit));
    entries.push(sketched(entry));
    const seen = new Map();
    const kept = [];
    for (let i = entries.length - 1; i >= 0; i--) {
        const e = entries[i];
        const rank = seen.get(e.branch) ?? 0;
        seen.set(e.branch, rank + 1);
        if (rank >= maxHistory)
            continue;
        kept.push(rank >= _decide_js__WEBPACK_IMPORTED_MODULE_1__/* .SAMPLE_RUNS */ .kM ? withoutSamples(e) : e);
    }
    return { format: HISTORY_FORMAT, entries: kept.reverse() };
}
function sketched(entry) {
    const benchmarks = {};
    for (const [name, b] of Object.entries(entry.benchmarks)) {
        benchmarks[name] = b.samples ? { ...b, samples: (0,_stats_js__WEBPACK_IMPORTED_MODULE_2__/* .quantileSketch */ .kP)(b.samples, MAX_SAMPLES) } : b;
    }
    return { ...entry, benchmarks };
}
function withoutSamples(entry) {
    if (!Object.values(entry.benchmarks).some((b) => b.samples))
        return entry;
    const benchmarks = {};
    for (const [name, { samples: _dropped, ...rest }] of Object.entries(entry.benchmarks))
        benchmarks[name] = rest;
    return { ...entry, benchmarks };
}
/** The first branch among `candidates` that has entries, else the first candidate. */
function baselineBranch(doc, candidates) {
    return candidates.find((b) => doc.entries.some((e) => e.branch === b)) ?? candidates[0];
}
function entriesOf(doc, branch) {
    return doc.entries.filter((e) => e.branch === branch);
}
/**
 * The last `window` points of one benchmark on a branch, converted to `unit`. Points in a unit that cannot
 * be converted (the benchmark changed what it measures) are left out, along with everything before them.
 */
function seriesFor(entries, name, unit, window) {
    const points = [];
    for (let i = entries.length - 1; i >= 0 && points.length < window; i--) {
        const entry = entries[i];
        const stored = entry.benchmarks[name];
        if (!stored)
            continue;
        const factor = (0,_units_js__WEBPACK_IMPORTED_MODULE_3__/* .conversionFactor */ .oo)(stored.unit, unit);
        if (factor === undefined)
            break;
        points.push({
            commit: entry.commit,
            value: stored.value * factor,
            ...(stored.samples ? { samples: stored.samples.map((s) => s * factor) } : {}),
        });
    }
    return points.reverse();
}


/***/ }),

/***/ 2255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openStore: () => (/* binding */ openStore)
});

// EXTERNAL MODULE: ../../shared/src/index.ts + 7 modules
var src = __webpack_require__(2724);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3960);
// EXTERNAL MODULE: ../../shared/src/clients/process.ts + 2 modules
var clients_process = __webpack_require__(4940);
// EXTERNAL MODULE: ./src/history.ts
var src_history = __webpack_require__(7979);
;// CONCATENATED MODULE: ./src/stores/types.ts
/** The input that names the history file, for messages. */
const HISTORY_INPUT = 'history-path';
/** A history is bounded by max-history and sample sketches; a bigger file is not one. */
const MAX_HISTORY_BYTES = 64 * 1024 * 1024;

;// CONCATENATED MODULE: ./src/stores/branch.ts








const BOT = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
const REJECTED = /non-fast-forward|fetch first|\[rejected\]|stale info|failed to update ref|cannot lock ref|incorrect old value/i;
/**
 * History in a file on a data branch (gh-pages or a dedicated one) of the checked-out repository. Commits
 * are made with plumbing (hash-object, a private index, commit-tree), so the workspace's working tree,
 * index and checked-out branch are never touched, and the branch's other files are kept. When another job
 * pushed first, the push is refused; the store then fetches the new tip, applies its update to that
 * history again and retries, so concurrent jobs all land their runs.
 */
function branchStore(options) {
    checkDataPath(options.historyPath);
    const remote = options.remote ?? 'origin';
    const localRef = `refs/archway/benchmark-data/${options.branch}`;
    const label = `The history file ${options.historyPath} on branch ${options.branch}`;
    const git = async (args, extra = {}) => (0,clients_process/* runProcess */.R3)('git', ['-C', options.workspace, ...args], {
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...extra.env },
        ...(extra.input === undefined ? {} : { input: extra.input }),
        timeoutMs: 120_000,
    });
    const must = async (args, extra) => {
        const result = await git(args, extra);
        if (result.exitCode !== 0) {
            throw new src/* ConfigurationError */.j1(`Could not record the benchmark history: git ${args[0]} failed: ${result.stderr.trim() || result.stdout.trim()}`);
        }
        return result.stdout.trim();
    };
    /** Fetch the data branch's tip into a private ref; undefined when the branch does not exist yet. */
    const fetchTip = async () => {
        if ((await git(['rev-parse', '--git-dir'])).exitCode !== 0) {
            throw new src/* ConfigurationError */.j1(`Input 'storage' is 'branch', but the workspace is not a git repository: check the repository out first (actions/checkout)`);
        }
        const fetched = await git(['fetch', '--no-tags', '--quiet', remote, `+refs/heads/${options.branch}:${localRef}`]);
        if (fetched.exitCode !== 0) {
            if (/couldn't find remote ref|no such ref/i.test(fetched.stderr))
                return undefined;
            throw new src/* ConfigurationError */.j1(`Could not fetch branch ${options.branch} from ${remote}: ${fetched.stderr.trim()}`);
        }
        return must(['rev-parse', localRef]);
    };
    const readAt = async (tip) => {
        if (!tip)
            return (0,src_history.emptyHistory)();
        const shown = await git(['show', `${tip}:${options.historyPath}`]);
        if (shown.exitCode !== 0)
            return (0,src_history.emptyHistory)();
        try {
            return (0,src_history.parseHistory)(JSON.parse(shown.stdout), label);
        }
        catch (error) {
            if (error instanceof src/* ConfigurationError */.j1)
                throw error;
            throw new src/* ConfigurationError */.j1(`${label} is not valid JSON: ${(0,src/* errorMessage */.gJ)(error)}`);
        }
    };
    const commitOnto = async (tip, doc, message) => {
        const blob = await must(['hash-object', '-w', '--stdin'], { input: `${JSON.stringify(doc)}\n` });
        const scratch = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(process.env.RUNNER_TEMP ?? external_node_os_default().tmpdir(), 'benchmark-index-'));
        try {
            const env = { GIT_INDEX_FILE: external_node_path_default().join(scratch, 'index') };
            await must(tip ? ['read-tree', tip] : ['read-tree', '--empty'], { env });
            await must(['update-index', '--add', '--cacheinfo', `100644,${blob},${options.historyPath}`], { env });
            const tree = await must(['write-tree'], { env });
            const identity = {
                GIT_AUTHOR_NAME: BOT.name,
                GIT_AUTHOR_EMAIL: BOT.email,
                GIT_COMMITTER_NAME: BOT.name,
                GIT_COMMITTER_EMAIL: BOT.email,
            };
            return await must(['commit-tree', tree, ...(tip ? ['-p', tip] : []), '-m', message], { env: identity });
        }
        finally {
            (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
        }
    };
    return {
        description: `${options.historyPath} on branch ${options.branch}`,
        async load() {
            return readAt(await fetchTip());
        },
        async save(branch, update) {
            const attempts = options.attempts ?? 8;
            for (let attempt = 1; attempt <= attempts; attempt++) {
                const tip = await fetchTip();
                const next = update(await readAt(tip));
                const commit = await commitOnto(tip, next, `Benchmark history: ${options.historyPath} for ${branch}`);
                const pushed = await git(['push', '--quiet', remote, `${commit}:refs/heads/${options.branch}`]);
                if (pushed.exitCode === 0)
                    return `Saved this run to ${options.historyPath} on branch ${options.branch}.`;
                if (!REJECTED.test(pushed.stderr)) {
                    throw new src/* ConfigurationError */.j1(`Could not push the benchmark history to ${options.branch} (the job needs 'contents: write' and checked-out credentials): ${pushed.stderr.trim()}`);
                }
                core/* info */.pq(`Another job updated ${options.branch} first; merging with its history and retrying (${attempt}/${attempts}).`);
                await new Promise((resolve) => setTimeout(resolve, 100 * attempt + Math.random() * 400));
            }
            throw new src/* ConfigurationError */.j1(`Could not push the benchmark history to ${options.branch} after ${attempts} attempts: other jobs kept updating it`);
        },
    };
}
/**
 * The history file's path inside the data branch, as git stores paths: relative, '/'-separated, with no
 * '.', '..' or empty part and nothing under .git. Anything else would make git refuse it (or, worse, mean
 * a place outside the tree), so it is refused here with the input's name.
 */
function checkDataPath(historyPath) {
    const parts = historyPath.split('/');
    const bad = historyPath.startsWith('/') ||
        historyPath.includes('\\') ||
        // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused.
        /[\0-\x1f]/.test(historyPath) ||
        parts.some((p) => p === '' || p === '.' || p === '..' || p.toLowerCase() === '.git');
    if (bad) {
        throw (0,src/* inputError */.Xu)(HISTORY_INPUT, historyPath, "expected a path inside the data branch, relative and '/'-separated (e.g. dev/bench/history.json), without '.', '..' or empty parts");
    }
}

// EXTERNAL MODULE: ../../shared/src/runner/errors.ts
var errors = __webpack_require__(4278);
;// CONCATENATED MODULE: ../../shared/src/clients/cache-store.ts




/**
 * Small JSON documents (benchmark history, coverage baselines) kept in the Actions cache, one line of
 * history per branch. Cache entries are immutable, so every save makes a new key
 * `archway-<namespace>/<branch>/<run>-<attempt>`, and a restore by the prefix `archway-<namespace>/<branch>/`
 * finds the newest one. The cache's own scoping lets a pull request read its base branch's entries.
 *
 * The cache version hashes the path list, so the path must be the same on every run: a relative
 * directory in the workspace, created for the transfer and removed afterwards.
 */
const STORE_DIR = '.archway-cache-store';
/** '/' ends each part, and cannot occur inside one: branch `main` never matches the keys of `main-2`. */
function keyPrefix(namespace, branch) {
    const part = (text) => text.replace(/[^\w.-]+/g, '_');
    return `archway-${part(namespace)}/${part(branch)}/`;
}
function storePaths(namespace) {
    const relative = `${STORE_DIR}/${namespace}`;
    // @actions/cache resolves relative paths against the working directory (the workspace on a runner).
    const absolute = external_node_path_default().resolve(relative);
    return { relative, absolute, file: external_node_path_default().join(absolute, 'data.json') };
}
function available() {
    return Boolean(process.env.ACTIONS_RESULTS_URL || process.env.ACTIONS_CACHE_URL);
}
/** The newest document saved for the first branch that has one, or undefined. */
async function restoreJson(namespace, branches) {
    if (!available()) {
        core/* info */.pq(`No Actions cache service here: starting ${namespace} without stored data.`);
        return undefined;
    }
    const cache = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(741)]).then(__webpack_require__.bind(__webpack_require__, 741));
    const { relative, absolute, file } = storePaths(namespace);
    const [first, ...rest] = branches.map((b) => keyPrefix(namespace, b));
    if (!first)
        return undefined;
    try {
        const key = await cache.restoreCache([relative], first, [first, ...rest]);
        if (!key || !(0,external_node_fs_.existsSync)(file))
            return undefined;
        return { value: JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8')), key };
    }
    catch (error) {
        core/* warning */.$e(`Could not restore ${namespace} from the Actions cache: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return undefined;
    }
    finally {
        (0,external_node_fs_.rmSync)(absolute, { recursive: true, force: true });
        removeIfEmpty(external_node_path_default().dirname(absolute));
    }
}
/** Save a document for a branch. Failures are warnings: stored data is an aid, not the step's purpose. */
async function saveJson(namespace, branch, value) {
    if (!available())
        return undefined;
    const cache = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(741)]).then(__webpack_require__.bind(__webpack_require__, 741));
    const { relative, absolute, file } = storePaths(namespace);
    const key = `${keyPrefix(namespace, branch)}${process.env.GITHUB_RUN_ID ?? Date.now()}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}`;
    (0,external_node_fs_.mkdirSync)(absolute, { recursive: true });
    (0,external_node_fs_.writeFileSync)(file, JSON.stringify(value));
    try {
        // saveCache reports a failure itself (a warning "Failed to save: ...") and returns -1 instead of
        // throwing: undefined tells the caller nothing was saved, so it does not claim otherwise.
        const id = await cache.saveCache([relative], key);
        return id === -1 ? undefined : key;
    }
    catch (error) {
        core/* warning */.$e(`Could not save ${namespace} to the Actions cache: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return undefined;
    }
    finally {
        (0,external_node_fs_.rmSync)(absolute, { recursive: true, force: true });
        removeIfEmpty(external_node_path_default().dirname(absolute));
    }
}
function removeIfEmpty(dir) {
    try {
        (0,external_node_fs_.rmdirSync)(dir);
    }
    catch {
        // Not empty (another store in use) or already gone.
    }
}

;// CONCATENATED MODULE: ./src/stores/cache.ts


/**
 * History in the Actions cache, one line per branch (a new immutable entry per run). A pull request
 * restores its base branch's newest entry; a push restores its own branch's, falling back to the default
 * branch's, and saves its own. The cache is an aid: when it cannot be reached the run is judged on what
 * it has and the log says the run was not saved.
 */
function cacheStore(suite) {
    const namespace = `benchmark-regression-${suite}`;
    let loaded;
    return {
        description: 'the Actions cache',
        async load(branches) {
            const restored = await restoreJson(namespace, branches);
            loaded = restored ? (0,src_history.parseHistory)(restored.value, `The cached history (${restored.key})`) : (0,src_history.emptyHistory)();
            return loaded;
        },
        async save(branch, update) {
            const key = await saveJson(namespace, branch, update(loaded ?? (0,src_history.emptyHistory)()));
            return key
                ? `Saved this run to the Actions cache (${key}).`
                : 'This run was not saved: the Actions cache is not available here or did not take it (see above).';
        },
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/stores/file.ts





/**
 * History in a JSON file of the workspace, which the workflow keeps (commits, uploads, caches) itself.
 * The path is the user's, so it is resolved, read and written through the kit's safe file access: inside
 * the workspace, a regular file, never written through a symlink.
 */
function fileStore(historyPath) {
    const label = `Input '${HISTORY_INPUT}' (${historyPath})`;
    const read = async () => {
        const { readUserFile, resolveUserPath } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2186));
        const file = await resolveUserPath(HISTORY_INPUT, historyPath);
        if (!(await (0,promises_.stat)(file).then(() => true, () => false)))
            return (0,src_history.emptyHistory)();
        const text = await readUserFile(HISTORY_INPUT, historyPath, { maxBytes: MAX_HISTORY_BYTES, what: 'history file' });
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            throw new src/* ConfigurationError */.j1(`${label} is not valid JSON: ${(0,src/* errorMessage */.gJ)(error)}`);
        }
        return (0,src_history.parseHistory)(value, label);
    };
    return {
        description: `the file ${historyPath}`,
        load: read,
        async save(_branch, update) {
            const { resolveUserPath, writeUserFile } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2186));
            const next = update(await read());
            const file = await resolveUserPath(HISTORY_INPUT, historyPath);
            // Write beside and rename, so a cancelled step never leaves half a history behind.
            const temporary = external_node_path_default().join(external_node_path_default().dirname(historyPath), `.${external_node_path_default().basename(historyPath)}.${process.pid}.tmp`);
            const written = await writeUserFile(HISTORY_INPUT, temporary, `${JSON.stringify(next)}\n`, { roots: ['workspace'] });
            try {
                await (0,promises_.rename)(written, file);
            }
            catch (error) {
                await (0,promises_.rm)(written, { force: true });
                throw new src/* ConfigurationError */.j1(`${label}: cannot replace the history file: ${(0,src/* errorMessage */.gJ)(error)}`);
            }
            return `Saved this run to ${historyPath}.`;
        },
    };
}

;// CONCATENATED MODULE: ./src/stores/index.ts




function openStore(storage, o) {
    switch (storage) {
        case 'cache':
            return cacheStore(o.suite);
        case 'branch':
            if (!o.dataOnCodeBranch && o.codeBranches.includes(o.dataBranch)) {
                throw (0,src/* inputError */.Xu)('data-branch', o.dataBranch, "it is the checked-out or the default branch, so the history would be committed onto the project's code; " +
                    "name a branch of its own (e.g. gh-pages or benchmark-data), or set 'data-branch-is-code: true' if that is really meant");
            }
            return branchStore({ workspace: o.workspace, branch: o.dataBranch, historyPath: o.historyPath });
        case 'file':
            return fileStore(o.historyPath);
    }
}


/***/ }),

/***/ 524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HV: () => (/* binding */ betterFromUnit),
/* harmony export */   oo: () => (/* binding */ conversionFactor),
/* harmony export */   r2: () => (/* binding */ toNanoseconds)
/* harmony export */ });
const TIME_UNITS = { ps: 1e-3, ns: 1, us: 1e3, µs: 1e3, μs: 1e3, ms: 1e6, s: 1e9, sec: 1e9, min: 6e10 };
const TIME_WORD = /^(ps|ns|us|µs|μs|ms|s|sec|secs|second|seconds|min|minute|minutes)$/i;
/**
 * Which way is better, from the unit alone: a rate (something per unit of time, `ops`, `Hz`) is better
 * bigger; times, sizes and counts per operation are better smaller. `ns/op` is a time per operation,
 * `MB/s` and `ops/sec` are rates.
 */
function betterFromUnit(unit) {
    const u = unit.trim();
    if (/^(ops|operations|iter|iterations|items|requests|req|runs)\b/i.test(u))
        return 'bigger';
    if (/hz$/i.test(u) || /per\s+second/i.test(u) || /throughput/i.test(u))
        return 'bigger';
    const slash = u.lastIndexOf('/');
    if (slash > 0 && TIME_WORD.test(u.slice(slash + 1).trim()))
        return 'bigger';
    return 'smaller';
}
/** Split a time unit with an optional per-something suffix ("us", "ms/iter", "ns/op") into its parts. */
function timeUnit(unit) {
    const match = /^\s*(ps|ns|us|µs|μs|ms|s|sec|min)(\/.*)?\s*$/.exec(unit);
    if (!match?.[1])
        return undefined;
    const factor = TIME_UNITS[match[1]];
    return factor === undefined ? undefined : { factor, suffix: match[2] ?? '' };
}
/**
 * The factor that converts a value in `from` into `to`, or undefined when they are not the same kind
 * (e.g. a tool that prints "us" one day and "ms" the next is still comparable; "ns/op" and "B/op" are not).
 */
function conversionFactor(from, to) {
    if (from === to)
        return 1;
    const a = timeUnit(from);
    const b = timeUnit(to);
    if (!a || !b || a.suffix !== b.suffix)
        return undefined;
    return a.factor / b.factor;
}
/** A value with its time unit scaled to nanoseconds, for formats whose printed unit changes with magnitude. */
function toNanoseconds(value, unit) {
    const t = timeUnit(unit);
    return t && t.suffix === '' ? value * t.factor : undefined;
}


/***/ })

};
