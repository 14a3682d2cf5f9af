export const id = 795;
export const ids = [795];
export const modules = {

/***/ 7795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readMeasurements: () => (/* binding */ readMeasurements)
});

// UNUSED EXPORTS: MAX_LINE_CHARS, MAX_OUTPUT_BYTES, mergeRepeats

// EXTERNAL MODULE: ../../shared/src/index.ts + 7 modules
var src = __webpack_require__(2724);
;// CONCATENATED MODULE: ./src/parsers/asv.ts

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * asv (airspeed velocity) results: the JSON file `asv run` writes per commit and environment
 * (`.asv/results/<machine>/<commit>-<env>.json`), version 1 ({ results: { name: value | { result, params } } })
 * or version 2 ({ result_columns, results: { name: [result, params, ..., samples] } }). asv's unit follows the
 * benchmark's kind, named by its prefix: time_ in seconds, mem_ and peakmem_ in bytes, track_ in its own
 * unit. A parameterised benchmark is one benchmark per combination, "<name>(<p1>, <p2>)"; a failed or skipped
 * one (null, NaN) is left out.
 */
function parseAsv(text, label) {
    const doc = parseAsvJson(text, label);
    if (!isObject(doc) || !isObject(doc.results))
        throw new src/* ConfigurationError */.j1(`${label}: not valid asv output: no 'results' object`);
    const columns = Array.isArray(doc.result_columns) ? doc.result_columns.map(String) : undefined;
    const found = [];
    for (const [name, entry] of Object.entries(doc.results)) {
        const { result, params, samples } = columns ? fromColumns(columns, entry) : fromVersion1(entry);
        const unit = asvUnit(name);
        const combinations = product(params);
        const values = Array.isArray(result) ? result : [result];
        values.forEach((value, i) => {
            if (typeof value !== 'number' || !Number.isFinite(value))
                return;
            const combination = combinations[i];
            if (combination === undefined) {
                throw new src/* ConfigurationError */.j1(`${label}: asv benchmark '${name}' has ${values.length} results for ${combinations.length} parameter combinations`);
            }
            const own = Array.isArray(samples) ? samples[i] : undefined;
            const raw = Array.isArray(own) && own.every((s) => typeof s === 'number' && Number.isFinite(s)) && own.length > 1
                ? own
                : undefined;
            found.push({
                name: combination.length ? `${name}(${combination.join(', ')})` : name,
                unit,
                value,
                ...(raw ? { samples: raw } : {}),
            });
        });
    }
    return found;
}
/** Python's json writes NaN and Infinity for failed benchmarks; they mean "no result". */
function parseAsvJson(text, label) {
    const standard = text.replace(/"(?:[^"\\]|\\.)*"|-?\bInfinity\b|\bNaN\b/g, (token) => (token.startsWith('"') ? token : 'null'));
    try {
        return JSON.parse(standard);
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1(`${label}: not valid asv output: it is not JSON (${(0,src/* errorMessage */.gJ)(error)})`);
    }
}
/** Recognise an asv results file from its shape. */
function looksLikeAsv(text) {
    return /"commit_hash"\s*:/.test(text) && /"results"\s*:/.test(text) && /"(result_columns|requirements|env_name)"\s*:/.test(text);
}
function fromColumns(columns, entry) {
    const row = Array.isArray(entry) ? entry : [];
    const pick = (column) => row[columns.indexOf(column)];
    return { result: pick('result'), params: pick('params'), samples: columns.includes('samples') ? pick('samples') : undefined };
}
function fromVersion1(entry) {
    if (isObject(entry))
        return { result: entry.result, params: entry.params, samples: entry.samples };
    return { result: entry, params: [], samples: undefined };
}
/** asv orders a parameterised benchmark's results as itertools.product of its parameter lists. */
function product(params) {
    const lists = Array.isArray(params) ? params.filter(Array.isArray).map((p) => p.map(String)) : [];
    return lists.reduce((acc, list) => acc.flatMap((combo) => list.map((p) => [...combo, p])), [[]]);
}
function asvUnit(name) {
    const kind = name.split('.').at(-1) ?? name;
    if (kind.startsWith('time_'))
        return 's';
    if (kind.startsWith('mem_') || kind.startsWith('peakmem_'))
        return 'bytes';
    return 'unit';
}

;// CONCATENATED MODULE: ./src/parsers/boot-timings.ts
/**
 * qemu-boot-test's boot timings (the kit's archway-boot-timings/v1 contract): each milestone a benchmark
 * "<arch>/<machine>: <milestone>", and the whole boot "<arch>/<machine>: total", in seconds, smaller is
 * better, so boot time is tracked like any benchmark.
 */
async function parseBootTimingsFile(text, label) {
    const { parseBootTimings } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3670));
    const timings = await parseBootTimings(text, label);
    const prefix = `${timings.arch}/${timings.machine}`;
    const extra = `boot ${timings.result}`;
    return [
        ...timings.milestones.map((m) => ({ name: `${prefix}: ${m.name}`, unit: 's', value: m.seconds, better: 'smaller', extra })),
        { name: `${prefix}: total`, unit: 's', value: timings.totalSeconds, better: 'smaller', extra },
    ];
}

;// CONCATENATED MODULE: ./src/parsers/source.ts

function textSource(text, label) {
    const lines = text.split(/\r?\n/);
    return {
        label,
        lines,
        error: (at, message) => new src/* ConfigurationError */.j1(`${label} line ${at + 1}: ${message}`),
    };
}
/** A plain decimal as C's printf, Go's strconv and Python's repr write it: `12`, `0.37`, `1.5e-07`. */
const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Thousands grouped with ',' and '.' before decimals (Rust libtest, benchmark.js): `1,234,567.5`. */
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
/**
 * Read `text` as a number in a tool's format: 'plain' accepts only a decimal, 'grouped' also accepts
 * ',' between thousands. Anything else (`1.234.567`, `1.234,56`, `12 345`, `nan`, `inf`) is refused
 * with an error naming the line, since guessing a locale turns values silently wrong.
 */
