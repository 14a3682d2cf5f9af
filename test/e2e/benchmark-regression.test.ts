import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { BenchmarkResult } from '@archway/kit/benchmark-result';
import { benchmarkResultSchema } from '@archway/kit/benchmark-result';
import Ajv2020 from 'ajv/dist/2020.js';
import { repoRoot } from '../build/bundles.ts';
import { runAction } from '../harness/run-action.ts';
import { useLocalServices } from '../helpers/services.ts';
import { tempWorkspace } from '../helpers/workspace.ts';

const action = path.join(repoRoot, 'actions/benchmark-regression');
const validateResult = new Ajv2020({ strict: false }).compile(benchmarkResultSchema);
const services = useLocalServices();

/** Seeded noise, so every run of the suite sees the same numbers. */
function noise(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296 - 0.5;
  };
}

/** Benchmark output in the custom JSON format with raw samples: two times and one rate. */
function benchOutput(seed: number, slowdown: Record<string, number> = {}): string {
  const random = noise(seed);
  const bench = (name: string, unit: string, level: number) => {
    const factor = slowdown[name] ?? 1;
    const samples = Array.from({ length: 8 }, () => level * factor * (1 + 0.02 * random()));
    return { name, unit, value: samples.reduce((a, b) => a + b) / samples.length, samples };
  };
  return JSON.stringify([bench('parse config', 'us', 120), bench('boot to shell', 'ms', 800), bench('checksum', 'MB/s', 900)]);
}

const workspaceWith = (output: string) => tempWorkspace('bench-e2e', { 'bench.json': output });

const pushEnv = (run: number) => ({
  ...services.env,
  GITHUB_RUN_ID: String(run),
  GITHUB_SHA: `${run}`.padStart(40, 'a'),
  GITHUB_SERVER_URL: 'http://github.localhost',
});

const prEvent = { pull_request: { number: 7, head: { sha: 'f'.repeat(40) } }, repository: { default_branch: 'main' } };
const prEnv = (run: number) => ({
  ...pushEnv(run),
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_REF: 'refs/pull/7/merge',
  GITHUB_REF_NAME: '7/merge',
  GITHUB_BASE_REF: 'main',
  GITHUB_HEAD_REF: 'feature',
});

