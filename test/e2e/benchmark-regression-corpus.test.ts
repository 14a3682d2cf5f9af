import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { BenchmarkResult } from '@archway/kit/benchmark-result';
import { repoRoot } from '../build/bundles.ts';
import { runAction } from '../harness/run-action.ts';

/**
 * Every file of the real-tool corpus through the committed bundle: the result file holds the benchmarks
 * and figures written in the corpus's expected.json, and a file that is not a number in its tool's format
 * fails with one error naming the file and line.
 */
const action = path.join(repoRoot, 'actions/benchmark-regression');
const corpus = path.join(repoRoot, 'test/fixtures/bench-samples/corpus');

interface Entry {
  file: string;
  tool?: string;
  benchmarks?: number;
  names?: string[];
  values?: Record<string, number>;
  samples?: Record<string, number>;
  better?: Record<string, string>;
  error?: string;
}
const { files } = JSON.parse(readFileSync(path.join(corpus, 'expected.json'), 'utf8')) as { files: Entry[] };

describe('benchmark-regression reads the real-tool corpus', () => {
  for (const entry of files) {
    it(entry.file, async () => {
      const workspace = mkdtempSync(path.join(os.tmpdir(), 'bench-corpus-'));
      cpSync(path.join(corpus, entry.file), path.join(workspace, path.basename(entry.file)));
      const run = await runAction(action, {
        cwd: workspace,
        inputs: { 'output-file': path.basename(entry.file), storage: 'file', ...(entry.tool ? { tool: entry.tool } : {}) },
      });
      if (entry.error) {
        assert.equal(run.exitCode, 1, run.stdout);
        assert.equal(run.errors.length, 1, run.errors.join('\n'));
        assert.ok(run.errors[0]?.includes(`(${path.basename(entry.file)}) ${entry.error}`), run.errors[0]);
        assert.doesNotMatch(run.stdout, /Unexpected error|a bug in this action/);
        return;
      }
      assert.equal(run.exitCode, 0, run.stdout);
      const result = JSON.parse(readFileSync(run.outputs['result-json'] as string, 'utf8')) as BenchmarkResult;
      const byName = new Map(result.benchmarks.map((b) => [b.name, b]));
      assert.equal(result.benchmarks.length, entry.benchmarks, [...byName.keys()].join('\n'));
      for (const name of [...(entry.names ?? []), ...Object.keys(entry.samples ?? {})]) assert.ok(byName.has(name), name);
      // A series with samples is stored at its decided run value; one without at what the tool printed.
      for (const [name, value] of Object.entries(entry.samples ? {} : (entry.values ?? {}))) {
        const got = byName.get(name)?.current;
        assert.ok(got !== undefined && Math.abs(got - value) <= Math.abs(value) * 1e-9, `${name}: ${got} != ${value}`);
      }
      for (const [name, better] of Object.entries(entry.better ?? {})) assert.equal(byName.get(name)?.better, better, name);
      const history = JSON.parse(readFileSync(path.join(workspace, 'benchmark-history/benchmarks.json'), 'utf8')) as {
        entries: { benchmarks: Record<string, { value: number; samples?: number[] }> }[];
      };
      const stored = Object.values(history.entries[0]?.benchmarks ?? {});
      assert.equal(stored.length, entry.benchmarks);
      assert.ok(
        stored.every((b) => Number.isFinite(b.value) && (b.samples ?? []).every(Number.isFinite)),
        'only finite numbers are stored',
      );
    });
  }
});
