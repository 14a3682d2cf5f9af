import { seeded } from '../test-helpers.ts';

/**
 * Seeded synthetic benchmark series in the noise families a CI runner produces, for the decision's tests
 * and its evaluation benchmark (test/bench/benchmark-regression-eval.ts); the action itself never loads
 * this. A series draws its own parameters (how noisy, how bimodal, how fast it drifts) from its seed;
 * each run then has a run-to-run offset (a different runner, its frequency, its neighbours) and `samples`
 * samples with within-run noise. With one sample a run is a single value, as most formats print.
 */
export const FAMILIES = ['quiet', 'noisy-runner', 'bimodal-runs', 'bimodal-samples', 'drift', 'heavy-tails', 'changing-variance'] as const;
export type Family = (typeof FAMILIES)[number];

export const FAMILY_LABELS: Record<Family, string> = {
  quiet: 'quiet (lognormal, 1-2% per run)',
  'noisy-runner': 'noisy shared runner (5-8%, 1% of runs 1.5-3x slower)',
  'bimodal-runs': 'bimodal runs (modes 6% apart, 20-50% in the upper)',
  'bimodal-samples': 'bimodal samples within each run (modes 6% apart)',
  drift: 'slow drift (0.1-0.3% per run, 3% noise)',
  'heavy-tails': 'heavy tails (t3 run noise, Pareto outlier samples)',
  'changing-variance': 'changing variance (1% <-> 4% at some run)',
};

export interface SyntheticRun {
  /** The tool's value: the mean of the samples, or the single value. */
  value: number;
  samples?: number[];
  /** The run's expected value without noise (drift included, a shift applied). */
  level: number;
  /** A run on a slow machine, 1.5-3x off: not the code's doing. */
  outlierRun: boolean;
}

export interface NoiseModel {
  family: Family;
  samples: number;
  /** Run `index` of the series (0-based), its level multiplied by 1 + shift. */
  run(index: number, shift?: number): SyntheticRun;
  /** A fresh random stream for the same model (the oracle's own draws). */
  fork(seed: number): NoiseModel;
  /** changing-variance: the first run with the new run-to-run spread, and whether it grew. */
  varianceChange?: { at: number; grows: boolean };
}

const BASE = 1000;

/** Student's t with 3 degrees of freedom, scaled to unit spread near the centre. */
function t3(normal: () => number): number {
  const z = normal();
  const chi = normal() ** 2 + normal() ** 2 + normal() ** 2;
  return z / Math.sqrt(chi / 3);
}

export function noiseModel(family: Family, samples: number, seed: number): NoiseModel {
  const random = seeded(seed);
  const u = (lo: number, hi: number) => lo + (hi - lo) * random.uniform();
  // Series parameters, drawn once from the seed.
  const between = family === 'quiet' ? u(0.007, 0.014) : family === 'noisy-runner' ? u(0.05, 0.08) : family === 'drift' ? 0.02 : 0.01;
  const within =
    family === 'quiet'
      ? u(0.007, 0.014)
      : family === 'noisy-runner' || family === 'drift'
        ? 0.02
        : family === 'bimodal-samples'
          ? 0.01
          : 0.015;
  const upperShare = u(0.2, 0.5);
  const slope = (random.uniform() < 0.5 ? -1 : 1) * u(0.001, 0.003);
  const switchAt = Math.floor(u(10, 29));
  const [before, after] = random.uniform() < 0.5 ? [0.01, 0.04] : [0.04, 0.01];
  return build(family, samples, { between, within, upperShare, slope, switchAt, before, after }, seed);
}

interface Parameters {
  between: number;
  within: number;
  upperShare: number;
  slope: number;
  switchAt: number;
  before: number;
  after: number;
}

function build(family: Family, samples: number, p: Parameters, seed: number): NoiseModel {
  const random = seeded(seed ^ 0x5bd1e995);
  const { normal, uniform } = random;
  const run = (index: number, shift = 0): SyntheticRun => {
    const level = BASE * (family === 'drift' ? Math.exp(p.slope * index) : 1) * (1 + shift);
    const between = family === 'changing-variance' ? (index < p.switchAt ? p.before : p.after) : p.between;
    let offset = family === 'heavy-tails' ? between * t3(normal) : between * normal();
    if (family === 'bimodal-runs' && uniform() < p.upperShare) offset += Math.log(1.06);
    const outlierRun = family === 'noisy-runner' && uniform() < 0.01;
    const slow = outlierRun ? 1.5 + 1.5 * uniform() : 1;
    const values = Array.from({ length: samples }, () => {
      let v = level * slow * Math.exp(offset + p.within * normal());
      if (family === 'bimodal-samples' && uniform() < p.upperShare) v *= 1.06;
      if (family === 'heavy-tails' && uniform() < 0.02) v *= 1 + 0.02 * (1 - uniform()) ** (-1 / 1.5);
      return v;
    });
    const value = values.reduce((a, b) => a + b, 0) / values.length;
    return { value, ...(samples > 1 ? { samples: values } : {}), level, outlierRun };
  };
  const varianceChange = family === 'changing-variance' ? { varianceChange: { at: p.switchAt, grows: p.after > p.before } } : {};
  return { family, samples, run, fork: (next) => build(family, samples, p, next), ...varianceChange };
}
