import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mapConcurrently } from './concurrency.ts';

describe('mapConcurrently', () => {
  it('keeps the order of the results and never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    const results = await mapConcurrently([30, 10, 20, 5, 15], 2, async (ms) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running--;
      return ms * 2;
    });
    assert.deepEqual(results, [60, 20, 40, 10, 30]);
    assert.equal(peak, 2);
    assert.deepEqual(await mapConcurrently([], 4, async (x: number) => x), []);
  });
});
