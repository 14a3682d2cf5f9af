import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changePoints, pettitt } from './change-point.ts';
import { decide, type HistoryPoint, levelFor, percentChange } from './decide.ts';
import { defaultJudgement, seeded } from './test-helpers.ts';

const judgement = defaultJudgement;

/** A run of `n` samples around `level` with `noise` relative spread; n = 1 gives a single value. */
function makeRun(random: ReturnType<typeof seeded>, level: number, noise: number, n: number, commit: string): HistoryPoint {
  const samples = Array.from({ length: n }, () => level * Math.exp(noise * random.normal()));
  const sorted = [...samples].sort((a, b) => a - b);
  return { commit, value: sorted[Math.floor(n / 2)] as number, ...(n > 1 ? { samples } : {}) };
}

function series(seed: number, levels: number[], noise: number, n: number): HistoryPoint[] {
  const random = seeded(seed);
  return levels.map((level, i) => makeRun(random, level, noise, n, `c${i}`));
}

const flat = (count: number, level = 100) => Array.from({ length: count }, () => level);

describe('percent change and levels', () => {
  it('is positive when worse, whichever way is better', () => {
    assert.equal(percentChange(110, 100, 'smaller'), 10.000000000000009);
    assert.equal(Math.round(percentChange(90, 100, 'bigger')), 10);
    assert.ok(percentChange(120, 100, 'bigger') < 0);
    assert.equal(percentChange(0, 0, 'smaller'), 0);
    assert.equal(percentChange(3, 0, 'smaller'), 100);
  });

  it('maps a change to the first threshold it reaches', () => {
    const t = { minor: 5, major: 10, critical: 25 };
    assert.deepEqual(
      [4.9, 5, 10, 24.9, 25].map((c) => levelFor(c, t)),
      ['none', 'minor', 'major', 'major', 'critical'],
    );
  });
});

describe('change points', () => {
  it("finds a step where it starts, and Pettitt's p is small there", () => {
    const random = seeded(7);
    const values = [...flat(20, 0), ...flat(15, 0.2)].map((v) => v + 0.02 * random.normal());
    const split = pettitt(values);
    assert.equal(split?.index, 20);
    assert.ok((split?.p ?? 1) < 0.001);
    assert.deepEqual(changePoints(values, { alpha: 0.01, minShift: 0.05, minSegment: 3 }), [20]);
  });

  it('finds two steps, and none in noise or below the minimum shift', () => {
    const random = seeded(8);
    const two = [...flat(15, 0), ...flat(15, 0.3), ...flat(15, 0.1)].map((v) => v + 0.02 * random.normal());
    assert.deepEqual(changePoints(two, { alpha: 0.01, minShift: 0.05, minSegment: 3 }), [15, 30]);
    const noise = flat(40, 0).map(() => 0.02 * random.normal());
    assert.deepEqual(changePoints(noise, { alpha: 0.01, minShift: 0.05, minSegment: 3 }), []);
    const small = [...flat(20, 0), ...flat(20, 0.02)].map((v) => v + 0.002 * random.normal());
    assert.deepEqual(changePoints(small, { alpha: 0.01, minShift: 0.05, minSegment: 3 }), []);
  });
});

