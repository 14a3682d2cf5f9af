import type { Judgement, Thresholds } from './decide.ts';
import type { Better, Measurement } from './model.ts';
import { checkThresholds, compileOverrides, type Overrides } from './overrides.ts';
import { betterFromUnit } from './units.ts';

/** The inputs the policy is made of (as readInputs gives them). */
export interface PolicyInputs {
  minorThreshold: number;
  majorThreshold: number;
  criticalThreshold: number;
  overrides: Overrides | undefined;
  alpha: number;
  minSamples: number;
  minHistory: number;
  sampleTest: 'mann-whitney' | 'welch';
}

/** How every benchmark of this run is judged: the global thresholds, and each benchmark's judgement. */
export interface Policy {
  thresholds: Thresholds;
  judgementFor(m: Measurement): Judgement;
}

/**
 * Which way is better for a benchmark, decided here and only here: an override in the `overrides` input
 * wins, then what the tool or format says (customBiggerIsBetter, a rate counter, BMF's throughput), then
 * the unit (a rate is better bigger, anything else smaller).
 */
export function betterOf(m: Pick<Measurement, 'better' | 'unit'>, override?: Better): Better {
  return override ?? m.better ?? betterFromUnit(m.unit);
}

export function policyFrom(given: PolicyInputs): Policy {
  const thresholds = { minor: given.minorThreshold, major: given.majorThreshold, critical: given.criticalThreshold };
  checkThresholds(thresholds, "Inputs 'minor-threshold', 'major-threshold' and 'critical-threshold'");
  const settingsFor = compileOverrides(given.overrides, thresholds);
  return {
    thresholds,
    judgementFor(m) {
      const settings = settingsFor(m.name);
      return {
        thresholds: settings.thresholds,
        better: betterOf(m, settings.better),
        alpha: given.alpha,
        minSamples: given.minSamples,
        minHistory: given.minHistory,
        sampleTest: given.sampleTest,
        ignore: settings.ignore,
      };
    },
  };
}
