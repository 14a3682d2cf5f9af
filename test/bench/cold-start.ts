import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundledActions, repoRoot } from '../build/bundles.ts';
import { inputEnvName, readActionYml } from '../harness/action-yml.ts';
import { node24 } from '../harness/node24.ts';

/**
 * Cold start of every bundle on node 24, from process start to its first clean `::error::` for a bad input
 * (the design target is <= 0.10 s), next to bare node and the minimal kit fixture. Prints the median of
 * several runs and the ratio to the target.
 */
const RUNS = Number(process.env.RUNS ?? 15);
const TARGET_SECONDS = 0.1;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time(args: string[], env: Record<string, string>, cwd: string): number {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    try {
      execFileSync(node24(), args, { env, cwd, stdio: 'ignore' });
    } catch {
      // A clean input error exits 1: that is the path being timed.
    }
    samples.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return median(samples);
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'archway-cold-'));
const empty = path.join(scratch, 'empty.mjs');
writeFileSync(empty, '');
const rows: [string, number][] = [['bare node 24', time([empty], { PATH: '/usr/bin:/bin' }, scratch)]];

for (const dir of bundledActions()) {
  const meta = readActionYml(dir);
  const alone = path.join(scratch, path.basename(dir));
  cpSync(path.join(dir, 'action.yml'), path.join(alone, 'action.yml'));
  cpSync(path.join(dir, 'dist'), path.join(alone, 'dist'), { recursive: true });
  const env: Record<string, string> = { PATH: '/usr/bin:/bin', RUNNER_TEMP: scratch, GITHUB_WORKSPACE: scratch };
  for (const [name, spec] of Object.entries(meta.inputs)) env[inputEnvName(name)] = spec.default ?? '';
  rows.push([path.relative(repoRoot, dir), time([path.join(alone, 'dist/index.js')], env, scratch)]);
}
rmSync(scratch, { recursive: true, force: true });

console.log(`cold start to a clean error, node 24, median of ${RUNS} runs (target <= ${TARGET_SECONDS.toFixed(2)} s)\n`);
console.log(`${'bundle'.padEnd(40)} ${'seconds'.padStart(8)} ${'/ target'.padStart(9)}`);
for (const [name, seconds] of rows) {
  console.log(`${name.padEnd(40)} ${seconds.toFixed(3).padStart(8)} ${(seconds / TARGET_SECONDS).toFixed(2).padStart(9)}`);
}
