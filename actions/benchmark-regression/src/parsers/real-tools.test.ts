import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runProcess } from '@archway/kit/process';
import type { Measurement } from '../model.ts';
import { betterOf } from '../policy.ts';
import { readMeasurements } from './index.ts';

/**
 * The parsers on output that real tools produce on this machine, generated at test time in a temp dir:
 * Google Benchmark (Debian libbenchmark-dev), Catch2 v2 (Debian catch2; console and XML reporters),
 * go test -bench (Debian golang), benchmark.js (npm) and hyperfine (Debian).
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const producers = path.resolve(here, '../../../../test/fixtures/bench-producers');
const work = mkdtempSync(path.join(os.tmpdir(), 'bench-tools-'));

async function sh(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; out?: string } = {}): Promise<string> {
  const result = await runProcess(command, args, { cwd: options.cwd ?? work, env: options.env ?? process.env, timeoutMs: 300_000 });
  assert.equal(result.exitCode, 0, `${command} ${args.join(' ')}\n${result.stderr}`);
  if (options.out) writeFileSync(path.join(work, options.out), result.stdout);
  return result.stdout;
}

async function parsed(file: string): Promise<Record<string, Measurement>> {
  process.env.GITHUB_WORKSPACE = work;
  const { measurements } = await readMeasurements([file], 'auto');
  return Object.fromEntries(measurements.map((m) => [m.name, { ...m, better: betterOf(m) }]));
}

describe('parsers on output of real tools', () => {
  // Compile both C++ programs at once: they are the slow part.
  before(async () => {
    await Promise.all([
      sh('g++', ['-O1', '-o', 'gbench', path.join(producers, 'google-benchmark.cc'), '-lbenchmark', '-lpthread']),
      sh('g++', ['-O0', '-o', 'catch2-bench', path.join(producers, 'catch2_bench.cpp')]),
    ]);
  });

  it('Google Benchmark JSON with repetitions: each repetition a sample, rate counters bigger-is-better', async () => {
    await sh('./gbench', ['--benchmark_format=json', '--benchmark_repetitions=4', '--benchmark_min_time=0.01'], { out: 'gbench.json' });
    const m = await parsed('gbench.json');
    assert.deepEqual(Object.keys(m).sort(), [
      'BM_Fib/10',
      'BM_Fib/10 - items_per_second',
      'BM_Fib/15',
      'BM_Fib/15 - items_per_second',
      'BM_Sum',
      'BM_Sum - bytes_per_second',
    ]);
    assert.equal(m['BM_Fib/10']?.samples?.length, 4, 'aggregates are not samples');
    assert.equal(m['BM_Fib/10']?.unit, 'ns/iter');
    assert.equal(m['BM_Fib/10 - items_per_second']?.better, 'bigger');
    assert.ok((m.BM_Sum?.value ?? 0) > 0);
  });

  it('Catch2 console and XML reporters: the same benchmarks, in nanoseconds', async () => {
    await sh('./catch2-bench', ['--benchmark-samples', '10'], { out: 'catch2.txt' });
    await sh('./catch2-bench', ['--benchmark-samples', '10', '-r', 'xml'], { out: 'catch2.xml' });
    const consoleOut = await parsed('catch2.txt');
    const xml = await parsed('catch2.xml');
    assert.deepEqual(Object.keys(consoleOut), ['Fibonacci 10', 'Fibonacci 15']);
    assert.deepEqual(Object.keys(xml), ['Fibonacci 10', 'Fibonacci 15']);
    for (const m of [consoleOut, xml]) {
      assert.equal(m['Fibonacci 10']?.unit, 'ns');
      // A call of fib(10) takes some tens of nanoseconds at least; timing noise forbids a tighter claim.
      assert.ok((m['Fibonacci 10']?.value ?? 0) > 10, JSON.stringify(m));
      assert.match(m['Fibonacci 15']?.extra ?? '', /10 samples/);
    }
  });

  it('go test -bench -count 3: repeated lines become samples, extra metrics their own benchmarks', async () => {
    const project = path.join(work, 'go');
    cpSync(path.join(producers, 'go'), project, { recursive: true });
    const env = {
      ...process.env,
      GOCACHE: path.join(work, 'gocache'),
      GOPATH: path.join(work, 'gopath'),
      GOFLAGS: '-mod=mod',
      GOTOOLCHAIN: 'local',
    };
    await sh('go', ['test', '-run', '^$', '-bench', '.', '-benchtime', '2000x', '-count', '3'], { cwd: project, env, out: 'go.txt' });
    const m = await parsed('go.txt');
    assert.deepEqual(Object.keys(m).sort(), [
      'BenchmarkAlloc',
      'BenchmarkAlloc - B/op',
      'BenchmarkAlloc - MB/s',
      'BenchmarkAlloc - allocs/op',
      'BenchmarkFib10',
    ]);
    assert.equal(m.BenchmarkFib10?.samples?.length, 3);
    assert.equal(m.BenchmarkFib10?.unit, 'ns/op');
    assert.equal(m['BenchmarkAlloc - MB/s']?.better, 'bigger');
    assert.equal(m['BenchmarkAlloc - allocs/op']?.better, 'smaller');
  });

  it('benchmark.js: ops/sec lines, bigger is better', async () => {
    const nodeModules = path.dirname(path.dirname(createRequire(import.meta.url).resolve('benchmark')));
    await sh(process.execPath, [path.join(producers, 'benchmarkjs.cjs')], {
      env: { ...process.env, NODE_PATH: nodeModules },
      out: 'benchmarkjs.txt',
    });
    const m = await parsed('benchmarkjs.txt');
    assert.deepEqual(Object.keys(m), ['fib(10)', 'string concat with 20 parts']);
    assert.equal(m['fib(10)']?.unit, 'ops/sec');
    assert.equal(m['fib(10)']?.better, 'bigger');
    assert.ok((m['fib(10)']?.value ?? 0) > 1000);
  });

  it('hyperfine --export-json: every run a sample, in seconds', async () => {
    await sh('hyperfine', ['--runs', '5', '--warmup', '1', '-N', '--export-json', 'hyperfine.json', 'sleep 0.01', 'true']);
    const m = await parsed('hyperfine.json');
    assert.deepEqual(Object.keys(m), ['sleep 0.01', 'true']);
    assert.equal(m['sleep 0.01']?.samples?.length, 5);
    assert.equal(m['sleep 0.01']?.unit, 's');
    assert.ok((m['sleep 0.01']?.value ?? 0) >= 0.01);
  });
});
