import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ConfigurationError } from '@archway/kit';
import type { Measurement, Tool } from '../model.ts';
import { betterOf } from '../policy.ts';
import { readMeasurements } from './index.ts';

const samples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../test/fixtures/bench-samples');

/** Read one file of `dir` as the action does (the workspace is `dir`), each benchmark with its direction. */
async function readIn(dir: string, file: string, tool: Tool): Promise<{ measurements: Measurement[]; tools: string[] }> {
  process.env.GITHUB_WORKSPACE = dir;
  const { measurements, tools } = await readMeasurements([file], tool);
  return { measurements: measurements.map((m) => ({ ...m, better: betterOf(m) })), tools };
}

async function read(file: string, tool: Tool = 'auto'): Promise<{ measurements: Measurement[]; tools: string[] }> {
  return readIn(samples, file, tool);
}

function byName(measurements: Measurement[]): Record<string, Measurement> {
  return Object.fromEntries(measurements.map((m) => [m.name, m]));
}

describe('parsers on documented samples (format recognised automatically)', () => {
  it('cargo / libtest bencher', async () => {
    const { measurements, tools } = await read('cargo.txt');
    assert.deepEqual(tools, ['cargo']);
    const m = byName(measurements);
    assert.equal(m['tests::bench_fib_20']?.value, 26104);
    assert.equal(m['tests::bench_parse']?.value, 1873.5);
    assert.equal(m['tests::bench_fib_10']?.unit, 'ns/iter');
    assert.equal(m['tests::bench_fib_10']?.better, 'smaller');
  });

  it('benchmarkluau', async () => {
    const { measurements, tools } = await read('benchmarkluau.txt');
    assert.deepEqual(tools, ['benchmarkluau']);
    assert.deepEqual(
      measurements.map((m) => [m.name, m.value, m.unit]),
      [
        ['base64', 15.212, 'ms'],
        ['chess', 70.004, 'ms'],
        ['life', 84.117, 'ms'],
      ],
    );
  });

  it('pytest-benchmark keeps raw rounds as samples when saved', async () => {
    const { measurements, tools } = await read('pytest-benchmark.json');
    assert.deepEqual(tools, ['pytest']);
    const m = byName(measurements);
    const small = m['tests/test_parse.py::test_parse[small]'];
    assert.equal(small?.unit, 's');
    assert.equal(small?.samples?.length, 6);
    assert.equal(m['tests/test_render.py::test_render']?.value, 0.00241);
    assert.equal(m['tests/test_render.py::test_render']?.samples, undefined);
  });

  it('Julia BenchmarkTools: nested groups, TrialEstimate and whole Trials', async () => {
    const { measurements, tools } = await read('julia.json');
    assert.deepEqual(tools, ['julia']);
    const m = byName(measurements);
    assert.equal(m['fib/10']?.value, 251.5);
    assert.deepEqual(m['fib/20']?.samples, [31012, 31220, 30987, 31544, 31101]);
    assert.equal(m['fib/20']?.unit, 'ns');
  });

  it('JMH: throughput is bigger-is-better, average time smaller; raw data of every fork; secondary metrics', async () => {
    const { measurements, tools } = await read('jmh.json');
    assert.deepEqual(tools, ['jmh']);
    const m = byName(measurements);
    const parse = m['org.example.ParserBench.parse (size=1024)'];
    assert.equal(parse?.better, 'bigger');
    assert.equal(parse?.samples?.length, 6);
    assert.equal(m['org.example.ParserBench.tokenize']?.better, 'smaller');
    assert.equal(m['org.example.ParserBench.parse (size=1024) - ·gc.alloc.rate.norm']?.unit, 'B/op');
  });

  it('BenchmarkDotNet: OriginalValues as samples, allocations as their own benchmark', async () => {
    const { measurements, tools } = await read('benchmarkdotnet.json');
    assert.deepEqual(tools, ['benchmarkdotnet']);
    const m = byName(measurements);
    assert.equal(m['Example.Benchmarks.ParserBench.Parse']?.samples?.length, 6);
    assert.equal(m['Example.Benchmarks.ParserBench.Parse - allocated']?.value, 312);
    assert.equal(m['Example.Benchmarks.ParserBench.Tokenize']?.value, 402.5);
  });

  it('custom JSON: the tool name sets the direction; auto uses the unit', async () => {
    const bigger = await read('custom-bigger.json', 'customBiggerIsBetter');
    assert.ok(bigger.measurements.every((m) => m.better === 'bigger'));
    const smaller = byName((await read('custom-smaller.json')).measurements);
    assert.equal(smaller['boot to shell']?.samples?.length, 5);
    assert.equal(smaller['firmware image size']?.better, 'smaller');
    const auto = byName((await read('custom-bigger.json')).measurements);
    assert.equal(auto['packets forwarded']?.better, 'bigger', 'packets/s is a rate');
  });

  it('Bencher Metric Format: measures with units and directions', async () => {
    const { measurements, tools } = await read('bmf.json');
    assert.deepEqual(tools, ['bmf']);
    const m = byName(measurements);
    assert.equal(m.parse_config?.unit, 'ns');
    assert.equal(m['parse_config - throughput']?.better, 'bigger');
    assert.equal(m['/bin/sh -c make firmware - build-time']?.unit, 's');
    assert.equal(m['firmware.bin - file-size']?.value, 183412);
  });

  it('Catch2 v3 console: est run time header, wrapped names, values in ns', async () => {
    const { measurements, tools } = await read('catch2-v3.txt');
    assert.deepEqual(tools, ['catch2']);
    const m = byName(measurements);
    assert.equal(m['parse small config']?.value, 721.532);
    assert.equal(m['parse a really long configuration file name that wraps']?.value, 15223.1);
    assert.equal(m['parse a really long configuration file name that wraps']?.unit, 'ns');
  });

  it('Criterion: a directory of new/ results, skipping base/ and report/; per-iteration samples', async () => {
    const { measurements, tools } = await read('criterion');
    assert.deepEqual(tools, ['criterion']);
    const m = byName(measurements);
    assert.deepEqual(Object.keys(m).sort(), ['fib/20', 'parse_config']);
    assert.equal(m['fib/20']?.value, 26118.2);
    assert.equal(m['fib/20']?.samples?.length, 6);
    assert.ok(Math.abs((m['fib/20']?.samples?.[0] ?? 0) - 26100.2) < 1e-6);
    const one = await read('criterion/parse_config/new/estimates.json');
    assert.equal(one.measurements[0]?.name, 'parse_config');
  });
});

