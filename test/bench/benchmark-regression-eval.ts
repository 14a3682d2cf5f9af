import { type Decision, decide, type HistoryPoint, runSpread, runValue } from '../../actions/benchmark-regression/src/decide.ts';
import { mean } from '../../actions/benchmark-regression/src/stats.ts';
import { defaultJudgement } from '../../actions/benchmark-regression/src/test-helpers.ts';

/**
 * How well benchmark-regression's decision separates real regressions from noise, next to the rule of
 * github-action-benchmark (alert when current / previous run >= a ratio). Synthetic series, seeded:
 * each run has a between-run offset (runner-to-runner noise) and n samples with within-run noise and
 * occasional outliers; after `HISTORY` stable runs the current run is shifted by 0%, 3%, 10% or 25%.
 * A false alert is any warn/fail on a 0% step; detection is any warn/fail on a 10% or 25% step. The 3% step
 * is real but below the 5% minimum effect: alerts there are warnings whose measured change reached 5%.
 * The decision's settings are the action's defaults.
 *
 *   pnpm bench benchmark-regression-eval [trials per cell, default 1000]
 */
const TRIALS = Number(process.argv[2] ?? 1000);
const HISTORY = 30;
const STEPS = [0, 3, 10, 25];

interface Noise {
  label: string;
  /** Within-run coefficient of variation of one sample. */
  within: number;
  /** Run-to-run coefficient of variation (a different runner each run). */
  between: number;
  /** Share of samples hit by an outlier (x1.2 .. x2). */
  outliers: number;
  /** A past step of this size 12 runs ago, already accepted on the branch. */
  pastStep?: number;
}

const NOISES: Noise[] = [
  { label: 'quiet (1% in-run, 0.5% between runs)', within: 0.01, between: 0.005, outliers: 0 },
  { label: 'CI runner (2% in-run, 1% between, 2% outliers)', within: 0.02, between: 0.01, outliers: 0.02 },
  { label: 'noisy CI (3% in-run, 1.5% between, 5% outliers)', within: 0.03, between: 0.015, outliers: 0.05 },
  { label: 'CI runner + a 15% step 12 runs ago', within: 0.02, between: 0.01, outliers: 0.02, pastStep: 0.15 },
];
const SAMPLE_COUNTS = [1, 5, 10];

const judgement = defaultJudgement;

/** mulberry32: small, fast, seedable. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(random: () => number): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** One run's samples; `value` is the tool's (the first sample) until `recorded` sets the action's. */
function run(random: () => number, level: number, noise: Noise, n: number): HistoryPoint & { mean: number } {
  const offset = Math.exp(noise.between * gaussian(random));
  const samples = Array.from({ length: n }, () => {
    let v = 1000 * level * offset * Math.exp(noise.within * gaussian(random));
    if (random() < noise.outliers) v *= 1.2 + 0.8 * random();
    return v;
  });
  // The peer keeps the tool's mean.
  return { commit: '', value: samples[0] as number, ...(n > 1 ? { samples } : {}), mean: mean(samples) };
}

/** The value the action stores for a run: its run value given the runs recorded before it, as `decide` computes it. */
function recorded<T extends HistoryPoint>(point: T, earlier: readonly HistoryPoint[]): T {
  return { ...point, value: runValue(point.value, point.samples, runSpread(point.samples, earlier)) };
}

interface Cell {
  ours: number;
  oursFail: number;
  peer110: number;
  peer200: number;
}

function evaluate(noise: Noise, n: number, step: number, seed: number): Cell {
  const random = rng(seed);
  const cell: Cell = { ours: 0, oursFail: 0, peer110: 0, peer200: 0 };
  for (let trial = 0; trial < TRIALS; trial++) {
    const history: (HistoryPoint & { mean: number })[] = [];
    for (let i = 0; i < HISTORY; i++) {
      const level = noise.pastStep && i >= HISTORY - 12 ? 1 + noise.pastStep : 1;
      history.push(recorded({ ...run(random, level, noise, n), commit: `c${i}` }, history));
    }
    const lastLevel = noise.pastStep ? 1 + noise.pastStep : 1;
    const current = run(random, lastLevel * (1 + step / 100), noise, n);
    const decision: Decision = decide({ name: 'b', unit: 'ns', value: current.value, samples: current.samples }, history, judgement);
    if (decision.verdict !== 'pass') cell.ours++;
    if (decision.verdict === 'fail') cell.oursFail++;
    const ratio = current.mean / (history.at(-1) as { mean: number }).mean;
    if (ratio >= 1.1) cell.peer110++;
    if (ratio >= 2) cell.peer200++;
  }
  return cell;
}

const pct = (count: number) => `${((100 * count) / TRIALS).toFixed(1)}%`.padStart(6);

console.log(`benchmark-regression decision vs a single-previous-run ratio rule (${TRIALS} series per cell, ${HISTORY} history runs)`);
console.log(`alpha ${judgement.alpha}, sample test ${judgement.sampleTest}, thresholds minor 5% / major 10% / critical 25%\n`);
console.log('"ours" = warn or fail, "ours fail" = fail only, "peer 110%"/"peer 200%" = alert at that ratio (200% is its default)');
let verdicts = 0;
let met = 0;
let seed = 1;
for (const noise of NOISES) {
  console.log(`\n${noise.label}`);
  console.log('samples  step   ours  ours fail  peer 110%  peer 200%');
  for (const n of SAMPLE_COUNTS) {
    const cells = STEPS.map((step) => evaluate(noise, n, step, seed++));
    STEPS.forEach((step, i) => {
      const c = cells[i] as Cell;
      console.log(
        `${String(n).padStart(7)}  ${`${step}%`.padStart(4)} ${pct(c.ours)}     ${pct(c.oursFail)}     ${pct(c.peer110)}     ${pct(c.peer200)}`,
      );
    });
    if (n >= 5) {
      const falseAlerts = (cells[0] as Cell).ours / TRIALS;
      const caught = Math.min((cells[2] as Cell).ours, (cells[3] as Cell).ours) / TRIALS;
      const ok = falseAlerts <= 0.01 && caught >= 0.95;
      verdicts++;
      if (ok) met++;
      console.log(
        `         target (<= 1% false alerts, >= 95% of >= 10% caught): ${ok ? 'met' : 'MISSED'} ` +
          `(false ${(100 * falseAlerts).toFixed(1)}%, caught ${(100 * caught).toFixed(1)}%)`,
      );
    }
  }
}
console.log(`\ntarget met in ${met} of ${verdicts} noise/sample-count settings with 5+ samples`);
