import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileOverrides } from './overrides.ts';
import { betterOf } from './policy.ts';
import { betterFromUnit, conversionFactor } from './units.ts';

const defaults = { minor: 5, major: 10, critical: 25 };

describe('direction from the unit', () => {
  it('rates are bigger-is-better, times and sizes per operation smaller', () => {
    for (const unit of ['ops/sec', 'ops/s', 'MB/s', 'items/s', 'iter/sec', 'Hz', 'packets/s', 'bytes/s', 'ops/ms']) {
      assert.equal(betterFromUnit(unit), 'bigger', unit);
    }
    for (const unit of ['ns/op', 'ns/iter', 'us/op', 'ms', 's', 'B/op', 'allocs/op', 'bytes', 'cycles/iter', 'ns']) {
      assert.equal(betterFromUnit(unit), 'smaller', unit);
    }
  });

  it('time units convert, other units do not', () => {
    assert.equal(conversionFactor('us', 'ns'), 1000);
    assert.equal(conversionFactor('ms/iter', 'us/iter'), 1000);
    assert.equal(conversionFactor('ns/op', 'B/op'), undefined);
    assert.equal(conversionFactor('ms', 'ms/op'), undefined);
  });
});

describe('per-benchmark overrides', () => {
  it('patterns match across "/", later patterns win, unmatched names keep the defaults', () => {
    const settingsFor = compileOverrides(
      { 'BM_Fib*': { major: 20, critical: 40 }, 'BM_Fib/2?': { minor: 8, better: 'bigger' }, 'noisy *': { ignore: true } },
      defaults,
    );
    assert.deepEqual(settingsFor('BM_Fib/10'), { thresholds: { minor: 5, major: 20, critical: 40 }, ignore: false });
    assert.deepEqual(settingsFor('BM_Fib/20'), { thresholds: { minor: 8, major: 20, critical: 40 }, better: 'bigger', ignore: false });
    assert.equal(settingsFor('noisy network test').ignore, true);
    assert.deepEqual(settingsFor('other'), { thresholds: defaults, ignore: false });
  });

  it('a malformed pattern or thresholds out of order are refused by name', () => {
    assert.throws(() => compileOverrides({ 'BM_[Fib': { major: 20 } }, defaults), /Input 'overrides' has a bad pattern 'BM_\[Fib'/);
    assert.throws(
      () => compileOverrides({ 'x*': { major: 30 } }, defaults),
      /Input 'overrides', pattern 'x\*': thresholds must rise from minor to major to critical \(got minor 5, major 30, critical 25\)/,
    );
  });
});

describe('which way is better', () => {
  it('an override wins, then what the tool says, then the unit', () => {
    assert.equal(betterOf({ unit: 'ms' }), 'smaller');
    assert.equal(betterOf({ unit: 'ops/s' }), 'bigger');
    assert.equal(betterOf({ unit: 'ms', better: 'bigger' }), 'bigger', 'customBiggerIsBetter over a time unit');
    assert.equal(betterOf({ unit: 'ops/s', better: 'smaller' }), 'smaller');
    assert.equal(betterOf({ unit: 'ms', better: 'bigger' }, 'smaller'), 'smaller', 'the overrides input over the tool');
  });
});
