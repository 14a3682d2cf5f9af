import { ConfigurationError } from '@archway/kit';
import type { Better, Measurement } from '../model.ts';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const numbers = (v: unknown): number[] | undefined =>
  Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'number' && Number.isFinite(x)) ? (v as number[]) : undefined;

/** A required field, or a clear error naming the format, the entry and the field. */
function need<T>(value: T | undefined | null, what: string, label: string, tool: string): T {
  if (value === undefined || value === null || (typeof value === 'number' && !Number.isFinite(value))) {
    throw new ConfigurationError(`${label}: not valid ${tool} output: ${what} is missing or not a finite number`);
  }
  return value;
}

function list(json: unknown, key: string, label: string, tool: string): Json[] {
  const value = isObject(json) ? json[key] : undefined;
  if (!Array.isArray(value)) throw new ConfigurationError(`${label}: not valid ${tool} output: no '${key}' array`);
  return value.filter(isObject);
}

/**
 * Google Benchmark `--benchmark_format=json` (or `--benchmark_out`). With `--benchmark_repetitions` every
 * repetition is a sample; aggregates are used only when the file holds nothing else. Rate counters
 * (items_per_second, bytes_per_second) become benchmarks of their own, bigger is better.
 */
export function parseGoogleBenchmark(json: unknown, label: string): Measurement[] {
  const groups = new Map<string, Json[]>();
  const aggregates = new Map<string, Json[]>();
  for (const b of list(json, 'benchmarks', label, 'Google Benchmark')) {
    if (b.error_occurred === true) continue;
    const run = String(b.run_name ?? b.name);
    const target = b.run_type === 'aggregate' ? aggregates : groups;
    target.set(run, [...(target.get(run) ?? []), b]);
  }
  for (const [run, entries] of aggregates) {
    if (groups.has(run)) continue;
    const pick = entries.find((e) => e.aggregate_name === 'median') ?? entries.find((e) => e.aggregate_name === 'mean');
    if (pick) groups.set(run, [pick]);
  }
  const found: Measurement[] = [];
  for (const [run, entries] of groups) {
    const first = entries[0] as Json;
    const unit = `${String(first.time_unit ?? 'ns')}/iter`;
    const times = entries.map((e) => need(Number(e.real_time), `real_time of '${run}'`, label, 'Google Benchmark'));
    found.push(
      sampled(run, unit, times, `${first.iterations} iterations, cpu ${Number(first.cpu_time).toPrecision(4)} ${first.time_unit ?? 'ns'}`),
    );
    for (const [counter, rateUnit] of [
      ['items_per_second', 'items/s'],
      ['bytes_per_second', 'bytes/s'],
    ] as const) {
      const rates = entries.map((e) => Number(e[counter])).filter(Number.isFinite);
      if (rates.length === entries.length) found.push({ ...sampled(`${run} - ${counter}`, rateUnit, rates), better: 'bigger' });
    }
  }
  return found;
}

/** A measurement from repeated values: their mean as the value, and the values as samples when > 1. */
function sampled(name: string, unit: string, values: number[], extra?: string): Measurement {
  const value = values.reduce((a, b) => a + b, 0) / values.length;
  return { name, unit, value, ...(values.length > 1 ? { samples: values } : {}), ...(extra ? { extra } : {}) };
}

/** pytest-benchmark `--benchmark-json`: times in seconds; `stats.data` (raw rounds) when it was saved. */
export function parsePytest(json: unknown, label: string): Measurement[] {
  return list(json, 'benchmarks', label, 'pytest-benchmark').map((b) => {
    const stats = isObject(b.stats) ? b.stats : {};
    const name = String(need(b.fullname ?? b.name, 'a benchmark name', label, 'pytest-benchmark'));
    const value = need(
      typeof stats.median === 'number' ? stats.median : (stats.mean as number),
      `stats of '${name}'`,
      label,
      'pytest-benchmark',
    );
    const data = numbers(stats.data);
    return { name, unit: 's', value, ...(data ? { samples: data } : {}), extra: `${stats.rounds ?? '?'} rounds` };
  });
}

/**
 * Julia BenchmarkTools `BenchmarkTools.save(file, results)`: nested BenchmarkGroups, named by their keys
 * joined with '/'. A TrialEstimate gives one time; a whole Trial gives every sample (times in ns).
 */