function readNumber(source, at, text, style, tool) {
    const clean = text.trim();
    const ok = PLAIN.test(clean) || (style === 'grouped' && GROUPED.test(clean));
    const value = ok ? Number(clean.replace(/,/g, '')) : Number.NaN;
    if (!Number.isFinite(value)) {
        const expected = style === 'grouped' ? "digits with ',' between thousands and '.' before decimals" : "digits with '.' before decimals";
        throw source.error(at, `${(0,src/* showValue */.vp)(clean)} is not a number in ${tool}'s format (${expected})`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/parsers/callgrind.ts

// Terminal colours, which iai-callgrind and gungraun write when told to (or when they think it is a tty).
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC is what is being removed.
const ANSI = /\u001b\[[0-9;]*m/g;
/** "  Instructions:   1734|1650   (+5.09090%) [+1.04844x]", or iai's "  Instructions:   1735". */
const METRIC = /^\s{2,}([A-Za-z][A-Za-z0-9 +\-./]*?):\s+(\S+?)(?:\|(\S+))?(?:\s+\([^)]*\))?(?:\s+\[[^\]]*\])?\s*$/;
/** "  ======= DHAT ======": the Valgrind tool whose metrics follow. */
const TOOL = /^\s+=+ ([A-Z][A-Z0-9 -]*?) =+\s*$/;
/** Where the per-benchmark report ends: the summary of regressions and the final tally. */
const SUMMARY = /^(Regressions:|(Iai-Callgrind|Gungraun) result:)/;
/**
 * iai-callgrind / gungraun (and the original iai): Valgrind's counts per benchmark, deterministic where
 * timings are not. A benchmark is its id line (which may span lines), then indented "<metric>: <new>|<old>
 * (<change>)" lines, grouped under "== <TOOL> ==" headers when several Valgrind tools ran. Each metric is
 * a benchmark "<id> - <metric>" ("<id> - <TOOL> <metric>" for tools other than Callgrind); a metric this
 * run did not measure (N/A) is left out. Counts are better smaller, hit rates bigger.
 */
function parseCallgrind(source) {
    const found = [];
    let id = [];
    let bench = '';
    let tool = '';
    let inSummary = false;
    source.lines.forEach((raw, at) => {
        const line = raw.replace(ANSI, '').trimEnd();
        if (line === '') {
            id = [];
            return;
        }
        if (SUMMARY.test(line)) {
            inSummary = true;
            return;
        }
        if (!/^\s/.test(line)) {
            inSummary = false;
            id.push(line.trim());
            return;
        }
        if (inSummary)
            return;
        const header = TOOL.exec(line);
        if (header) {
            tool = header[1] === 'CALLGRIND' ? '' : header[1];
            if (id.length > 0)
                [bench, id] = [id.join(' '), []];
            return;
        }
        const m = METRIC.exec(line);
        if (!m)
            return;
        if (id.length > 0) {
            [bench, id, tool] = [id.join(' '), [], ''];
        }
        if (!bench)
            return;
        const metric = m[1];
        const reading = m[2];
        if (reading === 'N/A')
            return;
        const value = readNumber(source, at, reading, 'plain', 'iai-callgrind');
        const { unit, better } = metricUnit(metric);
        found.push({
            name: `${bench} - ${tool ? `${tool} ` : ''}${metric}`,
            unit,
            value,
            better,
            ...(m[3] && m[3] !== 'N/A' ? { extra: `was ${m[3]}` } : {}),
        });
    });
    return found;
}
function metricUnit(metric) {
    if (/hit rate/i.test(metric))
        return { unit: '%', better: 'bigger' };
    if (/rate/i.test(metric))
        return { unit: '%', better: 'smaller' };
    if (/bytes/i.test(metric))
        return { unit: 'bytes', better: 'smaller' };
    return { unit: 'count', better: 'smaller' };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ../../shared/src/runner/errors.ts
var errors = __webpack_require__(4278);
;// CONCATENATED MODULE: ../../shared/src/readers/xml.ts


/**
 * Stream an XML file through saxes: memory stays bounded whatever the file's size. A DOCTYPE with an
 * internal subset is refused — report formats never need one, and refusing it rules out entity expansion
 * ("billion laughs") and external entities; entities that are not defined are errors. `label` names the
 * file in errors.
 */
async function streamXmlFile(file, handlers, label = file) {
    // Tracking line and column halves saxes' speed, so the pass that does the work runs without it, and a
    // file that turns out malformed is read once more, with positions, to say where.
    const failure = await parse(file, handlers, label, false);
    if (!failure)
        return;
    if (failure.malformed)
        throw (await parse(file, {}, label, true))?.error ?? failure.error;
    throw failure.error;
}
async function parse(file, handlers, label, position) {
    const { SaxesParser } = await __webpack_require__.e(/* import() */ 517).then(__webpack_require__.bind(__webpack_require__, 9517));
    const parser = new SaxesParser({ position });
    let failure;
    const fail = (message, malformed) => {
        failure ??= { error: new errors/* ConfigurationError */.j1(`${label}: ${message}`), malformed };
    };
    parser.on('doctype', (doctype) => {
        // A DOCTYPE that only names an external DTD (Cobertura, JaCoCo write one) is harmless: the DTD is never
        // fetched. Entity definitions live in the internal subset, so a DOCTYPE with one is refused.
        if (doctype.includes('[')) {
            fail('contains a DOCTYPE with an internal subset, which is refused (entity expansion and external entities are not allowed in reports)', false);
        }
    });
    parser.on('error', (error) => fail(`is not well-formed XML (${error.message.split('\n')[0]})`, true));
    parser.on('opentag', (tag) => {
        if (failure)
            return;
        // Without namespace processing saxes gives attributes as plain name -> value strings.
        handlers.open?.(tag.name, tag.attributes);
    });
    parser.on('closetag', (tag) => {
        if (!failure)
            handlers.close?.(tag.name);
    });
    parser.on('text', (text) => {
        if (!failure)
            handlers.text?.(text);
    });
    parser.on('cdata', (text) => {
        if (!failure)
            handlers.text?.(text);
    });
    const stream = (0,external_node_fs_.createReadStream)(file, { encoding: 'utf8', highWaterMark: 256 * 1024 });
    try {
        for await (const chunk of stream) {
            parser.write(chunk);
            if (failure)
                break;
        }
        if (!failure)
            parser.close();
    }
    catch (error) {
        if ((0,errors/* systemErrorCode */.vq)(error))
            throw new errors/* ConfigurationError */.j1(`${label}: cannot read (${(0,errors/* systemErrorReason */.Qq)(error)})`);
        throw error;
    }
    finally {
        stream.destroy();
    }
    return failure;
}

// EXTERNAL MODULE: ./src/units.ts
var units = __webpack_require__(524);
;// CONCATENATED MODULE: ./src/parsers/catch2.ts




const VALUE = String.raw `(\S+) (ns|us|µs|ms|s)`;
const START = new RegExp(String.raw `^(.*?)\s+(\d+)\s+(\d+)\s+${VALUE}\s*$`);
/** A mean or std-dev line; older v2 reporters put the rest of a wrapped name at its start. */
const VALUES = new RegExp(String.raw `^(\S.*?)?\s+${VALUE}\s+${VALUE}\s+${VALUE}\s*$`);
const HEADER = /^benchmark name(\s+)samples\s+iterations\s+(estimated|est run time)/;
/** Catch2's text wrapping (TextFlow) breaks after these characters, or before the next set. */
const BREAK_AFTER = '])}>.,:;*+-=&/\\';
const BREAK_BEFORE = '[({<|';
/**
 * Catch2's console reporter (v2 "estimated", v3 "est run time" headers). Each benchmark is a start line
 * (name, samples, iterations, estimated time), a mean line and a std-dev line, under a header naming its
 * test case (and sections). A name too long for its column wraps onto lines before the start line, or
 * (older v2 releases) onto the mean and std-dev lines. Catch2 picks the time unit per value, so values are
 * converted to nanoseconds.
 */
function parseCatch2Console(source) {
    const { lines } = source;
    const found = [];
    let testCase = '';
    let i = 0;
    while (i < lines.length) {
        const line = lines[i];
        // A test case header: a dashed rule, its name (and indented sections), a rule, then its location.
        if (/^-{20,}$/.test(line) && !HEADER.test(lines[i - 1] ?? '') && !/^\s/.test(lines[i - 1] ?? '')) {
            const end = lines.findIndex((l, j) => j > i && /^-{20,}$/.test(l));
            if (end > i + 1 && /^\.{20,}$/.test(lines[end + 2] ?? '')) {
                testCase = lines
                    .slice(i + 1, end)
                    .map((l) => l.trim())
                    .join(' / ');
                i = end + 3;
                continue;
            }
        }
        const header = HEADER.exec(line);
        if (!header) {
            i++;
            continue;
        }
        // The name column is as wide as the header's first column; TextFlow wraps names two narrower.
        const width = 'benchmark name'.length + header[1].length - 2;
        while (i < lines.length && !/^-+$/.test(lines[i]))
            i++;
        i++;
        let pending = [];
        for (; i < lines.length; i++) {
            const row = lines[i];
            if (/^(=+|-+)$/.test(row))
                break;
            if (row.trim() === '')
                continue;
            const start = START.exec(row);
            if (!start) {
                pending.push(row.trimEnd());
                continue;
            }
            const mean = VALUES.exec(lines[i + 1] ?? '');
            const spread = VALUES.exec(lines[i + 2] ?? '');
            const parts = [...pending, (start[1] ?? '').trimEnd(), ...[mean?.[1], spread?.[1]].filter((p) => p !== undefined)];
            const name = unwrap(parts, width);
            pending = [];
            if (!mean || !spread)
                throw source.error(i + 1, `Catch2 benchmark '${name}' lacks its mean and std dev lines`);
            const ns = (m, at) => (0,units/* toNanoseconds */.r2)(readNumber(source, at, m[2], 'plain', 'Catch2'), m[3]);
            const value = ns(mean, i + 1);
            const sd = ns(spread, i + 2);
            found.push({ testCase, name, value, unit: 'ns', extra: `± ${round(sd)} ns, ${start[2]} samples × ${start[3]} iterations` });
            i += 2;
        }
    }
    return qualify(found);
}
/**
 * Join a name that Catch2 wrapped over several lines. TextFlow breaks at a space (which it drops), after
 * or before a punctuation character (kept), or, with no break in a full line, inside a word with an added
 * '-'. So: a full line ending in an added '-' loses it and joins directly; a line ending in, or followed
 * by, a break character joins directly; otherwise a space was dropped.
 */
function unwrap(parts, width) {
    let name = (parts[0] ?? '').trim();
    for (let k = 1; k < parts.length; k++) {
        const prev = (parts[k - 1] ?? '').trim();
        const next = (parts[k] ?? '').trim();
        const forced = prev.length === width && prev.endsWith('-') && !hasBreak(prev.slice(0, -1));
        if (forced)
            name = name.slice(0, -1) + next;
        else if (BREAK_AFTER.includes(prev.at(-1) ?? '') || BREAK_BEFORE.includes(next[0] ?? ''))
            name += next;
        else
            name += ` ${next}`;
    }
    return name;
}
function hasBreak(text) {
    return [...text].some((c) => c === ' ' || BREAK_AFTER.includes(c) || BREAK_BEFORE.includes(c));
}
/** Catch2's XML reporter (`-r xml`): <BenchmarkResults name samples iterations> with <mean value> in ns. */
async function parseCatch2Xml(file, label) {
    const found = [];
    const path = [];
    let current;
    await streamXmlFile(file, {
        open(name, attributes) {
            if (name === 'TestCase' || name === 'Section')
                path.push(attributes.name ?? '');
            else if (name === 'BenchmarkResults') {
                current = { name: attributes.name ?? '', samples: attributes.samples ?? '?', iterations: attributes.iterations ?? '?' };
            }
            else if (current && name === 'mean')
                current.mean = attributes.value;
            else if (current && name === 'standardDeviation')
                current.sd = attributes.value;
        },
        close(name) {
            if (name === 'TestCase' || name === 'Section')
                path.pop();
            if (name !== 'BenchmarkResults' || !current)
                return;
            const mean = current.mean === undefined ? Number.NaN : Number(current.mean);
            if (!Number.isFinite(mean)) {
                throw new src/* ConfigurationError */.j1(`${label}: Catch2 benchmark '${current.name}' has no finite mean value (${current.mean ?? 'none'})`);
            }
            const sd = Number(current.sd);
            found.push({
                testCase: path.join(' / '),
                name: current.name,
                value: mean,
                unit: 'ns',
                extra: `${Number.isFinite(sd) ? `± ${round(sd)} ns, ` : ''}${current.samples} samples × ${current.iterations} iterations`,
            });
            current = undefined;
        },
    }, label);
    return qualify(found);
}
/**
 * A benchmark name is its series' name, unless two test cases (or sections) use the same one: then each
 * becomes "<test case> / <benchmark>", so they stay two series.
 */
function qualify(found) {
    const cases = new Map();
    for (const f of found)
        cases.set(f.name, (cases.get(f.name) ?? new Set()).add(f.testCase));
    return found.map(({ testCase, ...m }) => ((cases.get(m.name)?.size ?? 0) > 1 ? { ...m, name: `${testCase} / ${m.name}` } : m));
}
function round(value) {
    return Number(value.toPrecision(4));
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/parsers/criterion.ts





/** One Criterion JSON file is small; anything bigger is not one. */
const MAX_JSON_BYTES = 16 * 1024 * 1024;
/**
 * Criterion.rs's saved results: `<target>/criterion/<id>/new/{estimates,sample,benchmark}.json`. Given
 * the criterion directory, every benchmark under it is read; given one estimates.json, just that one.
 * sample.json holds each sample's total time and iteration count, so time / iterations is one
 * per-iteration sample (ns); benchmark.json names the benchmark (its full_id). Every file is read through
 * the kit's safe file access, as a path under the one the user gave (symlinks are not followed out).
 */
async function parseCriterion(input, given, label) {
    const { resolveUserPath } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2186));
    const target = await resolveUserPath(input, given);
    const isDirectory = (await (0,promises_.stat)(target)).isDirectory();
    const files = isDirectory ? await findEstimates(given, target) : [given];
    if (files.length === 0)
        throw new src/* ConfigurationError */.j1(`${label}: no Criterion results (no */new/estimates.json) under this directory`);
    const root = isDirectory ? given : external_node_path_default().dirname(external_node_path_default().dirname(external_node_path_default().dirname(given)));
    const found = [];
    for (const file of files)
        found.push(await readOne(input, file, root, label));
    return found;
}
/** The estimates.json files under `dir` (given as the user wrote it, found at `real`), skipping base/ and report/. */
async function findEstimates(given, real) {
    const found = [];
    const walk = async (relative) => {
        const entries = await (0,promises_.readdir)(external_node_path_default().join(real, relative), { withFileTypes: true });
        for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
            if (!entry.isDirectory() || entry.name === 'report' || entry.name === 'base' || entry.name === 'change')
                continue;
            const child = external_node_path_default().join(relative, entry.name);
            if (entry.name !== 'new') {
                await walk(child);
                continue;
            }
            const estimates = external_node_path_default().join(real, child, 'estimates.json');
            if (await (0,promises_.stat)(estimates).then(() => true, () => false))
                found.push(external_node_path_default().join(given, child, 'estimates.json'));
        }
    };
    await walk('');
    return found;
}
async function readJson(input, file, label, optional) {
    const { readUserFile, resolveUserPath } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2186));
    if (optional &&
        !(await (0,promises_.stat)(await resolveUserPath(input, file)).then(() => true, () => false)))
        return undefined;
    const text = await readUserFile(input, file, { maxBytes: MAX_JSON_BYTES, what: 'Criterion result' });
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1(`${label}: ${file} is not valid JSON (${(0,src/* errorMessage */.gJ)(error)})`);
    }
}
async function readOne(input, estimatesFile, root, label) {
    const dir = external_node_path_default().dirname(estimatesFile);
    const estimates = (await readJson(input, estimatesFile, label, false)) ?? {};
    const point = (key) => estimates[key]?.point_estimate;
    const value = point('mean');
    if (typeof value !== 'number')
        throw new src/* ConfigurationError */.j1(`${label}: ${estimatesFile} is not a Criterion estimates.json (no mean.point_estimate)`);
    const identity = await readJson(input, external_node_path_default().join(dir, 'benchmark.json'), label, true);
    const relative = external_node_path_default().relative(root, external_node_path_default().dirname(dir));
    const name = typeof identity?.full_id === 'string' ? identity.full_id : relative.split((external_node_path_default()).sep).join('/');
    const sample = await readJson(input, external_node_path_default().join(dir, 'sample.json'), label, true);
    const iters = sample?.iters;
    const times = sample?.times;
    const samples = Array.isArray(iters) && Array.isArray(times) && iters.length === times.length && iters.length > 1
        ? times.map((t, i) => t / iters[i])
        : undefined;
    const sd = point('std_dev');
    return {
        name,
        unit: 'ns',
        value,
        ...(samples ? { samples } : {}),
        ...(typeof sd === 'number' ? { extra: `± ${sd.toPrecision(4)} ns` } : {}),
    };
}
const TIME_TRIPLE = /^(.*?)\s*\btime:\s+\[(\S+) (\S+) (\S+) (\S+) (\S+) (\S+)\]\s*$/;
const THRPT_TRIPLE = /^\s+thrpt:\s+\[(\S+) (\S+) (\S+) (\S+) (\S+) (\S+)\]\s*$/;
/** Criterion scales throughput per value: bytes binary (KiB/s) or decimal (KB/s), elements by 1000. */
const RATE_UNITS = {
    'B/s': [1, 'B/s'],
    'KiB/s': [1024, 'B/s'],
    'MiB/s': [1024 ** 2, 'B/s'],
    'GiB/s': [1024 ** 3, 'B/s'],
    'TiB/s': [1024 ** 4, 'B/s'],
    'KB/s': [1e3, 'B/s'],
    'MB/s': [1e6, 'B/s'],
    'GB/s': [1e9, 'B/s'],
    'TB/s': [1e12, 'B/s'],
    'elem/s': [1, 'elem/s'],
    'Kelem/s': [1e3, 'elem/s'],
    'Melem/s': [1e6, 'elem/s'],
    'Gelem/s': [1e9, 'elem/s'],
};
/**
 * Criterion.rs's command-line report (`cargo bench` stdout): "<id>  time:   [<lo> <unit> <estimate> <unit>
 * <hi> <unit>]", the id on a line of its own before it when it is long, and an optional "thrpt: [...]"
 * line. The estimate is the value (in ns; Criterion scales the unit per value), the bounds go to the
 * summary; throughput becomes "<id> - thrpt", bigger is better.
 */
