import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '@archway/kit';
import type { Measurement } from '../model.ts';

/**
 * Criterion.rs's saved results: `<target>/criterion/<id>/new/{estimates,sample,benchmark}.json`. Given
 * the criterion directory, every benchmark under it is read; given one estimates.json, just that one.
 * sample.json holds each sample's total time and iteration count, so time / iterations is one
 * per-iteration sample (ns); benchmark.json names the benchmark (its full_id).
 */
export function parseCriterion(target: string, label: string): Measurement[] {
  const files = statSync(target).isDirectory() ? findEstimates(target) : [target];
  if (files.length === 0) throw new ConfigurationError(`${label}: no Criterion results (no */new/estimates.json) under this directory`);
  return files.map((file) => readOne(file, target, label));
}

function findEstimates(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (!entry.isDirectory() || entry.name === 'report') continue;
      const child = path.join(dir, entry.name);
      if (entry.name === 'new') {
        if (existsSync(path.join(child, 'estimates.json'))) found.push(path.join(child, 'estimates.json'));
      } else if (entry.name !== 'base' && entry.name !== 'change') walk(child);
    }
  };
  walk(root);
  return found;
}

function readJson(file: string, label: string): Record<string, unknown> | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new ConfigurationError(`${label}: ${path.basename(file)} is not valid JSON (${(error as Error).message})`);
  }
}

function readOne(estimatesFile: string, target: string, label: string): Measurement {
  const dir = path.dirname(estimatesFile);
  const estimates = readJson(estimatesFile, label) ?? {};
  const point = (key: string) => (estimates[key] as { point_estimate?: unknown } | null | undefined)?.point_estimate;
  const value = point('mean');
  if (typeof value !== 'number')
    throw new ConfigurationError(`${label}: ${estimatesFile} is not a Criterion estimates.json (no mean.point_estimate)`);
  const identity = readJson(path.join(dir, 'benchmark.json'), label);
  const relative = path.relative(
    statSync(target).isDirectory() ? target : path.dirname(path.dirname(path.dirname(target))),
    path.dirname(dir),
  );
  const name = typeof identity?.full_id === 'string' ? identity.full_id : relative.split(path.sep).join('/');
  const sample = readJson(path.join(dir, 'sample.json'), label);
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
