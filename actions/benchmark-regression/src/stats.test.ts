import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  biweight,
  mad,
  mannWhitney,
  mean,
  median,
  normalUpperTail,
  pooledSpread,
  quantileSketch,
  studentUpperTail,
  welch,
} from './stats.ts';
import { seeded } from './test-helpers.ts';

const close = (actual: number, expected: number, tolerance: number) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} is not within ${tolerance} of ${expected}`);

describe('statistics', () => {
  it('median and MAD', () => {
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    close(mad([1, 2, 3, 4, 100]), 1.4826, 1e-9);
  });

  it('the biweight location follows the clean values and ignores one far away', () => {
    close(biweight([9, 10, 11], 1), 10, 1e-9);
    close(biweight([9, 10, 11, 10.5, 50], 1), mean([9, 10, 11, 10.5]), 0.05);
    assert.equal(biweight([1, 2, 30], 0), 2);
    assert.equal(biweight([1, 2, 30], Number.NaN), 2);
  });

  it('the pooled within-group spread estimates the standard deviation of small groups, whatever their centres', () => {
    const random = seeded(3);
    let total = 0;
    for (let t = 0; t < 500; t++) {
      total += pooledSpread(Array.from({ length: 6 }, (_, g) => Array.from({ length: 5 }, () => 100 * g + 2 * random.normal())));
    }
    close(total / 500, 2, 0.1);
    assert.ok(Number.isNaN(pooledSpread([[1], []])));
  });

  it('normal and Student t tails match tabulated values', () => {
    close(normalUpperTail(1.959964), 0.025, 1e-6);
    close(normalUpperTail(-1), 0.841345, 1e-6);
    close(studentUpperTail(2.228139, 10), 0.025, 1e-6);
    close(studentUpperTail(1.812461, 10), 0.05, 1e-6);
    close(studentUpperTail(-2.228139, 10), 0.975, 1e-6);
    // Fractional degrees of freedom, as Welch's test has: scipy.stats.t.sf(3.0, 4.5).
    close(studentUpperTail(3.0, 4.5), 0.01719043394, 1e-8);
  });

  it('Mann-Whitney U is exact for small samples without ties', () => {
    // Complete separation of 5 vs 5: only 1 of C(10,5) = 252 arrangements is as extreme.
    close(mannWhitney([6, 7, 8, 9, 10], [1, 2, 3, 4, 5]).p, 1 / 252, 1e-12);
    close(mannWhitney([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]).p, 1, 1e-12);
    // One and two overlaps (U = 24, 23): 2 and 4 arrangements reach them (scipy method='exact' agrees).
    close(mannWhitney([4.5, 7, 8, 9, 10], [1, 2, 3, 4, 5]).p, 2 / 252, 1e-12);
    close(mannWhitney([3.5, 7, 8, 9, 10], [1, 2, 3, 4, 5]).p, 4 / 252, 1e-12);
  });

  it('Mann-Whitney U uses the tie-corrected normal approximation with ties', () => {
    // scipy.stats.mannwhitneyu(a, b, alternative='greater', method='asymptotic'): U 79.5, p 0.0130965
    const a = [3, 4, 4, 5, 5, 5, 6, 7, 8, 8];
    const b = [1, 2, 3, 3, 4, 4, 5, 5, 6, 2];
    const { p, statistic } = mannWhitney(a, b);
    assert.equal(statistic, 79.5);
    close(p, 0.0130965, 1e-5);
  });

  it("Welch's t test", () => {
    // scipy.stats.ttest_ind(a, b, equal_var=False, alternative='greater'): t 3.05505, p 0.0042818
    const a = [19, 21, 20, 22, 18, 20, 21, 19];
    const b = [17, 19, 18, 20, 16, 18, 19, 17];
    const { p, statistic } = welch(a, b);
    close(statistic, 3.0550505, 1e-6);
    close(p, 0.0042818, 1e-6);
    assert.ok(welch(b, a).p > 0.99);
  });

  it('a quantile sketch keeps the range and the middle of a large sample', () => {
    const values = Array.from({ length: 1001 }, (_, i) => i);
    const sketch = quantileSketch(values, 101);
    assert.equal(sketch.length, 101);
    assert.equal(sketch[0], 0);
    assert.equal(sketch[50], 500);
    assert.equal(sketch[100], 1000);
    assert.deepEqual(quantileSketch([3, 1], 10), [3, 1]);
  });
});