function parseCriterionText(source) {
    const found = [];
    const { lines } = source;
    lines.forEach((line, at) => {
        const m = TIME_TRIPLE.exec(line);
        if (!m)
            return;
        let name = m[1].trim();
        if (name === '') {
            const previous = lines.slice(0, at).findLast((l) => l.trim() !== '');
            name = previous?.trim() ?? '';
        }
        if (name === '' || name.startsWith('Benchmarking '))
            throw source.error(at, 'a Criterion time line without its benchmark id');
        const ns = (value, unit) => {
            const converted = (0,units/* toNanoseconds */.r2)(readNumber(source, at, value, 'plain', 'Criterion'), unit);
            if (converted === undefined)
                throw source.error(at, `'${unit}' is not a Criterion time unit`);
            return converted;
        };
        const [lo, value, hi] = [ns(m[2], m[3]), ns(m[4], m[5]), ns(m[6], m[7])];
        found.push({ name, unit: 'ns', value, extra: `${criterion_round(lo)} .. ${criterion_round(hi)} ns` });
        const t = THRPT_TRIPLE.exec(lines[at + 1] ?? '');
        if (!t)
            return;
        const rate = (v, unit) => {
            const scale = RATE_UNITS[unit];
            if (!scale)
                throw source.error(at + 1, `'${unit}' is not a Criterion throughput unit`);
            return { value: readNumber(source, at + 1, v, 'plain', 'Criterion') * scale[0], unit: scale[1] };
        };
        const mid = rate(t[3], t[4]);
        found.push({ name: `${name} - thrpt`, unit: mid.unit, value: mid.value, better: 'bigger' });
    });
    return found;
}
function criterion_round(value) {
    return Number(value.toPrecision(5));
}

