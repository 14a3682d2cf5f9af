import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SAMPLE_RUNS } from './decide.ts';
import { addEntry, baselineBranch, emptyHistory, entriesOf, type HistoryEntry, MAX_SAMPLES, parseHistory, seriesFor } from './history.ts';

const entry = (commit: string, branch: string, value: number, unit = 'ns', samples?: number[]): HistoryEntry => ({
  commit,
  branch,
  date: '2026-01-01T00:00:00.000Z',
  benchmarks: { fib: { value, unit, better: 'smaller', ...(samples ? { samples } : {}) } },
});

describe('history', () => {
  it('keeps at most max-history runs per branch, and samples only in the newest few', () => {
    let doc = emptyHistory();
    for (let i = 0; i < 30; i++) doc = addEntry(doc, entry(`m${i}`, 'main', i, 'ns', [i, i + 1]), 20);
    for (let i = 0; i < 3; i++) doc = addEntry(doc, entry(`f${i}`, 'feature', i), 20);
    const main = entriesOf(doc, 'main');
    assert.equal(main.length, 20);
    assert.equal(main[0]?.commit, 'm10');
    assert.equal(entriesOf(doc, 'feature').length, 3);
    const withSamples = main.filter((e) => e.benchmarks.fib?.samples);
    assert.deepEqual(
      withSamples.map((e) => e.commit),
      Array.from({ length: SAMPLE_RUNS }, (_, i) => `m${30 - SAMPLE_RUNS + i}`),
    );
  });

  it('a re-run of a commit replaces its entry; large samples are kept as a bounded sketch', () => {
    const big = Array.from({ length: 5000 }, (_, i) => i);
    let doc = addEntry(emptyHistory(), entry('abc', 'main', 1), 10);
    doc = addEntry(doc, entry('abc', 'main', 2, 'ns', big), 10);
    assert.equal(doc.entries.length, 1);
    assert.equal(doc.entries[0]?.benchmarks.fib?.value, 2);
    assert.equal(doc.entries[0]?.benchmarks.fib?.samples?.length, MAX_SAMPLES);
  });

  it('a series converts time units and stops where the unit changes kind', () => {
    const entries = [
      entry('a', 'main', 5, 'B/op'),
      entry('b', 'main', 2, 'us'),
      entry('c', 'main', 3000, 'ns'),
      entry('d', 'main', 0.004, 'ms'),
    ];
    assert.deepEqual(
      seriesFor(entries, 'fib', 'ns', 10).map((p) => [p.commit, Math.round(p.value)]),
      [
        ['b', 2000],
        ['c', 3000],
        ['d', 4000],
      ],
    );
    assert.equal(seriesFor(entries, 'fib', 'ns', 2).length, 2, 'the window keeps the newest');
    assert.deepEqual(seriesFor(entries, 'other', 'ns', 10), []);
  });

  it('the baseline branch is the first candidate with data', () => {
    const doc = addEntry(emptyHistory(), entry('a', 'main', 1), 10);
    assert.equal(baselineBranch(doc, ['feature', 'main']), 'main');
    assert.equal(baselineBranch(emptyHistory(), ['feature', 'main']), 'feature');
  });

  it('refuses a document that is not a history', () => {
    assert.throws(() => parseHistory({ hello: 1 }, 'The file x.json'), /The file x.json is not a benchmark history/);
  });
});
