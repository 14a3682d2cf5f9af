import { ConfigurationError, errorMessage } from '@archway/kit';
import type { Measurement } from '../model.ts';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * asv (airspeed velocity) results: the JSON file `asv run` writes per commit and environment
 * (`.asv/results/<machine>/<commit>-<env>.json`), version 1 ({ results: { name: value | { result, params } } })
 * or version 2 ({ result_columns, results: { name: [result, params, ..., samples] } }). asv's unit follows the
 * benchmark's kind, named by its prefix: time_ in seconds, mem_ and peakmem_ in bytes, track_ in its own
 * unit. A parameterised benchmark is one benchmark per combination, "<name>(<p1>, <p2>)"; a failed or skipped
 * one (null, NaN) is left out.
 */
export function parseAsv(text: string, label: string): Measurement[] {
  const doc = parseAsvJson(text, label);
  if (!isObject(doc) || !isObject(doc.results)) throw new ConfigurationError(`${label}: not valid asv output: no 'results' object`);
  const columns = Array.isArray(doc.result_columns) ? (doc.result_columns as unknown[]).map(String) : undefined;
  const found: Measurement[] = [];
  for (const [name, entry] of Object.entries(doc.results)) {
    const { result, params, samples } = columns ? fromColumns(columns, entry) : fromVersion1(entry);
    const unit = asvUnit(name);
    const combinations = product(params);
    const values = Array.isArray(result) ? result : [result];
    values.forEach((value, i) => {
      if (typeof value !== 'number' || !Number.isFinite(value)) return;
      const combination = combinations[i];
      if (combination === undefined) {
        throw new ConfigurationError(
          `${label}: asv benchmark '${name}' has ${values.length} results for ${combinations.length} parameter combinations`,
        );
      }
      const own = Array.isArray(samples) ? samples[i] : undefined;
      const raw =
        Array.isArray(own) && own.every((s) => typeof s === 'number' && Number.isFinite(s)) && own.length > 1
          ? (own as number[])
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
function parseAsvJson(text: string, label: string): unknown {
  const standard = text.replace(/"(?:[^"\\]|\\.)*"|-?\bInfinity\b|\bNaN\b/g, (token) => (token.startsWith('"') ? token : 'null'));
  try {
    return JSON.parse(standard);
  } catch (error) {
    throw new ConfigurationError(`${label}: not valid asv output: it is not JSON (${errorMessage(error)})`);
  }
}

/** Recognise an asv results file from its shape. */
export function looksLikeAsv(text: string): boolean {
  return /"commit_hash"\s*:/.test(text) && /"results"\s*:/.test(text) && /"(result_columns|requirements|env_name)"\s*:/.test(text);
}

function fromColumns(columns: string[], entry: unknown): { result: unknown; params: unknown; samples: unknown } {
  const row = Array.isArray(entry) ? entry : [];
  const pick = (column: string) => row[columns.indexOf(column)];
  return { result: pick('result'), params: pick('params'), samples: columns.includes('samples') ? pick('samples') : undefined };
}

function fromVersion1(entry: unknown): { result: unknown; params: unknown; samples: unknown } {
  if (isObject(entry)) return { result: entry.result, params: entry.params, samples: entry.samples };
  return { result: entry, params: [], samples: undefined };
}

/** asv orders a parameterised benchmark's results as itertools.product of its parameter lists. */
function product(params: unknown): string[][] {
  const lists = Array.isArray(params) ? params.filter(Array.isArray).map((p) => (p as unknown[]).map(String)) : [];
  return lists.reduce<string[][]>((acc, list) => acc.flatMap((combo) => list.map((p) => [...combo, p])), [[]]);
}

function asvUnit(name: string): string {
  const kind = name.split('.').at(-1) ?? name;
  if (kind.startsWith('time_')) return 's';
  if (kind.startsWith('mem_') || kind.startsWith('peakmem_')) return 'bytes';
  return 'unit';
}