export function parseJulia(json: unknown, label: string): Measurement[] {
  if (!Array.isArray(json) || !Array.isArray(json[1])) {
    throw new ConfigurationError(`${label}: not valid Julia BenchmarkTools output: expected [versions, [BenchmarkGroup...]]`);
  }
  const found: Measurement[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (!Array.isArray(node) || typeof node[0] !== 'string' || !isObject(node[1])) {
      throw new ConfigurationError(`${label}: not valid Julia BenchmarkTools output at '${path.join('/')}'`);
    }
    const [kind, body] = node as [string, Json];
    const name = path.join('/');
    if (kind === 'BenchmarkGroup') {
      for (const [key, child] of Object.entries(isObject(body.data) ? body.data : {})) walk(child, [...path, key]);
    } else if (kind === 'TrialEstimate') {
      found.push({ name, unit: 'ns', value: need(body.time as number, `time of '${name}'`, label, 'Julia'), extra: juliaExtra(body) });
    } else if (kind === 'Trial') {
      const times = need(numbers(body.times), `times of '${name}'`, label, 'Julia');
      found.push({ ...sampled(name, 'ns', times), extra: juliaExtra(body) });
    } else {
      throw new ConfigurationError(`${label}: Julia entry '${name}' is a ${kind}; expected BenchmarkGroup, Trial or TrialEstimate`);
    }
  };
  for (const group of json[1] as unknown[]) walk(group, []);
  return found;
}

function juliaExtra(body: Json): string {
  return `memory ${body.memory ?? '?'} B, allocs ${body.allocs ?? '?'}`;
}

/**
 * JMH `-rf json`: the primary metric (and secondary ones as "<name> - <metric>") with every measured
 * iteration of every fork as a sample. The unit says the direction: ops/s is a rate, ms/op a time.
 */
export function parseJmh(json: unknown, label: string): Measurement[] {
  if (!Array.isArray(json)) throw new ConfigurationError(`${label}: not valid JMH output: expected an array`);
  const found: Measurement[] = [];
  for (const b of json.filter(isObject)) {
    const params = isObject(b.params) ? Object.entries(b.params) : [];
    const name = `${need(b.benchmark as string, 'benchmark', label, 'JMH')}${params.length ? ` (${params.map(([k, v]) => `${k}=${v}`).join(', ')})` : ''}`;
    const metric = (m: unknown, metricName: string) => {
      if (!isObject(m)) return;
      const score = need(m.score as number, `score of '${metricName}'`, label, 'JMH');
      const raw = Array.isArray(m.rawData) ? numbers((m.rawData as unknown[]).flat()) : undefined;
      found.push({
        name: metricName,
        unit: String(m.scoreUnit ?? ''),
        value: score,
        ...(raw && raw.length > 1 ? { samples: raw } : {}),
        extra: `${b.mode ?? ''} ± ${m.scoreError ?? '?'}`,
      });
    };
    metric(need(b.primaryMetric, `primaryMetric of '${name}'`, label, 'JMH'), name);
    for (const [key, m] of Object.entries(isObject(b.secondaryMetrics) ? b.secondaryMetrics : {})) metric(m, `${name} - ${key}`);
  }
  return found;
}

/**
 * BenchmarkDotNet's JSON exporter: Statistics in ns, OriginalValues as samples. Older exporters and some
 * writers leave FullName out: the name is then Namespace.Type.Method(Parameters). The memory diagnoser's
 * allocations per operation and its garbage collections (BenchmarkDotNet shows them per 1000 operations)
 * become benchmarks of their own.
 */
