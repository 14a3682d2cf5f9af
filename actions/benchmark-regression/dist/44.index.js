export const id = 44;
export const ids = [44];
export const modules = {

/***/ 8044:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readMeasurements: () => (/* binding */ readMeasurements)
});

// UNUSED EXPORTS: mergeRepeats

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ../../shared/src/index.ts + 6 modules
var src = __webpack_require__(9791);
// EXTERNAL MODULE: ./src/units.ts
var units = __webpack_require__(524);
// EXTERNAL MODULE: ../../shared/src/errors.ts
var errors = __webpack_require__(5955);
;// CONCATENATED MODULE: ../../shared/src/xml.ts


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
        if (error.code)
            throw new errors/* ConfigurationError */.j1(`${label}: cannot read (${error.message})`);
        throw error;
    }
    finally {
        stream.destroy();
    }
    return failure;
}

;// CONCATENATED MODULE: ./src/parsers/catch2.ts



const VALUE = String.raw `([\d.]+(?:e[+-]?\d+)?) (ns|us|µs|ms|s)`;
const START = new RegExp(String.raw `^(.*?)\s+(\d+)\s+(\d+)\s+${VALUE}\s*$`);
const VALUES = new RegExp(String.raw `^\s+${VALUE}\s+${VALUE}\s+${VALUE}\s*$`);
/**
 * Catch2's console reporter (v2 "estimated", v3 "est run time" headers). Each benchmark is a start line
 * (name, samples, iterations, estimated time), a mean line and a std-dev line. Catch2 picks the time unit
 * per value, so values are converted to nanoseconds; long names wrap onto lines of their own first.
 */
function parseCatch2Console(text, label) {
    const lines = text.split(/\r?\n/);
    const found = [];
    let i = 0;
    while (i < lines.length) {
        if (!/^benchmark name\s+samples\s+iterations\s+(estimated|est run time)/.test(lines[i])) {
            i++;
            continue;
        }
        while (i < lines.length && !/^-+$/.test(lines[i]))
            i++;
        i++;
        let pending = [];
        for (; i < lines.length; i++) {
            const line = lines[i];
            if (/^(=+|-+)$/.test(line))
                break;
            if (line.trim() === '')
                continue;
            const start = START.exec(line);
            if (!start) {
                pending.push(line.trim());
                continue;
            }
            const name = [...pending, start[1]?.trim() ?? ''].join(' ');
            pending = [];
            const mean = VALUES.exec(lines[i + 1] ?? '');
            const spread = VALUES.exec(lines[i + 2] ?? '');
            if (!mean || !spread)
                throw new src/* ConfigurationError */.j1(`${label}: Catch2 benchmark '${name}' lacks its mean and std dev lines (line ${i + 2})`);
            const value = (0,units/* toNanoseconds */.r2)(Number(mean[1]), mean[2]);
            const sd = (0,units/* toNanoseconds */.r2)(Number(spread[1]), spread[2]);
            found.push({ name, value, unit: 'ns', extra: `± ${round(sd)} ns, ${start[2]} samples × ${start[3]} iterations` });
            i += 2;
        }
    }
    return found;
}
/** Catch2's XML reporter (`-r xml`): <BenchmarkResults name samples iterations> with <mean value> in ns. */
async function parseCatch2Xml(file, label) {
    const found = [];
    let current;
    await streamXmlFile(file, {
        open(name, attributes) {
            if (name === 'BenchmarkResults') {
                current = { name: attributes.name ?? '', samples: attributes.samples ?? '?', iterations: attributes.iterations ?? '?' };
            }
            else if (current && name === 'mean')
                current.mean = Number(attributes.value);
            else if (current && name === 'standardDeviation')
                current.sd = Number(attributes.value);
        },
        close(name) {
            if (name !== 'BenchmarkResults' || !current)
                return;
            if (current.mean === undefined || !Number.isFinite(current.mean)) {
                throw new src/* ConfigurationError */.j1(`${label}: Catch2 benchmark '${current.name}' has no mean value`);
            }
            const spread = current.sd === undefined ? '' : `± ${round(current.sd)} ns, `;
            found.push({
                name: current.name,
                value: current.mean,
                unit: 'ns',
                extra: `${spread}${current.samples} samples × ${current.iterations} iterations`,
            });
            current = undefined;
        },
    }, label);
    return found;
}
function round(value) {
    return Number(value.toPrecision(4));
}