describe('benchmark-regression with history in the Actions cache', () => {
  const suite = { 'output-file': 'bench.json', name: 'firmware' };

  it('the first push run starts the history; later runs compare against it', async () => {
    const first = await runAction(action, { cwd: workspaceWith(benchOutput(1)), inputs: suite, env: pushEnv(1) });
    assert.equal(first.exitCode, 0, first.stdout);
    assert.equal(first.outputs.status, 'pass');
    assert.match(first.summary, /this run starts the history/);
    assert.match(first.summary, /\| parse config \| — \| .* us \| new \|/);
    assert.deepEqual(
      services.results.cacheEntries().map((e) => e.key),
      ['archway-benchmark-regression-firmware/main/1-1'],
    );

    for (let run = 2; run <= 6; run++) {
      const later = await runAction(action, { cwd: workspaceWith(benchOutput(run)), inputs: suite, env: pushEnv(run) });
      assert.equal(later.exitCode, 0, later.stdout);
      assert.equal(later.outputs.status, 'pass', later.summary);
      assert.match(later.log.join('\n'), new RegExp(`History: ${run - 1} runs of main`));
    }
    assert.equal(services.results.cacheEntries().length, 6);
  });

  it('a pull request reads its base branch history without writing it, fails on a regression and comments once', async () => {
    const entriesBefore = services.results.cacheEntries().length;
    const inputs = { ...suite, 'pr-comment': 'always', token: services.github.token };
    const pr = await runAction(action, {
      cwd: workspaceWith(benchOutput(50, { 'parse config': 1.3 })),
      inputs,
      env: prEnv(100),
      event: prEvent,
      secrets: [services.github.token],
    });
    assert.equal(pr.exitCode, 1, pr.stdout);
    assert.deepEqual(pr.leaks, []);
    assert.equal(pr.outputs.status, 'fail');
    assert.equal(pr.outputs.regressions, '1');
    assert.ok(Number(pr.outputs['worst-change']) > 25 && Number(pr.outputs['worst-change']) < 35, pr.outputs['worst-change']);
    assert.match(pr.log.join('\n'), /History: 6 runs of main/);
    assert.match(pr.log.join('\n'), /Pull request: the history is read, never written/);
    assert.equal(services.results.cacheEntries().length, entriesBefore, 'a pull request never writes the history');

    const text = readFileSync(pr.outputs['result-json'] as string, 'utf8');
    assert.ok(validateResult(JSON.parse(text)), JSON.stringify(validateResult.errors));
    const result = JSON.parse(text) as BenchmarkResult;
    const parse = result.benchmarks.find((b) => b.name === 'parse config');
    assert.equal(parse?.level, 'critical');
    assert.equal(parse?.verdict, 'fail');
    assert.ok((parse?.confidence ?? 0) > 0.99);
    const checksum = result.benchmarks.find((b) => b.name === 'checksum');
    assert.equal(checksum?.better, 'bigger');
    assert.equal(checksum?.verdict, 'pass');
    assert.equal(result.commit, 'f'.repeat(40));

    assert.match(pr.summary, /## ❌ Benchmarks: firmware — fail/);
    assert.match(pr.summary, /\| parse config \| .* \| \+\d+\.\d% worse \| \d+\.\d% \| ❌ critical/);
    assert.match(pr.summary, /```mermaid\nxychart-beta\n {2}title "parse config \(us, smaller is better\)"/);
    assert.ok(
      pr.errors.some((e) => /parse config: .* worse \(critical\)/.test(e)),
      pr.errors.join('\n'),
    );
    assert.ok(
      pr.errors.some((e) => /1 benchmark regressed by 10% or more/.test(e)),
      pr.errors.join('\n'),
    );

    const comments = () => services.github.state.comments.filter((c) => c.issue_number === 7);
    assert.equal(comments().length, 1);
    assert.match(comments()[0]?.body ?? '', /^<!-- archway:benchmark-regression\/firmware -->\n## ❌ Benchmarks: firmware/);

    const again = await runAction(action, {
      cwd: workspaceWith(benchOutput(51)),
      inputs: { ...inputs, 'fail-on-regression': 'false' },
      env: prEnv(101),
      event: prEvent,
    });
    assert.equal(again.exitCode, 0, again.stdout);
    assert.equal(again.outputs.status, 'pass');
    assert.equal(comments().length, 1, 'the comment is updated in place');
    assert.match(comments()[0]?.body ?? '', /## ✅ Benchmarks: firmware — pass/);
  });

  it('with fail-on-regression false a regression is reported but the step passes', async () => {
    const run = await runAction(action, {
      cwd: workspaceWith(benchOutput(60, { 'boot to shell': 1.12 })),
      inputs: { ...suite, 'fail-on-regression': 'false' },
      env: prEnv(102),
      event: prEvent,
    });
    assert.equal(run.exitCode, 0, run.stdout);
    assert.equal(run.outputs.status, 'fail');
    assert.equal(run.outputs.regressions, '1');
    assert.deepEqual(run.errors, []);
    assert.ok(run.annotations.some((a) => a.level === 'warning' && /boot to shell: .* worse \(major\)/.test(a.message)));
  });
});

describe('benchmark-regression refuses bad input with one clear error', () => {
  const refuse = async (inputs: Record<string, string>, files: Record<string, string>, message: RegExp) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-bad-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    const result = await runAction(action, { cwd: dir, inputs: { storage: 'file', ...inputs } });
    assert.equal(result.exitCode, 1, result.stdout);
    assert.equal(result.errors.length, 1, result.errors.join('\n'));
    assert.match(result.errors[0] as string, message);
    assert.doesNotMatch(result.stdout + result.stderr, /Unexpected error|at .*\.js:\d+/);
  };
  const output = { 'bench.json': benchOutput(1) };

  it('no output file', async () => {
    await refuse({}, {}, /^Input 'output-file' has '': a value is required$/);
  });
  it('an unknown tool', async () => {
    await refuse(
      { 'output-file': 'bench.json', tool: 'nanobench' },
      output,
      /^Input 'tool' has 'nanobench': expected one of auto, cargo, go,/,
    );
  });
  it('an unparseable file', async () => {
    await refuse(
      { 'output-file': 'bench.json', tool: 'googlecpp' },
      { 'bench.json': '{"benchmarks": [' },
      /^Input 'output-file' \(bench.json\): not valid googlecpp output: it is not JSON/,
    );
  });
  it('a bad threshold', async () => {
    await refuse(
      { 'output-file': 'bench.json', 'major-threshold': 'ten' },
      output,
      /^Input 'major-threshold' has 'ten': expected a number in 0\.\.10000$/,
    );
    await refuse(
      { 'output-file': 'bench.json', 'minor-threshold': '20' },
      output,
      /thresholds must rise from minor to major to critical \(got minor 20, major 10, critical 25\)/,
    );
  });
  it('a bad glob in the overrides, or an unknown key', async () => {
    await refuse(
      { 'output-file': 'bench.json', overrides: '"parse[": { major: 20 }' },
      output,
      /^Input 'overrides' has a bad pattern 'parse\['/,
    );
    await refuse(
      { 'output-file': 'bench.json', overrides: '"parse*": { majr: 20 }' },
      output,
      /^Input 'overrides' is invalid: unknown key 'majr' at \/parse\*/,
    );
  });
});
