import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Tool } from '../model.ts';
import { betterOf } from '../policy.ts';
import { readMeasurements } from './index.ts';

/**
 * Every file of the real-tool corpus (test/fixtures/bench-samples/corpus: outputs of the tools run here and
 * fixtures public projects ship) against the figures written beside it in expected.json.
 */
const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../test/fixtures/bench-samples/corpus');

interface CorpusEntry {
  file: string;
  tool?: Tool;
  benchmarks?: number;
  names?: string[];
  values?: Record<string, number>;
  samples?: Record<string, number>;
  better?: Record<string, string>;
  extra?: Record<string, string>;
  error?: string;
}

const { files } = JSON.parse(readFileSync(path.join(corpus, 'expected.json'), 'utf8')) as { files: CorpusEntry[] };

describe('the real-tool corpus', () => {
  process.env.GITHUB_WORKSPACE = corpus;
  for (const entry of files) {
    it(entry.file, async () => {
      const reading = readMeasurements([entry.file], entry.tool ?? 'auto');
      if (entry.error) {
        await assert.rejects(reading, (error: Error) => error.message.includes(entry.error as string));
        return;
      }
      const { measurements } = await reading;
      const m = new Map(measurements.map((x) => [x.name, x]));
      assert.equal(measurements.length, entry.benchmarks, [...m.keys()].join('\n'));
      for (const name of entry.names ?? []) assert.ok(m.has(name), name);
      for (const [name, value] of Object.entries(entry.values ?? {})) {
        const got = m.get(name)?.value;
        assert.ok(got !== undefined && Math.abs(got - value) <= Math.abs(value) * 1e-9, `${name}: ${got} != ${value}`);
      }
      for (const [name, count] of Object.entries(entry.samples ?? {})) assert.equal(m.get(name)?.samples?.length, count, name);
      for (const [name, better] of Object.entries(entry.better ?? {})) assert.equal(betterOf(m.get(name) ?? { unit: '' }), better, name);
      for (const [name, extra] of Object.entries(entry.extra ?? {})) assert.ok((m.get(name)?.extra ?? '').includes(extra), name);
    });
  }
});
