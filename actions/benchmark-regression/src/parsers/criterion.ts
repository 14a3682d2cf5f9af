import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError, errorMessage } from '@archway/kit';
import type { Measurement } from '../model.ts';
import { toNanoseconds } from '../units.ts';
import { readNumber, type Source } from './source.ts';

/** One Criterion JSON file is small; anything bigger is not one. */
const MAX_JSON_BYTES = 16 * 1024 * 1024;

/**
 * Criterion.rs's saved results: `<target>/criterion/<id>/new/{estimates,sample,benchmark}.json`. Given
 * the criterion directory, every benchmark under it is read; given one estimates.json, just that one.
 * sample.json holds each sample's total time and iteration count, so time / iterations is one
 * per-iteration sample (ns); benchmark.json names the benchmark (its full_id). Every file is read through
 * the kit's safe file access, as a path under the one the user gave (symlinks are not followed out).
 */
export async function parseCriterion(input: string, given: string, label: string): Promise<Measurement[]> {
  const { resolveUserPath } = await import('@archway/kit/files');
  const target = await resolveUserPath(input, given);
  const isDirectory = (await stat(target)).isDirectory();
  const files = isDirectory ? await findEstimates(given, target) : [given];
  if (files.length === 0) throw new ConfigurationError(`${label}: no Criterion results (no */new/estimates.json) under this directory`);
  const root = isDirectory ? given : path.dirname(path.dirname(path.dirname(given)));
  const found: Measurement[] = [];
  for (const file of files) found.push(await readOne(input, file, root, label));
  return found;
}

/** The estimates.json files under `dir` (given as the user wrote it, found at `real`), skipping base/ and report/. */
async function findEstimates(given: string, real: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (relative: string) => {
    const entries = await readdir(path.join(real, relative), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (!entry.isDirectory() || entry.name === 'report' || entry.name === 'base' || entry.name === 'change') continue;
      const child = path.join(relative, entry.name);
      if (entry.name !== 'new') {
        await walk(child);
        continue;
      }
      const estimates = path.join(real, child, 'estimates.json');
      if (
        await stat(estimates).then(
          () => true,
          () => false,
        )
      )
        found.push(path.join(given, child, 'estimates.json'));
    }
  };
  await walk('');
  return found;
}

async function readJson(input: string, file: string, label: string, optional: boolean): Promise<Record<string, unknown> | undefined> {
  const { readUserFile, resolveUserPath } = await import('@archway/kit/files');
  if (
    optional &&
    !(await stat(await resolveUserPath(input, file)).then(
      () => true,
      () => false,
    ))
  )
    return undefined;
  const text = await readUserFile(input, file, { maxBytes: MAX_JSON_BYTES, what: 'Criterion result' });
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new ConfigurationError(`${label}: ${file} is not valid JSON (${errorMessage(error)})`);
  }
}

async function readOne(input: string, estimatesFile: string, root: string, label: string): Promise<Measurement> {
  const dir = path.dirname(estimatesFile);
  const estimates = (await readJson(input, estimatesFile, label, false)) ?? {};
  const point = (key: string) => (estimates[key] as { point_estimate?: unknown } | null | undefined)?.point_estimate;
  const value = point('mean');
  if (typeof value !== 'number')
    throw new ConfigurationError(`${label}: ${estimatesFile} is not a Criterion estimates.json (no mean.point_estimate)`);
  const identity = await readJson(input, path.join(dir, 'benchmark.json'), label, true);
  const relative = path.relative(root, path.dirname(dir));
  const name = typeof identity?.full_id === 'string' ? identity.full_id : relative.split(path.sep).join('/');
  const sample = await readJson(input, path.join(dir, 'sample.json'), label, true);
  const iters = sample?.iters as number[] | undefined;
  const times = sample?.times as number[] | undefined;
  const samples =
    Array.isArray(iters) && Array.isArray(times) && iters.length === times.length && iters.length > 1
      ? times.map((t, i) => t / (iters[i] as number))
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
const RATE_UNITS: Record<string, [number, string]> = {
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
export function parseCriterionText(source: Source): Measurement[] {
  const found: Measurement[] = [];
  const { lines } = source;
  lines.forEach((line, at) => {
    const m = TIME_TRIPLE.exec(line);
    if (!m) return;
    let name = (m[1] as string).trim();
    if (name === '') {
      const previous = lines.slice(0, at).findLast((l) => l.trim() !== '');
      name = previous?.trim() ?? '';
    }
    if (name === '' || name.startsWith('Benchmarking ')) throw source.error(at, 'a Criterion time line without its benchmark id');
    const ns = (value: string, unit: string) => {
      const converted = toNanoseconds(readNumber(source, at, value, 'plain', 'Criterion'), unit);
      if (converted === undefined) throw source.error(at, `'${unit}' is not a Criterion time unit`);
      return converted;
    };
    const [lo, value, hi] = [ns(m[2] as string, m[3] as string), ns(m[4] as string, m[5] as string), ns(m[6] as string, m[7] as string)];
    found.push({ name, unit: 'ns', value, extra: `${round(lo)} .. ${round(hi)} ns` });
    const t = THRPT_TRIPLE.exec(lines[at + 1] ?? '');
    if (!t) return;
    const rate = (v: string, unit: string) => {
      const scale = RATE_UNITS[unit];
      if (!scale) throw source.error(at + 1, `'${unit}' is not a Criterion throughput unit`);
      return { value: readNumber(source, at + 1, v, 'plain', 'Criterion') * scale[0], unit: scale[1] };
    };
    const mid = rate(t[3] as string, t[4] as string);
    found.push({ name: `${name} - thrpt`, unit: mid.unit, value: mid.value, better: 'bigger' });
  });
  return found;
}

function round(value: number): number {
  return Number(value.toPrecision(5));
}
