import type { Judgement } from './decide.ts';

/** Seeded randomness for deterministic tests (mulberry32 + Box-Muller). */
export function seeded(seed: number): { uniform: () => number; normal: () => number } {
  let a = seed >>> 0;
  const uniform = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
  return { uniform, normal };
}

/** The action's default decision settings (its action.yml defaults), as the tests and benchmarks judge with. */
export const defaultJudgement: Judgement = {
  thresholds: { minor: 5, major: 10, critical: 25 },
  better: 'smaller',
  alpha: 0.01,
  minSamples: 5,
  minHistory: 5,
  sampleTest: 'mann-whitney',
  ignore: false,
};