// EXTERNAL MODULE: ../../shared/src/contracts/boot-timings.ts + 1 modules
var boot_timings = __webpack_require__(3670);
;// CONCATENATED MODULE: ./src/parsers/perf-stat.ts

/** perf's own names for time units, as the action's units read them. */
const UNITS = { msec: 'ms', usec: 'us', nsec: 'ns', sec: 's' };
/**
 * `perf stat -x,` (CSV, also with `-o file` and `-r N`): "<value>,<unit>,<event>,[<stddev>%,]<run time>,
 * <percent>,<metric>,<metric unit>", one line per event. Each event is a benchmark in its unit (a count when
 * perf gives none), smaller is better; `-r`'s relative deviation goes to the summary. Events perf could not
 * count ("<not supported>", "<not counted>") and the metric-only lines are left out; comments ("# started
 * on") are skipped. Interval (-I) and per-CPU/socket modes add leading columns and are not this format.
 */
function parsePerfStat(source) {
    const found = [];
    source.lines.forEach((line, at) => {
        if (line.trim() === '' || line.startsWith('#'))
            return;
        const fields = line.trim().split(',');
        const [value, unit, event] = fields;
        if (!event || value === '' || value.startsWith('<'))
            return;
        const deviation = /^[\d.]+%$/.test(fields[3] ?? '') ? fields[3] : undefined;
        found.push({
            name: event,
            unit: UNITS[unit] ?? (unit || 'count'),
            value: readNumber(source, at, value, 'plain', 'perf stat'),
            better: 'smaller',
            ...(deviation ? { extra: `± ${deviation}` } : {}),
        });
    });
    return found;
}
/** Recognise `perf stat -x,` output: its comment line, or lines of 6+ fields with an event name third. */
function looksLikePerfStat(text) {
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
    const rows = lines.filter((l) => !l.startsWith('#'));
    return (rows.length > 0 &&
        rows.every((l) => /^\s*(<not (supported|counted)>|[\d.]*),[^,]*,[^,]*(,[^,]*){3,}$/.test(l)) &&
        rows.some((l) => /^\s*[\d.]+,[^,]*,[\w\-/:.=]+,/.test(l)));
}

;// CONCATENATED MODULE: ./src/parsers/detect.ts



