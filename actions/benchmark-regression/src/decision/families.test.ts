import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Decision, decide } from '../decide.ts';
import { addEntry, emptyHistory, entriesOf, type HistoryDocument, parseHistory, seriesFor } from '../history.ts';
import { defaultJudgement } from '../test-helpers.ts';
import { FAMILIES, type Family, noiseModel, type SyntheticRun } from './noise-families.ts';

// One fixed series per noise family, fed one run per call as the action does with file storage (the
// document read back from its JSON text each time): the decisions the evaluation benchmark counts, kept
// for these seeds so a change to the decision that flips one is seen here before the benchmark is run.
const RUNS = 35;
const SAMPLES = 10;
const SEED = 424_242;

function decideOn(doc: HistoryDocument, run: SyntheticRun): Decision {
  const history = seriesFor(entriesOf(doc, 'main'), 'bench', 'ns', 50);
  return decide(
    { name: 'bench', unit: 'ns', value: run.value, ...(run.samples ? { samples: run.samples } : {}) },
    history,
    defaultJudgement,
  );
}

function feed(family: Family): { verdicts: string[]; doc: HistoryDocument; model: ReturnType<typeof noiseModel> } {
  const model = noiseModel(family, SAMPLES, SEED);
  let text = JSON.stringify(emptyHistory());
  const verdicts: string[] = [];
  for (let r = 0; r < RUNS; r++) {
    const run = model.run(r);
    const doc = parseHistory(JSON.parse(text), 'history');
    const decision = decideOn(doc, run);
    verdicts.push(run.outlierRun ? 'outlier-run' : decision.verdict);
    const benchmarks = { bench: { value: decision.current, unit: 'ns', better: 'smaller' as const, samples: run.samples } };
    text = JSON.stringify(addEntry(doc, { commit: `c${r}`, branch: 'main', date: new Date(0).toISOString(), benchmarks }, 200));
  }
  return { verdicts, doc: parseHistory(JSON.parse(text), 'history'), model };
}

describe('decisions on one fixed series per noise family', () => {
  for (const family of FAMILIES) {
    it(`${family}: no alert on its no-change runs; a +25% run fails the step`, () => {
      const { verdicts, doc, model } = feed(family);
      // Where the run-to-run spread quadruples, the first wider runs look like a change to a test whose
      // baseline has seen mostly narrow ones: alerts in the first three runs after the change are allowed
      // (this seed has one, on the third); anywhere else an alert is a false one.
      const change = model.varianceChange;
      const excused = (r: number) => change?.grows === true && r >= change.at && r < change.at + 3;
      const judged = verdicts.filter((v, r) => r >= defaultJudgement.minHistory && v !== 'outlier-run' && !excused(r));
      assert.deepEqual(
        judged.filter((v) => v !== 'pass'),
        [],
        `${family}: ${verdicts.join(' ')}`,
      );
      const shifted = decideOn(doc, model.run(RUNS, 0.25));
      assert.equal(shifted.verdict, 'fail', `${family}: +25% gave ${shifted.verdict}`);
      assert.ok(shifted.evidence.length > 0, 'the failure says which test found it');
      // The same run unshifted passes: the failure is the shift, not the run.
      assert.equal(decideOn(doc, model.run(RUNS)).verdict, 'pass', `${family}: the unshifted run`);
    });
  }

  it('quiet runs: a +10% run fails the step too', () => {
    const { doc, model } = feed('quiet');
    assert.equal(decideOn(doc, model.run(RUNS, 0.1)).verdict, 'fail');
  });
});