;// CONCATENATED MODULE: ./src/parsers/criterion.ts



/**
 * Criterion.rs's saved results: `<target>/criterion/<id>/new/{estimates,sample,benchmark}.json`. Given
 * the criterion directory, every benchmark under it is read; given one estimates.json, just that one.
 * sample.json holds each sample's total time and iteration count, so time / iterations is one
 * per-iteration sample (ns); benchmark.json names the benchmark (its full_id).
 */
function parseCriterion(target, label) {
    const files = (0,external_node_fs_.statSync)(target).isDirectory() ? findEstimates(target) : [target];
    if (files.length === 0)
        throw new src/* ConfigurationError */.j1(`${label}: no Criterion results (no */new/estimates.json) under this directory`);
    return files.map((file) => readOne(file, target, label));
}
function findEstimates(root) {
    const found = [];
    const walk = (dir) => {
        for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
            if (!entry.isDirectory() || entry.name === 'report')
                continue;
            const child = external_node_path_default().join(dir, entry.name);
            if (entry.name === 'new') {
                if ((0,external_node_fs_.existsSync)(external_node_path_default().join(child, 'estimates.json')))
                    found.push(external_node_path_default().join(child, 'estimates.json'));
            }
            else if (entry.name !== 'base' && entry.name !== 'change')
                walk(child);
        }
    };
    walk(root);
    return found;
}
function readJson(file, label) {
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1(`${label}: ${external_node_path_default().basename(file)} is not valid JSON (${error.message})`);
    }
}
function readOne(estimatesFile, target, label) {
    const dir = external_node_path_default().dirname(estimatesFile);
    const estimates = readJson(estimatesFile, label) ?? {};
    const point = (key) => estimates[key]?.point_estimate;
    const value = point('mean');
    if (typeof value !== 'number')
        throw new src/* ConfigurationError */.j1(`${label}: ${estimatesFile} is not a Criterion estimates.json (no mean.point_estimate)`);
    const identity = readJson(external_node_path_default().join(dir, 'benchmark.json'), label);
    const relative = external_node_path_default().relative((0,external_node_fs_.statSync)(target).isDirectory() ? target : external_node_path_default().dirname(external_node_path_default().dirname(external_node_path_default().dirname(target))), external_node_path_default().dirname(dir));
    const name = typeof identity?.full_id === 'string' ? identity.full_id : relative.split((external_node_path_default()).sep).join('/');
    const sample = readJson(external_node_path_default().join(dir, 'sample.json'), label);
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

;// CONCATENATED MODULE: ./src/parsers/json-formats.ts

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const numbers = (v) => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'number' && Number.isFinite(x)) ? v : undefined;
/** A required field, or a clear error naming the format, the entry and the field. */
function need(value, what, label, tool) {
    if (value === undefined || value === null || (typeof value === 'number' && !Number.isFinite(value))) {
        throw new src/* ConfigurationError */.j1(`${label}: not valid ${tool} output: ${what} is missing`);
    }
    return value;
}
function list(json, key, label, tool) {
    const value = isObject(json) ? json[key] : undefined;
    if (!Array.isArray(value))
        throw new src/* ConfigurationError */.j1(`${label}: not valid ${tool} output: no '${key}' array`);
    return value.filter(isObject);
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
        const stats = isObject(b.stats) ? b.stats : {};
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
        if (!Array.isArray(node) || typeof node[0] !== 'string' || !isObject(node[1])) {
            throw new src/* ConfigurationError */.j1(`${label}: not valid Julia BenchmarkTools output at '${path.join('/')}'`);
        }
        const [kind, body] = node;
        const name = path.join('/');
        if (kind === 'BenchmarkGroup') {
            for (const [key, child] of Object.entries(isObject(body.data) ? body.data : {}))
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
    for (const b of json.filter(isObject)) {
        const params = isObject(b.params) ? Object.entries(b.params) : [];
        const name = `${need(b.benchmark, 'benchmark', label, 'JMH')}${params.length ? ` (${params.map(([k, v]) => `${k}=${v}`).join(', ')})` : ''}`;
        const metric = (m, metricName) => {
            if (!isObject(m))
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
        for (const [key, m] of Object.entries(isObject(b.secondaryMetrics) ? b.secondaryMetrics : {}))
            metric(m, `${name} - ${key}`);
    }
    return found;
}
/** BenchmarkDotNet's JSON exporter: Statistics in ns, OriginalValues as samples; allocations per op. */
function parseBenchmarkDotNet(json, label) {
    const found = [];
    for (const b of list(json, 'Benchmarks', label, 'BenchmarkDotNet')) {
        const name = String(need(b.FullName ?? b.DisplayInfo, 'FullName', label, 'BenchmarkDotNet'));
        const stats = need(isObject(b.Statistics) ? b.Statistics : undefined, `Statistics of '${name}'`, label, 'BenchmarkDotNet');
        const samples = numbers(stats.OriginalValues);
        const value = need(stats.Mean, `Statistics.Mean of '${name}'`, label, 'BenchmarkDotNet');
        found.push({
            name,
            unit: 'ns',
            value,
            ...(samples && samples.length > 1 ? { samples } : {}),
            extra: `± ${stats.StandardDeviation ?? '?'} ns`,
        });
        const allocated = isObject(b.Memory) ? b.Memory.BytesAllocatedPerOperation : undefined;
        if (typeof allocated === 'number')
            found.push({ name: `${name} - allocated`, unit: 'B/op', value: allocated });
    }
    return found;
}
/**
 * The "custom" JSON of github-action-benchmark: [{ name, value, unit, range?, extra? }], plus optional
 * `samples` (raw values) and `biggerIsBetter` per entry. The tool name may fix the direction for all.
 */
function parseCustom(json, label, better) {
    if (!Array.isArray(json))
        throw new src/* ConfigurationError */.j1(`${label}: not valid custom benchmark JSON: expected an array of { name, value, unit }`);
    return json.map((entry, i) => {
        if (!isObject(entry) || typeof entry.name !== 'string' || typeof entry.value !== 'number' || typeof entry.unit !== 'string') {
            throw new src/* ConfigurationError */.j1(`${label}: custom benchmark JSON entry ${i} needs a string 'name', a number 'value' and a string 'unit'`);
        }
        const samples = numbers(entry.samples);
        const own = typeof entry.biggerIsBetter === 'boolean' ? (entry.biggerIsBetter ? 'bigger' : 'smaller') : undefined;
        const direction = better ?? own;
        const extra = [entry.range, entry.extra].filter((x) => typeof x === 'string' && x !== '').join(', ');
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
/** hyperfine `--export-json`: seconds, every run's time as a sample. */
function parseHyperfine(json, label) {
    return list(json, 'results', label, 'hyperfine').map((r) => {
        const name = String(need(r.command, 'command', label, 'hyperfine'));
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
    if (!isObject(json))
        throw new src/* ConfigurationError */.j1(`${label}: not valid Bencher Metric Format: expected an object of benchmarks`);
    const found = [];
    for (const [benchmark, measures] of Object.entries(json)) {
        if (!isObject(measures))
            throw new src/* ConfigurationError */.j1(`${label}: BMF benchmark '${benchmark}' is not an object of measures`);
        for (const [measure, metric] of Object.entries(measures)) {
            if (!isObject(metric) || typeof metric.value !== 'number') {
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

;// CONCATENATED MODULE: ./src/parsers/text-formats.ts
/** "1,234.5" -> 1234.5 */
function number(text) {
    return Number(text.replace(/,/g, ''));
}
/**
 * Rust's libtest bencher (`cargo bench` on nightly, or `bencher`):
 *   test bench_fib_20 ... bench:      37,174 ns/iter (+/- 7,527)
 */
function parseCargo(text) {
    const found = [];
    for (const line of text.split(/\r?\n/)) {
        const m = /^test (.+?)\s+\.\.\. bench:\s+([\d,.]+) (\S+) \(\+\/- ([\d,.]+)\)\s*$/.exec(line);
        if (!m)
            continue;
        found.push({ name: m[1], value: number(m[2]), unit: m[3], extra: `± ${m[4]}` });
    }
    return found;
}
/**
 * `go test -bench`: "<name>-<procs> <iterations> <value> <unit> [<value> <unit>...]" per the Go benchmark
 * data format. The first metric keeps the benchmark's name, further ones are "<name> - <unit>". With
 * `-count N` a benchmark repeats, and each line becomes one sample. Names are qualified by package when
 * the output covers several packages.
 */
function parseGo(text) {
    const lines = text.split(/\r?\n/);
    const packages = new Set(lines.filter((l) => l.startsWith('pkg: ')).map((l) => l.slice(5).trim()));
    let pkg = '';
    const found = [];
    for (const line of lines) {
        if (line.startsWith('pkg: '))
            pkg = line.slice(5).trim();
        const m = /^(Benchmark\S*?)(?:-(\d+))?\s+(\d+)\s+(\S.*)$/.exec(line);
        if (!m)
            continue;
        const fields = m[4].trim().split(/\s+/);
        if (fields.length < 2 || fields.length % 2 !== 0)
            continue;
        const base = packages.size > 1 ? `${pkg}/${m[1]}` : m[1];
        for (let i = 0; i < fields.length; i += 2) {
            const value = Number(fields[i]);
            if (!Number.isFinite(value))
                break;
            const unit = fields[i + 1];
            found.push({ name: i === 0 ? base : `${base} - ${unit}`, value, unit, extra: `${m[3]} times${m[2] ? `, ${m[2]} procs` : ''}` });
        }
    }
    return found;
}
/** benchmark.js: "fib(20) x 11,465 ops/sec ±1.12% (91 runs sampled)". */
function parseBenchmarkJs(text) {
    const found = [];
    for (const line of text.split(/\r?\n/)) {
        const at = line.lastIndexOf(' x ');
        if (at <= 0)
            continue;
        const m = /^ x ([\d,.]+) (\S+) (?:±|\+-)\s?([\d.]+)% \((\d+) runs? sampled\)\s*$/.exec(line.slice(at));
        if (!m)
            continue;
        found.push({ name: line.slice(0, at).trim(), value: number(m[1]), unit: m[2], extra: `±${m[3]}%, ${m[4]} runs` });
    }
    return found;
}
/** Luau's bench.py: "SUCCESS: base64   :   15.041ms +/-  0.636% on luau". */
function parseBenchmarkLuau(text) {
    const found = [];
    for (const line of text.split(/\r?\n/)) {
        const m = /^SUCCESS:\s*(.+?)\s*:\s*([\d.]+)\s*(ns|us|ms|s)\s+\+\/-\s*([\d.]+)%(?:\s+on\s+(\S+))?/.exec(line);
        if (!m)
            continue;
        found.push({ name: m[1], value: Number(m[2]), unit: m[3], extra: `±${m[4]}%${m[5] ? ` on ${m[5]}` : ''}` });
    }
    return found;
}

;// CONCATENATED MODULE: ./src/parsers/index.ts








const INPUT = 'output-file';
/** Recognise a tool from a JSON document's shape. */
function detectJson(json) {
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
    if (Array.isArray(o.benchmarks) && 'context' in o)
        return 'googlecpp';
    if (Array.isArray(o.benchmarks) && ('machine_info' in o || 'commit_info' in o))
        return 'pytest';
    if (Array.isArray(o.Benchmarks))
        return 'benchmarkdotnet';
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
    if (/^test .+ \.\.\. bench:\s+[\d,.]+ \S+ \(\+\/- /m.test(text))
        return 'cargo';
    if (/^Benchmark\S*\s+\d+\s+[\d.e+-]+ \S+/m.test(text))
        return 'go';
    if (/ x [\d,.]+ \S+ (?:±|\+-)\s?[\d.]+% \(\d+ runs? sampled\)/.test(text))
        return 'benchmarkjs';
    if (/^SUCCESS:.+:\s*[\d.]+\s*(ns|us|ms|s)\s+\+\/-/m.test(text))
        return 'benchmarkluau';
    return undefined;
}
function parseJsonText(text, label, tool) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1(`${label}: not valid ${tool} output: it is not JSON (${error.message})`);
    }
}
async function parseFile(file, label, requested) {
    if ((0,external_node_fs_.statSync)(file).isDirectory()) {
        if (requested !== 'auto' && requested !== 'criterion') {
            throw new src/* ConfigurationError */.j1(`${label} is a directory; only tool 'criterion' (or 'auto') reads a directory`);
        }
        return { tool: 'criterion', found: parseCriterion(file, label) };
    }
    const text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    let tool = requested === 'auto' ? undefined : requested;
    let json;
    if (!tool) {
        try {
            json = JSON.parse(text);
            tool = detectJson(json);
        }
        catch {
            tool = detectText(text);
        }
        if (!tool) {
            throw new src/* ConfigurationError */.j1(`${label}: could not recognise the benchmark format; set the 'tool' input (e.g. go, cargo, googlecpp, catch2, pytest, hyperfine)`);
        }
    }
    const doc = () => json ?? parseJsonText(text, label, tool);
    switch (tool) {
        case 'cargo':
            return { tool, found: parseCargo(text) };
        case 'go':
            return { tool, found: parseGo(text) };
        case 'benchmarkjs':
            return { tool, found: parseBenchmarkJs(text) };
        case 'benchmarkluau':
            return { tool, found: parseBenchmarkLuau(text) };
        case 'catch2':
            return { tool, found: /^\s*<(\?xml|Catch)/.test(text) ? await parseCatch2Xml(file, label) : parseCatch2Console(text, label) };
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
            return { tool, found: parseCriterion(file, label) };
        case 'bmf':
            return { tool, found: parseBmf(doc(), label) };
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
/** Read every output file with the given (or recognised) tool; each benchmark gets its direction. */
async function readMeasurements(files, tool, workspace) {
    const all = [];
    const tools = new Set();
    for (const given of files) {
        const file = external_node_path_default().resolve(workspace, given);
        try {
            (0,external_node_fs_.statSync)(file);
        }
        catch {
            throw (0,src/* inputError */.Xu)(INPUT, given, 'expected the path of a benchmark output file or directory (no such file)');
        }
        const label = `Input '${INPUT}' (${given})`;
        const { tool: used, found } = await parseFile(file, label, tool);
        if (found.length === 0) {
            throw new src/* ConfigurationError */.j1(`${label}: no benchmark results found in this ${used} output${tool === 'auto' ? '' : ` (tool: ${tool})`}`);
        }
        tools.add(used);
        all.push(...found);
    }
    const measurements = mergeRepeats(all).map((m) => ({ ...m, better: m.better ?? (0,units/* betterFromUnit */.HV)(m.unit) }));
    return { measurements, tools: [...tools] };
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