export function parseBenchmarkDotNet(json: unknown, label: string): Measurement[] {
  const found: Measurement[] = [];
  for (const b of list(json, 'Benchmarks', label, 'BenchmarkDotNet')) {
    const name = need(dotNetName(b), 'FullName (or Type and Method)', label, 'BenchmarkDotNet');
    const stats = need(isObject(b.Statistics) ? b.Statistics : undefined, `Statistics of '${name}'`, label, 'BenchmarkDotNet');
    const samples = numbers(stats.OriginalValues);
    const value = need(stats.Mean as number, `Statistics.Mean of '${name}'`, label, 'BenchmarkDotNet');
    found.push({
      name,
      unit: 'ns',
      value,
      ...(samples && samples.length > 1 ? { samples } : {}),
      extra: `± ${stats.StandardDeviation ?? '?'} ns`,
    });
    if (!isObject(b.Memory)) continue;
    const memory = b.Memory;
    const operations = memory.TotalOperations;
    if (typeof memory.BytesAllocatedPerOperation === 'number') {
      found.push({ name: `${name} - allocated`, unit: 'B/op', value: memory.BytesAllocatedPerOperation, better: 'smaller' });
    }
    if (typeof operations !== 'number' || operations <= 0) continue;
    for (const generation of [0, 1, 2]) {
      const collections = memory[`Gen${generation}Collections`];
      if (typeof collections !== 'number') continue;
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

function dotNetName(b: Json): string | undefined {
  if (typeof b.FullName === 'string' && b.FullName !== '') return b.FullName;
  if (typeof b.Method !== 'string' || b.Method === '') return undefined;
  const owner = [b.Namespace, b.Type].filter((p) => typeof p === 'string' && p !== '').join('.');
  const parameters = typeof b.Parameters === 'string' && b.Parameters !== '' ? `(${b.Parameters})` : '';
  return `${owner ? `${owner}.` : ''}${b.Method}${parameters}`;
}

/**
 * The "custom" JSON of github-action-benchmark: [{ name, value, unit, range?, extra? }], plus optional
 * `samples` (raw values) and `biggerIsBetter` per entry. The tool name may fix the direction for all.
 */
export function parseCustom(json: unknown, label: string, better?: Better): Measurement[] {
  if (!Array.isArray(json))
    throw new ConfigurationError(`${label}: not valid custom benchmark JSON: expected an array of { name, value, unit }`);
  return json.map((entry, i) => {
    if (!isObject(entry) || typeof entry.name !== 'string' || typeof entry.value !== 'number' || typeof entry.unit !== 'string') {
      throw new ConfigurationError(
        `${label}: custom benchmark JSON entry ${i} needs a string 'name', a number 'value' and a string 'unit'`,
      );
    }
    const samples = numbers(entry.samples);
    const own: Better | undefined = typeof entry.biggerIsBetter === 'boolean' ? (entry.biggerIsBetter ? 'bigger' : 'smaller') : undefined;
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
export function parseHyperfine(json: unknown, label: string): Measurement[] {
  const seen = new Map<string, number>();
  return list(json, 'results', label, 'hyperfine').map((r) => {
    const command = String(need(r.command, 'command', label, 'hyperfine'));
    const occurrence = (seen.get(command) ?? 0) + 1;
    seen.set(command, occurrence);
    const name = occurrence === 1 ? command : `${command} #${occurrence}`;
    const times = numbers(r.times);
    const value = need(r.mean as number, `mean of '${name}'`, label, 'hyperfine');
    return {
      name,
      unit: 's',
      value,
      ...(times && times.length > 1 ? { samples: times } : {}),
      extra: `± ${Number(r.stddev ?? 0).toPrecision(3)} s`,
    };
  });
}

const BMF_UNITS: Record<string, { unit: string; better: Better }> = {
  latency: { unit: 'ns', better: 'smaller' },
  throughput: { unit: 'ops/s', better: 'bigger' },
  'build-time': { unit: 's', better: 'smaller' },
  'file-size': { unit: 'B', better: 'smaller' },
};

/** Bencher Metric Format: { benchmark: { measure: { value, lower_value?, upper_value? } } }. */
export function parseBmf(json: unknown, label: string): Measurement[] {
  if (!isObject(json)) throw new ConfigurationError(`${label}: not valid Bencher Metric Format: expected an object of benchmarks`);
  const found: Measurement[] = [];
  for (const [benchmark, measures] of Object.entries(json)) {
    if (!isObject(measures)) throw new ConfigurationError(`${label}: BMF benchmark '${benchmark}' is not an object of measures`);
    for (const [measure, metric] of Object.entries(measures)) {
      if (!isObject(metric) || typeof metric.value !== 'number') {
        throw new ConfigurationError(`${label}: BMF measure '${measure}' of '${benchmark}' needs a number 'value'`);
      }
      const known = BMF_UNITS[measure] ?? { unit: measure, better: /throughput/i.test(measure) ? 'bigger' : 'smaller' };
      const range =
        typeof metric.lower_value === 'number' && typeof metric.upper_value === 'number'
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
export function parseVitest(json: unknown, label: string): Measurement[] {
  const found: Measurement[] = [];
  for (const file of list(json, 'files', label, 'vitest bench')) {
    for (const group of Array.isArray(file.groups) ? file.groups.filter(isObject) : []) {
      const groupName = String(need(group.fullName, 'a group fullName', label, 'vitest bench'));
      for (const b of Array.isArray(group.benchmarks) ? group.benchmarks.filter(isObject) : []) {
        const name = `${groupName} > ${String(need(b.name, `a benchmark name in '${groupName}'`, label, 'vitest bench'))}`;
        const value = need(b.mean as number, `mean of '${name}'`, label, 'vitest bench');
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