describe('decide', () => {
  it('a new benchmark passes as new', () => {
    const d = decide({ name: 'b', unit: 'ns', value: 5 }, [], judgement);
    assert.equal(d.method, 'new');
    assert.equal(d.verdict, 'pass');
    assert.equal(d.change, undefined);
  });

  it('noise alone is not a regression, across many seeded series', () => {
    let alerts = 0;
    for (let seed = 0; seed < 200; seed++) {
      const runs = series(seed, flat(31), 0.03, 5);
      const d = decide({ name: 'b', unit: 'ns', ...(runs.at(-1) as HistoryPoint) }, runs.slice(0, -1), judgement);
      if (d.verdict !== 'pass') alerts++;
    }
    assert.ok(alerts <= 2, `${alerts} false alerts in 200`);
  });

  it('a 15% slowdown with samples fails, with the samples test and high confidence', () => {
    const runs = series(1, [...flat(30), 115], 0.02, 10);
    const d = decide({ name: 'b', unit: 'ns', ...(runs.at(-1) as HistoryPoint) }, runs.slice(0, -1), judgement);
    assert.equal(d.method, 'samples');
    assert.equal(d.level, 'major');
    assert.equal(d.verdict, 'fail');
    assert.ok((d.change ?? 0) > 10 && (d.change ?? 0) < 20, String(d.change));
    assert.ok((d.confidence ?? 0) > 0.99);
  });

  it('strays in the baseline runs do not hide a slowdown from the samples test', () => {
    const runs = series(4, [...flat(30), 112], 0.02, 5);
    // One sample of each of the latest baseline runs is hit by a hiccup, far above every current sample.
    for (const run of runs.slice(-6, -1)) (run.samples as number[])[0] = 180;
    const d = decide({ name: 'b', unit: 'ns', ...(runs.at(-1) as HistoryPoint) }, runs.slice(0, -1), judgement);
    assert.equal(d.method, 'samples');
    assert.notEqual(d.verdict, 'pass');
  });

  it('the run value is the biweight location at the pooled within-run spread, not swayed by a stray', () => {
    const runs = series(5, flat(10), 0.02, 5);
    const current = { name: 'b', unit: 'ns', value: 0, samples: [99, 100, 101, 100.5, 160] };
    const d = decide(current, runs, judgement);
    assert.ok(Math.abs(d.current - 100.1) < 0.2, String(d.current));
  });

  it('a 30% slowdown of single values is critical by the history test', () => {
    const runs = series(2, [...flat(20), 130], 0.01, 1);
    const d = decide({ name: 'b', unit: 'ns', value: (runs.at(-1) as HistoryPoint).value }, runs.slice(0, -1), judgement);
    assert.equal(d.method, 'history');
    assert.equal(d.level, 'critical');
  });

  it('bigger-is-better: a drop is the regression and a rise an improvement', () => {
    const drop = series(3, [...flat(20), 80], 0.01, 1);
    const worse = decide({ name: 'ops', unit: 'ops/s', value: (drop.at(-1) as HistoryPoint).value }, drop.slice(0, -1), {
      ...judgement,
      better: 'bigger',
    });
    assert.equal(worse.level, 'major');
    const rise = series(3, [...flat(20), 125], 0.01, 1);
    const better = decide({ name: 'ops', unit: 'ops/s', value: (rise.at(-1) as HistoryPoint).value }, rise.slice(0, -1), {
      ...judgement,
      better: 'bigger',
    });
    assert.equal(better.level, 'none');
    assert.equal(better.improved, true);
    assert.ok((better.change ?? 0) < -20);
  });

  it('a change below the minor threshold is no regression even when significant', () => {
    const runs = series(4, [...flat(30), 103], 0.002, 10);
    const d = decide({ name: 'b', unit: 'ns', ...(runs.at(-1) as HistoryPoint) }, runs.slice(0, -1), judgement);
    assert.ok((d.confidence ?? 0) > 0.99);
    assert.equal(d.level, 'none');
  });

  it('a shift that already landed becomes the baseline, and is reported with its first commit', () => {
    const runs = series(5, [...flat(20), ...flat(10, 120), 120], 0.01, 1);
    const d = decide({ name: 'b', unit: 'ns', value: (runs.at(-1) as HistoryPoint).value }, runs.slice(0, -1), judgement);
    assert.equal(d.level, 'none');
    assert.ok(Math.abs((d.baseline as number) - 120) < 3, String(d.baseline));
    assert.deepEqual(d.changePoint, { commit: 'c20', index: 20 });
  });

  it('with too little history and no samples, a big change is at most a warning', () => {
    const d = decide({ name: 'b', unit: 'ns', value: 150 }, series(6, flat(2), 0.01, 1), judgement);
    assert.equal(d.insufficient, true);
    assert.equal(d.level, 'critical');
    assert.equal(d.verdict, 'warn');
    assert.equal(d.confidence, undefined);
  });

  it('Welch on logs as the samples test', () => {
    const runs = series(9, [...flat(3), 120], 0.02, 10);
    const d = decide({ name: 'b', unit: 'ns', ...(runs.at(-1) as HistoryPoint) }, runs.slice(0, -1), { ...judgement, sampleTest: 'welch' });
    assert.equal(d.method, 'samples');
    assert.equal(d.verdict, 'fail');
  });

  it('deterministic metrics (allocations) regress on any change past the threshold, zeros included', () => {
    const history = flat(10, 0).map((value, i) => ({ commit: `c${i}`, value }));
    const d = decide({ name: 'allocs', unit: 'allocs/op', value: 2 }, history, judgement);
    assert.equal(d.change, 100);
    assert.equal(d.level, 'critical');
    const same = decide({ name: 'allocs', unit: 'allocs/op', value: 0 }, history, judgement);
    assert.equal(same.level, 'none');
  });

  it('an ignored benchmark always passes', () => {
    const runs = series(10, [...flat(10), 200], 0.01, 1);
    const d = decide({ name: 'b', unit: 'ns', value: 200 }, runs.slice(0, -1), { ...judgement, ignore: true });
    assert.equal(d.verdict, 'pass');
  });
});