/** Recognise a tool from a JSON document's shape; `isJson` says whether the text was JSON at all. */
function detectJson(text) {
    // asv writes Python's NaN for failed benchmarks, which JSON.parse refuses: recognise it first.
    if (looksLikeAsv(text))
        return { tool: 'asv', isJson: true };
    if (!/^\s*[[{]/.test(text))
        return { isJson: false };
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return { isJson: false };
    }
    return { json, tool: jsonTool(json), isJson: true };
}
function jsonTool(json) {
    const o = (typeof json === 'object' && json !== null ? json : {});
    if (Array.isArray(json)) {
        const first = json[0];
        if (first && typeof first === 'object' && 'primaryMetric' in first)
            return 'jmh';
        if (Array.isArray(json[1]) && Array.isArray(json[1][0]))
            return 'julia';
        if (first && typeof first === 'object' && 'name' in first && 'value' in first)
            return 'customSmallerIsBetter';
        return undefined;
    }
    if ((0,boot_timings/* isBootTimings */.U5)(json))
        return 'boot-timings';
    if (Array.isArray(o.benchmarks) && 'context' in o)
        return 'googlecpp';
    if (Array.isArray(o.benchmarks) && ('machine_info' in o || 'commit_info' in o))
        return 'pytest';
    if (Array.isArray(o.Benchmarks))
        return 'benchmarkdotnet';
    if (Array.isArray(o.files) && o.files.every((f) => f && Array.isArray(f.groups)))
        return 'vitest';
    if (Array.isArray(o.results) && o.results.every((r) => r && 'command' in r))
        return 'hyperfine';
    if (typeof o.mean === 'object' && o.mean !== null && 'point_estimate' in o.mean)
        return 'criterion';
    const values = Object.values(o);
    if (values.length > 0 &&
        values.every((m) => typeof m === 'object' && m !== null && Object.values(m).every((v) => typeof v?.value === 'number'))) {
        return 'bmf';
    }
    return undefined;
}
/** Recognise a tool from text output: the first format whose lines appear. */
function detectText(text) {
    if (/^\s*<\?xml|^\s*<Catch/.test(text))
        return 'catch2';
    if (/^benchmark name\s+samples\s+iterations/m.test(text))
        return 'catch2';
    if (/^test .+ \.\.\. bench:\s+\S+ \S+ \(\+\/- /m.test(text))
        return 'cargo';
    if (/\btime:\s+\[\S+ \S+ \S+ \S+ \S+ \S+\]/.test(text))
        return 'criterion';
    if (/^Benchmark\S*\s+\d+\s+\S+ \S+/m.test(text))
        return 'go';
    if (/ x \S+ \S+ (?:±|\+-)\s?[\d.]+% \(\d+ runs? sampled\)/.test(text))
        return 'benchmarkjs';
    if (/^SUCCESS:.+:\s*\S+\s*(ns|us|ms|s)\s+\+\/-/m.test(text))
        return 'benchmarkluau';
    // biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes may sit between the name and the value.
    if (/^\s+(?:\u001b\[[0-9;]*m)?Instructions:\s+\S/m.test(text))
        return 'iai-callgrind';
    if (looksLikePerfStat(text))
        return 'perf-stat';
    return undefined;
}

;// CONCATENATED MODULE: ./src/parsers/json-formats.ts

const json_formats_isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const numbers = (v) => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'number' && Number.isFinite(x)) ? v : undefined;
/** A required field, or a clear error naming the format, the entry and the field. */
function need(value, what, label, tool) {
    if (value === undefined || value === null || (typeof value === 'number' && !Number.isFinite(value))) {
        throw new src/* ConfigurationError */.j1(`${label}: not valid ${tool} output: ${what} is missing or not a finite number`);
    }
    return value;
}
function list(json, key, label, tool) {
    const value = json_formats_isObject(json) ? json[key] : undefined;
    if (!Array.isArray(value))
        throw new src/* ConfigurationError */.j1(`${label}: not valid ${tool} output: no '${key}' array`);
    return value.filter(json_formats_isObject);
}
/**
 * Google Benchmark `--benchmark_format=json` (or `--benchmark_out`). With `--benchmark_repetitions` every
 * repetition is a sample; aggregates are used only when the file holds nothing else. Rate counters
 * (items_per_second, bytes_per_second) become benchmarks of their own, bigger is better.
 */
function parseGoogleBenchmark(json, label) {
    const groups = new Map();
    const aggregates = new Map();
    for (const b of list(json, 'benchmarks', label, 'Google Benchmark')) {
        if (b.error_occurred === true)
            continue;
        const run = String(b.run_name ?? b.name);
        const target = b.run_type === 'aggregate' ? aggregates : groups;
        target.set(run, [...(target.get(run) ?? []), b]);
    }
    for (const [run, entries] of aggregates) {
        if (groups.has(run))
            continue;
        const pick = entries.find((e) => e.aggregate_name === 'median') ?? entries.find((e) => e.aggregate_name === 'mean');
        if (pick)
            groups.set(run, [pick]);
    }
    const found = [];
    for (const [run, entries] of groups) {
        const first = entries[0];
        const unit = `${String(first.time_unit ?? 'ns')}/iter`;
        const times = entries.map((e) => need(Number(e.real_time), `real_time of '${run}'`, label, 'Google Benchmark'));
        found.push(sampled(run, unit, times, `${first.iterations} iterations, cpu ${Number(first.cpu_time).toPrecision(4)} ${first.time_unit ?? 'ns'}`));
        for (const [counter, rateUnit] of [
            ['items_per_second', 'items/s'],
            ['bytes_per_second', 'bytes/s'],
        ]) {
            const rates = entries.map((e) => Number(e[counter])).filter(Number.isFinite);
            if (rates.length === entries.length)
                found.push({ ...sampled(`${run} - ${counter}`, rateUnit, rates), better: 'bigger' });
        }
    }
    return found;
}
/** A measurement from repeated values: their mean as the value, and the values as samples when > 1. */
function sampled(name, unit, values, extra) {
    const value = values.reduce((a, b) => a + b, 0) / values.length;
    return { name, unit, value, ...(values.length > 1 ? { samples: values } : {}), ...(extra ? { extra } : {}) };
}
/** pytest-benchmark `--benchmark-json`: times in seconds; `stats.data` (raw rounds) when it was saved. */
function parsePytest(json, label) {
    return list(json, 'benchmarks', label, 'pytest-benchmark').map((b) => {
        const stats = json_formats_isObject(b.stats) ? b.stats : {};
        const name = String(need(b.fullname ?? b.name, 'a benchmark name', label, 'pytest-benchmark'));
        const value = need(typeof stats.median === 'number' ? stats.median : stats.mean, `stats of '${name}'`, label, 'pytest-benchmark');
        const data = numbers(stats.data);
        return { name, unit: 's', value, ...(data ? { samples: data } : {}), extra: `${stats.rounds ?? '?'} rounds` };
    });
}
/**
 * Julia BenchmarkTools `BenchmarkTools.save(file, results)`: nested BenchmarkGroups, named by their keys
 * joined with '/'. A TrialEstimate gives one time; a whole Trial gives every sample (times in ns).
 */
function parseJulia(json, label) {
    if (!Array.isArray(json) || !Array.isArray(json[1])) {
        throw new src/* ConfigurationError */.j1(`${label}: not valid Julia BenchmarkTools output: expected [versions, [BenchmarkGroup...]]`);
    }
    const found = [];
    const walk = (node, path) => {
        if (!Array.isArray(node) || typeof node[0] !== 'string' || !json_formats_isObject(node[1])) {
            throw new src/* ConfigurationError */.j1(`${label}: not valid Julia BenchmarkTools output at '${path.join('/')}'`);
        }
        const [kind, body] = node;
        const name = path.join('/');
        if (kind === 'BenchmarkGroup') {
            for (const [key, child] of Object.entries(json_formats_isObject(body.data) ? body.data : {}))
                walk(child, [...path, key]);
        }
        else if (kind === 'TrialEstimate') {
            found.push({ name, unit: 'ns', value: need(body.time, `time of '${name}'`, label, 'Julia'), extra: juliaExtra(body) });
        }
        else if (kind === 'Trial') {
            const times = need(numbers(body.times), `times of '${name}'`, label, 'Julia');
            found.push({ ...sampled(name, 'ns', times), extra: juliaExtra(body) });
        }
        else {
            throw new src/* ConfigurationError */.j1(`${label}: Julia entry '${name}' is a ${kind}; expected BenchmarkGroup, Trial or TrialEstimate`);
        }
    };
    for (const group of json[1])
        walk(group, []);
    return found;
}
function juliaExtra(body) {
    return `memory ${body.memory ?? '?'} B, allocs ${body.allocs ?? '?'}`;
}
/**
 * JMH `-rf json`: the primary metric (and secondary ones as "<name> - <metric>") with every measured
 * iteration of every fork as a sample. The unit says the direction: ops/s is a rate, ms/op a time.
 */
function parseJmh(json, label) {
    if (!Array.isArray(json))
        throw new src/* ConfigurationError */.j1(`${label}: not valid JMH output: expected an array`);
    const found = [];
    for (const b of json.filter(json_formats_isObject)) {
        const params = json_formats_isObject(b.params) ? Object.entries(b.params) : [];
        const name = `${need(b.benchmark, 'benchmark', label, 'JMH')}${params.length ? ` (${params.map(([k, v]) => `${k}=${v}`).join(', ')})` : ''}`;
        const metric = (m, metricName) => {
            if (!json_formats_isObject(m))
                return;
            const score = need(m.score, `score of '${metricName}'`, label, 'JMH');
            const raw = Array.isArray(m.rawData) ? numbers(m.rawData.flat()) : undefined;
            found.push({
                name: metricName,
                unit: String(m.scoreUnit ?? ''),
                value: score,
                ...(raw && raw.length > 1 ? { samples: raw } : {}),
                extra: `${b.mode ?? ''} ± ${m.scoreError ?? '?'}`,
            });
        };
        metric(need(b.primaryMetric, `primaryMetric of '${name}'`, label, 'JMH'), name);
        for (const [key, m] of Object.entries(json_formats_isObject(b.secondaryMetrics) ? b.secondaryMetrics : {}))
            metric(m, `${name} - ${key}`);
    }
    return found;
}
/**
 * BenchmarkDotNet's JSON exporter: Statistics in ns, OriginalValues as samples. Older exporters and some
 * writers leave FullName out: the name is then Namespace.Type.Method(Parameters). The memory diagnoser's
 * allocations per operation and its garbage collections (BenchmarkDotNet shows them per 1000 operations)
 * become benchmarks of their own.
 */
function parseBenchmarkDotNet(json, label) {
    const found = [];
    for (const b of list(json, 'Benchmarks', label, 'BenchmarkDotNet')) {
        const name = need(dotNetName(b), 'FullName (or Type and Method)', label, 'BenchmarkDotNet');
        const stats = need(json_formats_isObject(b.Statistics) ? b.Statistics : undefined, `Statistics of '${name}'`, label, 'BenchmarkDotNet');
        const samples = numbers(stats.OriginalValues);
        const value = need(stats.Mean, `Statistics.Mean of '${name}'`, label, 'BenchmarkDotNet');
        found.push({
            name,
            unit: 'ns',
            value,
            ...(samples && samples.length > 1 ? { samples } : {}),
            extra: `± ${stats.StandardDeviation ?? '?'} ns`,
        });
        if (!json_formats_isObject(b.Memory))
            continue;
        const memory = b.Memory;
        const operations = memory.TotalOperations;
        if (typeof memory.BytesAllocatedPerOperation === 'number') {
            found.push({ name: `${name} - allocated`, unit: 'B/op', value: memory.BytesAllocatedPerOperation, better: 'smaller' });
        }
        if (typeof operations !== 'number' || operations <= 0)
            continue;
        for (const generation of [0, 1, 2]) {
            const collections = memory[`Gen${generation}Collections`];
            if (typeof collections !== 'number')
                continue;
            found.push({
                name: `${name} - gen${generation}`,
                unit: 'collections/1000 op',
                value: (collections / operations) * 1000,
                better: 'smaller',
                extra: `${collections} collections in ${operations} operations`,
            });
        }
    }
    return found;
}
function dotNetName(b) {
    if (typeof b.FullName === 'string' && b.FullName !== '')
        return b.FullName;
    if (typeof b.Method !== 'string' || b.Method === '')
        return undefined;
    const owner = [b.Namespace, b.Type].filter((p) => typeof p === 'string' && p !== '').join('.');
    const parameters = typeof b.Parameters === 'string' && b.Parameters !== '' ? `(${b.Parameters})` : '';
    return `${owner ? `${owner}.` : ''}${b.Method}${parameters}`;
}
/**
 * The "custom" JSON of github-action-benchmark: [{ name, value, unit, range?, extra? }], plus optional
 * `samples` (raw values) and `biggerIsBetter` per entry. The tool name may fix the direction for all.
 */
function parseCustom(json, label, better) {
    if (!Array.isArray(json))
        throw new src/* ConfigurationError */.j1(`${label}: not valid custom benchmark JSON: expected an array of { name, value, unit }`);
    return json.map((entry, i) => {
        if (!json_formats_isObject(entry) || typeof entry.name !== 'string' || typeof entry.value !== 'number' || typeof entry.unit !== 'string') {
            throw new src/* ConfigurationError */.j1(`${label}: custom benchmark JSON entry ${i} needs a string 'name', a number 'value' and a string 'unit'`);
        }
        const samples = numbers(entry.samples);
        const own = typeof entry.biggerIsBetter === 'boolean' ? (entry.biggerIsBetter ? 'bigger' : 'smaller') : undefined;
        const direction = better ?? own;
        // `range` is a string ("± 3") or, as many writers give it, a number (the spread in the value's unit).
        const range = typeof entry.range === 'number' && Number.isFinite(entry.range) ? `± ${entry.range}` : entry.range;
        const extra = [range, entry.extra].filter((x) => typeof x === 'string' && x !== '').join(', ');
        return {
            name: entry.name,
            unit: entry.unit,
            value: entry.value,
            ...(direction ? { better: direction } : {}),
            ...(samples ? { samples } : {}),
            ...(extra ? { extra } : {}),
        };
    });
}
/**
 * hyperfine `--export-json`: seconds, every run's time as a sample. A command given twice is two
 * benchmarks: the second is "<command> #2" (and so on), so their runs stay apart.
 */
function parseHyperfine(json, label) {
    const seen = new Map();
    return list(json, 'results', label, 'hyperfine').map((r) => {
        const command = String(need(r.command, 'command', label, 'hyperfine'));
        const occurrence = (seen.get(command) ?? 0) + 1;
        seen.set(command, occurrence);
        const name = occurrence === 1 ? command : `${command} #${occurrence}`;
        const times = numbers(r.times);
        const value = need(r.mean, `mean of '${name}'`, label, 'hyperfine');
        return {
            name,
            unit: 's',
            value,
            ...(times && times.length > 1 ? { samples: times } : {}),
            extra: `± ${Number(r.stddev ?? 0).toPrecision(3)} s`,
        };
    });
}
const BMF_UNITS = {
    latency: { unit: 'ns', better: 'smaller' },
    throughput: { unit: 'ops/s', better: 'bigger' },
    'build-time': { unit: 's', better: 'smaller' },
    'file-size': { unit: 'B', better: 'smaller' },
};
/** Bencher Metric Format: { benchmark: { measure: { value, lower_value?, upper_value? } } }. */
function parseBmf(json, label) {
    if (!json_formats_isObject(json))
        throw new src/* ConfigurationError */.j1(`${label}: not valid Bencher Metric Format: expected an object of benchmarks`);
    const found = [];
    for (const [benchmark, measures] of Object.entries(json)) {
        if (!json_formats_isObject(measures))
            throw new src/* ConfigurationError */.j1(`${label}: BMF benchmark '${benchmark}' is not an object of measures`);
        for (const [measure, metric] of Object.entries(measures)) {
            if (!json_formats_isObject(metric) || typeof metric.value !== 'number') {
                throw new src/* ConfigurationError */.j1(`${label}: BMF measure '${measure}' of '${benchmark}' needs a number 'value'`);
            }
            const known = BMF_UNITS[measure] ?? { unit: measure, better: /throughput/i.test(measure) ? 'bigger' : 'smaller' };
            const range = typeof metric.lower_value === 'number' && typeof metric.upper_value === 'number'
                ? `${metric.lower_value} .. ${metric.upper_value}`
                : '';
            found.push({
                name: measure === 'latency' ? benchmark : `${benchmark} - ${measure}`,
                unit: known.unit,
                better: known.better,
                value: metric.value,
                ...(range ? { extra: range } : {}),
            });
        }
    }
    return found;
}
/**
 * vitest `bench --outputJson`: files > groups > benchmarks, tinybench's statistics in milliseconds. A
 * benchmark is "<group> > <name>" (the group's full name starts with the file), so a name used in two
 * groups stays two benchmarks; the samples are kept when vitest kept them.
 */
function parseVitest(json, label) {
    const found = [];
    for (const file of list(json, 'files', label, 'vitest bench')) {
        for (const group of Array.isArray(file.groups) ? file.groups.filter(json_formats_isObject) : []) {
            const groupName = String(need(group.fullName, 'a group fullName', label, 'vitest bench'));
            for (const b of Array.isArray(group.benchmarks) ? group.benchmarks.filter(json_formats_isObject) : []) {
                const name = `${groupName} > ${String(need(b.name, `a benchmark name in '${groupName}'`, label, 'vitest bench'))}`;
                const value = need(b.mean, `mean of '${name}'`, label, 'vitest bench');
                const samples = numbers(b.samples);
                found.push({
                    name,
                    unit: 'ms',
                    value,
                    ...(samples && samples.length > 1 ? { samples } : {}),
                    extra: `±${Number(b.rme ?? 0).toFixed(2)}%, ${b.sampleCount ?? '?'} samples`,
                });
            }
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/parsers/text-formats.ts

/**
 * Rust's libtest bencher (`cargo bench` on nightly, or `bencher`), which groups thousands with ',':
 *   test bench_fib_20 ... bench:      37,174 ns/iter (+/- 7,527)
 */
function parseCargo(source) {
    const found = [];
    source.lines.forEach((line, at) => {
        const m = /^test (.+?)\s+\.\.\. bench:\s+(\S+) (\S+) \(\+\/- (\S+)\)\s*$/.exec(line);
        if (!m)
            return;
        const value = readNumber(source, at, m[2], 'grouped', 'cargo');
        readNumber(source, at, m[4], 'grouped', 'cargo');
        found.push({ name: m[1], value, unit: m[3], extra: `± ${m[4]}` });
    });
    return found;
}
/**
 * `go test -bench`: "<name>[-<procs>] <iterations> <value> <unit> [<value> <unit>...]" per the Go benchmark
 * data format. The first metric keeps the benchmark's name, further ones are "<name> - <unit>". With
 * `-count N` a benchmark repeats, and each line becomes one sample. Names are qualified by package when
 * the output covers several packages. The GOMAXPROCS suffix is dropped only where it really is one (see
 * procsSuffix), so `size-1024` stays `size-1024`.
 */
function parseGo(source) {
    const lines = [];
    let pkg = '';
    source.lines.forEach((line, at) => {
        if (line.startsWith('pkg: '))
            pkg = line.slice(5).trim();
        const m = /^(Benchmark\S*)\s+(\d+)\s+(\S.*)$/.exec(line);
        if (!m)
            return;
        const fields = m[3].trim().split(/\s+/);
        // Not a result line (a benchmark's own log output that happens to start with its name).
        if (fields.length < 2 || fields.length % 2 !== 0)
            return;
        const metrics = [];
        for (let i = 0; i < fields.length; i += 2) {
            metrics.push({ value: readNumber(source, at, fields[i], 'plain', 'go test -bench'), unit: fields[i + 1] });
        }
        lines.push({ at, pkg, printed: m[1], iterations: m[2], metrics });
    });
    const packages = [...new Set(lines.map((l) => l.pkg))];
    const found = [];
    for (const p of packages) {
        const own = lines.filter((l) => l.pkg === p);
        const series = procsSuffix(own.map((l) => l.printed));
        for (const line of own) {
            const { name, procs } = series(line.printed);
            const base = packages.length > 1 ? `${p}/${name}` : name;
            line.metrics.forEach(({ value, unit }, i) => {
                found.push({
                    name: i === 0 ? base : `${base} - ${unit}`,
                    value,
                    unit,
                    extra: `${line.iterations} times${procs ? `, ${procs} procs` : ''}`,
                });
            });
        }
    }
    return found;
}
/**
 * Go appends "-<GOMAXPROCS>" to every benchmark name, except when GOMAXPROCS is 1, so a trailing
 * "-<digits>" may be the benchmark's own (`size-1024`). Go runs every benchmark of a package at every
 * GOMAXPROCS of `-cpu`, so the printed names are the same base names once per procs value: find the
 * suffix shared by the largest set of base names, and accept it only when the names are exactly those
 * bases with each procs value (and the bases alone, for GOMAXPROCS 1). With one procs value the suffix is
 * dropped, so a series survives a runner with another core count; with several (`-cpu 1,2`) the printed
 * names stay, since each procs value is a series of its own. Anything else keeps the printed names.
 * Either way two printed names never become one series.
 */
function procsSuffix(printed) {
    const names = new Set(printed);
    const bySuffix = new Map();
    for (const name of names) {
        const m = /^(.*\S)-(\d+)$/.exec(name);
        if (!m)
            continue;
        const bases = bySuffix.get(m[2]) ?? new Set();
        bases.add(m[1]);
        bySuffix.set(m[2], bases);
    }
    const asPrinted = (name) => ({ name });
    const largest = [...bySuffix.values()].sort((a, b) => b.size - a.size)[0];
    if (!largest)
        return asPrinted;
    const sameSet = (a, b) => a.size === b.size && [...a].every((x) => b.has(x));
    const procs = [...bySuffix].filter(([, bases]) => sameSet(bases, largest)).map(([n]) => n);
    const covered = new Set(procs.flatMap((n) => [...largest].map((b) => `${b}-${n}`)));
    const rest = new Set([...names].filter((n) => !covered.has(n)));
    if (rest.size > 0 && !sameSet(rest, largest))
        return asPrinted;
    if (procs.length === 1 && rest.size === 0) {
        const suffix = `-${procs[0]}`;
        return (name) => ({ name: name.slice(0, -suffix.length), procs: procs[0] });
    }
    return (name) => {
        const n = /-(\d+)$/.exec(name)?.[1];
        return { name, procs: n && procs.includes(n) && covered.has(name) ? n : '1' };
    };
}
/** benchmark.js: "fib(20) x 11,465 ops/sec ±1.12% (91 runs sampled)". */
function parseBenchmarkJs(source) {
    const found = [];
    source.lines.forEach((line, at) => {
        const start = line.lastIndexOf(' x ');
        if (start <= 0)
            return;
        const m = /^ x (\S+) (\S+) (?:±|\+-)\s?([\d.]+)% \((\d+) runs? sampled\)\s*$/.exec(line.slice(start));
        if (!m)
            return;
        const value = readNumber(source, at, m[1], 'grouped', 'benchmark.js');
        found.push({ name: line.slice(0, start).trim(), value, unit: m[2], extra: `±${m[3]}%, ${m[4]} runs` });
    });
    return found;
}
/** Luau's bench.py: "SUCCESS: base64   :   15.041ms +/-  0.636% on luau". */
function parseBenchmarkLuau(source) {
    const found = [];
    source.lines.forEach((line, at) => {
        const m = /^SUCCESS:\s*(.+?)\s*:\s*([^\s+]*?)\s*(ns|us|ms|s)\s+\+\/-\s*([\d.]+)%(?:\s+on\s+(\S+))?/.exec(line);
        if (!m)
            return;
        const value = readNumber(source, at, m[2], 'plain', 'benchmarkluau');
        found.push({ name: m[1], value, unit: m[3], extra: `±${m[4]}%${m[5] ? ` on ${m[5]}` : ''}` });
    });
    return found;
}

;// CONCATENATED MODULE: ./src/parsers/index.ts











const INPUT = 'output-file';
/** Benchmark output beyond this is not benchmark output; the limit keeps memory bounded. */
const MAX_OUTPUT_BYTES = 32 * 1024 * 1024;
/** A line-oriented format's longest line. */
const MAX_LINE_CHARS = 64 * 1024;
function parseJsonText(output, tool) {
    try {
        return JSON.parse(output.text);
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1(`${output.label}: not valid ${tool} output: it is not JSON (${(0,src/* errorMessage */.gJ)(error)})`);
    }
}
/** The lines of a line-oriented format, refusing a line too long to be one (a binary or a runaway log). */
function linesOf(output) {
    const source = textSource(output.text, output.label);
    const at = source.lines.findIndex((l) => l.length > MAX_LINE_CHARS);
    if (at !== -1)
        throw source.error(at, `longer than ${MAX_LINE_CHARS} characters; that is not a line of benchmark output`);
    return source;
}
async function parseOutput(output, requested) {
    let json;
    let tool = requested === 'auto' ? undefined : requested === 'gungraun' ? 'iai-callgrind' : requested;
    if (!tool) {
        const detected = detectJson(output.text);
        json = detected.json;
        tool = detected.tool ?? (detected.isJson ? undefined : detectText(output.text));
        if (!tool) {
            throw new src/* ConfigurationError */.j1(`${output.label}: could not recognise the benchmark format; set the 'tool' input (e.g. go, cargo, googlecpp, catch2, pytest, hyperfine)`);
        }
    }
    const doc = () => json ?? parseJsonText(output, tool);
    const { label } = output;
    switch (tool) {
        case 'cargo':
            return { tool, found: parseCargo(linesOf(output)) };
        case 'go':
            return { tool, found: parseGo(linesOf(output)) };
        case 'benchmarkjs':
            return { tool, found: parseBenchmarkJs(linesOf(output)) };
        case 'benchmarkluau':
            return { tool, found: parseBenchmarkLuau(linesOf(output)) };
        case 'catch2':
            return {
                tool,
                found: /^\s*<(\?xml|Catch)/.test(output.text) ? await parseCatch2Xml(output.file, label) : parseCatch2Console(linesOf(output)),
            };
        case 'googlecpp':
            return { tool, found: parseGoogleBenchmark(doc(), label) };
        case 'pytest':
            return { tool, found: parsePytest(doc(), label) };
        case 'julia':
            return { tool, found: parseJulia(doc(), label) };
        case 'jmh':
            return { tool, found: parseJmh(doc(), label) };
        case 'benchmarkdotnet':
            return { tool, found: parseBenchmarkDotNet(doc(), label) };
        case 'customBiggerIsBetter':
            return { tool, found: parseCustom(doc(), label, requested === 'auto' ? undefined : 'bigger') };
        case 'customSmallerIsBetter':
            return { tool, found: parseCustom(doc(), label, requested === 'auto' ? undefined : 'smaller') };
        case 'hyperfine':
            return { tool, found: parseHyperfine(doc(), label) };
        case 'criterion':
            return {
                tool,
                found: /^\s*\{/.test(output.text) ? await parseCriterion(INPUT, output.given, label) : parseCriterionText(linesOf(output)),
            };
        case 'bmf':
            return { tool, found: parseBmf(doc(), label) };
        case 'iai-callgrind':
            return { tool, found: parseCallgrind(linesOf(output)) };
        case 'asv':
            return { tool, found: parseAsv(output.text, label) };
        case 'vitest':
            return { tool, found: parseVitest(doc(), label) };
        case 'perf-stat':
            return { tool, found: parsePerfStat(linesOf(output)) };
        case 'boot-timings':
            return { tool, found: await parseBootTimingsFile(output.text, label) };
    }
}
/** Measurements repeated under one name (go -count, cargo run twice) become one with every value as a sample. */
function mergeRepeats(measurements) {
    const byName = new Map();
    for (const m of measurements) {
        const seen = byName.get(m.name);
        if (!seen) {
            byName.set(m.name, { ...m });
            continue;
        }
        if (seen.unit !== m.unit)
            throw new src/* ConfigurationError */.j1(`Benchmark '${m.name}' appears with two units, '${seen.unit}' and '${m.unit}'`);
        const values = [...(seen.samples ?? [seen.value]), ...(m.samples ?? [m.value])];
        seen.samples = values;
        seen.value = values.reduce((a, b) => a + b, 0) / values.length;
    }
    return [...byName.values()];
}
/** Nothing that is not a finite number leaves a parser: it would be stored, and judged, as a value. */
function checkFinite(found, label) {
    for (const m of found) {
        if (!Number.isFinite(m.value) || m.samples?.some((s) => !Number.isFinite(s))) {
            throw new src/* ConfigurationError */.j1(`${label}: benchmark '${m.name}' has a value that is not a finite number`);
        }
    }
}
/**
 * Read every output file with the given (or recognised) tool. Files are resolved and read through the
 * kit's safe file access: inside the workspace, regular files only, at most MAX_OUTPUT_BYTES each.
 */
async function readMeasurements(files, tool) {
    const { readUserFile, resolveUserPath } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2186));
    const { stat } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
    const all = [];
    const tools = new Set();
    for (const given of files) {
        const file = await resolveUserPath(INPUT, given);
        const label = `Input '${INPUT}' (${given})`;
        const isDirectory = await stat(file).then((s) => s.isDirectory(), () => false);
        let result;
        if (isDirectory) {
            if (tool !== 'auto' && tool !== 'criterion') {
                throw new src/* ConfigurationError */.j1(`${label} is a directory; only tool 'criterion' (or 'auto') reads a directory`);
            }
            result = { tool: 'criterion', found: await parseCriterion(INPUT, given, label) };
        }
        else {
            const text = await readUserFile(INPUT, given, { maxBytes: MAX_OUTPUT_BYTES, what: 'benchmark output' });
            result = await parseOutput({ given, file, label, text }, tool);
        }
        if (result.found.length === 0) {
            throw new src/* ConfigurationError */.j1(`${label}: no benchmark results found in this ${result.tool} output${tool === 'auto' ? '' : ` (tool: ${tool})`}`);
        }
        checkFinite(result.found, label);
        tools.add(result.tool);
        all.push(...result.found);
    }
    return { measurements: mergeRepeats(all), tools: [...tools] };
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


/***/ }),

/***/ 3670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U5: () => (/* binding */ isBootTimings),
  parseBootTimings: () => (/* binding */ parseBootTimings)
});

// UNUSED EXPORTS: BOOT_TIMINGS_FORMAT, bootTimingsSchema, readBootTimings, writeBootTimings

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../shared/src/runner/errors.ts
var errors = __webpack_require__(4278);
;// CONCATENATED MODULE: ../../shared/src/contracts/boot-timings.schema.json
const boot_timings_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://archway-ci.github.io/schemas/boot-timings-v1.json","title":"archway boot timings (qemu-boot-test -> benchmark-regression)","type":"object","required":["format","arch","machine","result","milestones","totalSeconds"],"additionalProperties":false,"properties":{"format":{"const":"archway-boot-timings/v1"},"arch":{"type":"string","minLength":1,"maxLength":64},"machine":{"type":"string","minLength":1,"maxLength":128},"result":{"type":"string","minLength":1,"maxLength":64},"milestones":{"type":"array","maxItems":1000,"items":{"type":"object","required":["name","seconds"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"maxLength":1000},"seconds":{"type":"number","minimum":0}}}},"totalSeconds":{"type":"number","minimum":0}}}');
;// CONCATENATED MODULE: ../../shared/src/contracts/boot-timings.ts




/**
 * The boot timings qemu-boot-test writes and benchmark-regression reads as one of its formats: when each
 * expected milestone of one boot appeared (seconds since the emulator started) and how long the boot
 * took, so boot time is tracked like any benchmark. boot-timings.schema.json beside this file is the same
 * contract as a JSON schema.
 */
const BOOT_TIMINGS_FORMAT = 'archway-boot-timings/v1';
/** boot-timings.schema.json, for validate(). */
const bootTimingsSchema = boot_timings_schema_namespaceObject;
/** Parse and validate a boot timings file; a ConfigurationError names the file and what is wrong. */
async function readBootTimings(file) {
    let text;
    try {
        text = await readFile(file, 'utf8');
    }
    catch (error) {
        throw new ConfigurationError(`Cannot read the boot timings ${file}: ${errorMessage(error)}`);
    }
    return parseBootTimings(text, file);
}
/** Validate the text of a boot timings file; `label` names it in errors. */
async function parseBootTimings(text, label) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`The boot timings ${label} are not JSON: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    const { validate } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 1310));
    return validate(value, bootTimingsSchema, `The boot timings ${label}`);
}
/** True when a parsed JSON document says it is boot timings (its format field), before validating it. */
function isBootTimings(value) {
    return typeof value === 'object' && value !== null && value.format === BOOT_TIMINGS_FORMAT;
}
/** Validate and write a boot timings file (pretty JSON, creating its folder); returns the path written. */
async function writeBootTimings(file, timings) {
    const { validate } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 1310));
    await validate(structuredClone(timings), bootTimingsSchema, 'The boot timings being written');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(timings, null, 2)}\n`);
    return file;
}


/***/ })

};
