import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shouldSend } from './conditions.ts';
import { emptyResults } from './results/results.ts';

describe('on', () => {
  const results = emptyResults();
  it('success, failure and always follow the status', () => {
    assert.equal(shouldSend('always', { status: 'failure', results }).send, true);
    assert.equal(shouldSend('success', { status: 'failure', results }).send, false);
    assert.equal(shouldSend('failure', { status: 'partial', results }).send, true);
    assert.equal(shouldSend('failure', { status: 'success', results }).send, false);
  });

  it('change compares with the previous conclusion and sends when there is none', () => {
    assert.equal(shouldSend('change', { status: 'success', results, previousConclusion: 'success' }).send, false);
    assert.deepEqual(shouldSend('change', { status: 'success', results, previousConclusion: 'failure' }), {
      send: true,
      reason: "the previous run's conclusion was failure, this one is success",
    });
    assert.equal(shouldSend('change', { status: 'failure', results, previousConclusion: null }).send, true);
  });

  it('gate-failed and regression read the results', () => {
    const withGate = { ...emptyResults(), gates: [{ file: 'g', passed: false, status: 'fail', conditions: [] }] };
    assert.equal(shouldSend('gate-failed', { status: 'failure', results: withGate }).send, true);
    assert.deepEqual(shouldSend('gate-failed', { status: 'failure', results }), {
      send: false,
      reason: 'no quality-gate report was given',
    });
    const withBench = {
      ...emptyResults(),
      benchmarks: [{ file: 'b', status: 'fail' as const, regressions: 1, worstChange: 12, benchmarks: [] }],
    };
    assert.equal(shouldSend('regression', { status: 'success', results: withBench }).send, true);
    assert.equal(shouldSend('regression', { status: 'success', results }).send, false);
  });
});
