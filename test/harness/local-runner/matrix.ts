// Matrix expansion as GitHub documents it: the product of the vectors (first key outermost), then `exclude`
// (an entry removes every combination it matches, partially or fully), then `include` (an entry is merged into
// every combination whose original values it does not overwrite; one that fits none is added as a new one).
import { isDeepStrictEqual } from 'node:util';
import type { JsonValue } from './expressions.ts';

export type Combination = Record<string, JsonValue>;

/** GitHub's limit on the jobs one matrix may generate. */
export const MAX_MATRIX_JOBS = 256;

export class MatrixError extends Error {}

function isObject(value: JsonValue | undefined): value is Record<string, JsonValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: JsonValue | undefined, what: string): Record<string, JsonValue>[] {
  if (value === undefined || value === null || value === '') return [];
  if (!Array.isArray(value) || !value.every(isObject)) throw new MatrixError(`matrix ${what} must be a sequence of mappings`);
  return value;
}

/** The combinations of an evaluated `strategy.matrix`; `[{}]` (one job, no matrix) when there is none. */
export function expandMatrix(matrix: JsonValue | undefined): Combination[] {
  if (matrix === undefined || matrix === null) return [{}];
  if (!isObject(matrix)) throw new MatrixError(`strategy.matrix must be a mapping, got ${JSON.stringify(matrix)}`);
  const include = list(matrix.include, 'include');
  const exclude = list(matrix.exclude, 'exclude');
  const dims = Object.entries(matrix).filter(([key]) => key !== 'include' && key !== 'exclude');
  for (const [key, values] of dims) {
    if (!Array.isArray(values)) throw new MatrixError(`matrix '${key}' must be a sequence, got ${JSON.stringify(values)}`);
    if (values.length === 0) throw new MatrixError(`matrix '${key}' must not be empty`);
  }

  let combos: Combination[] = dims.length === 0 ? [] : [{}];
  for (const [key, values] of dims) {
    combos = combos.flatMap((combo) => (values as JsonValue[]).map((value) => ({ ...combo, [key]: value })));
  }
  combos = combos.filter(
    (combo) => !exclude.some((ex) => Object.entries(ex).every(([key, value]) => key in combo && isDeepStrictEqual(combo[key], value))),
  );

  const originalKeys = new Set(dims.map(([key]) => key));
  const base = combos.map((combo) => ({ original: { ...combo }, combo }));
  const added: Combination[] = [];
  for (const entry of include) {
    let matched = false;
    for (const item of base) {
      const fits = Object.entries(entry).every(
        ([key, value]) => !originalKeys.has(key) || !(key in item.original) || isDeepStrictEqual(item.original[key], value),
      );
      if (fits) {
        Object.assign(item.combo, entry);
        matched = true;
      }
    }
    if (!matched) added.push({ ...entry });
  }
  const result = [...base.map((item) => item.combo), ...added];
  if (result.length === 0) throw new MatrixError('the matrix produces no job (every combination is excluded)');
  if (result.length > MAX_MATRIX_JOBS)
    throw new MatrixError(`the matrix produces ${result.length} jobs; GitHub allows at most ${MAX_MATRIX_JOBS}`);
  return result;
}

/** The job's display name with its matrix values, as GitHub shows it: `build (x86_64, gcc)`. */
export function matrixJobName(name: string, combo: Combination, hasMatrix: boolean): string {
  if (!hasMatrix) return name;
  const values = Object.values(combo).map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)));
  return values.length === 0 ? name : `${name} (${values.join(', ')})`;
}