describe('bad benchmark output', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-bad-'));
  const write = (name: string, text: string) => {
    writeFileSync(path.join(dir, name), text);
    return name;
  };
  const refuses = async (file: string, tool: Tool, message: RegExp) => {
    await assert.rejects(readIn(dir, file, tool), (error: unknown) => {
      assert.ok(error instanceof ConfigurationError, String(error));
      assert.match(error.message, message);
      return true;
    });
  };

  it('a missing file names the input and the path', async () => {
    await refuses('nope.json', 'auto', /^Input 'output-file' has 'nope.json': cannot open the benchmark output: /);
  });

  it('an unrecognisable file asks for the tool', async () => {
    await refuses(write('notes.txt', 'hello\nworld\n'), 'auto', /could not recognise the benchmark format; set the 'tool' input/);
  });

  it('a file that is not what the tool writes', async () => {
    await refuses(write('broken.json', '{"benchmarks": ['), 'googlecpp', /not valid googlecpp output: it is not JSON/);
    await refuses(
      write('empty-go.txt', 'PASS\nok  \texample.com/x\t0.01s\n'),
      'go',
      /no benchmark results found in this go output \(tool: go\)/,
    );
    await refuses(
      write('jmh-bad.json', '[{"benchmark": "x"}]'),
      'jmh',
      /not valid JMH output: primaryMetric of 'x' is missing or not a finite number/,
    );
    await refuses(
      write('custom-bad.json', '[{"name": "x", "value": "fast"}]'),
      'customSmallerIsBetter',
      /entry 0 needs a string 'name', a number 'value'/,
    );
  });

  it('a directory is only for Criterion', async () => {
    await refuses('.', 'go', /is a directory; only tool 'criterion'/);
  });

  it('Catch2 XML with a DOCTYPE is refused', async () => {
    await refuses(write('c.xml', '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "b">]>\n<Catch/>'), 'catch2', /DOCTYPE/);
  });
});
