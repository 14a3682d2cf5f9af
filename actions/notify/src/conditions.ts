import type { Results } from './results/results.ts';

export const ON_CONDITIONS = ['always', 'success', 'failure', 'change', 'gate-failed', 'regression'] as const;
export type OnCondition = (typeof ON_CONDITIONS)[number];
export const STATUSES = ['success', 'failure', 'cancelled', 'partial'] as const;
export type RunStatus = (typeof STATUSES)[number];

export interface Facts {
  status: RunStatus;
  results: Results;
  /** The conclusion of the previous completed run of this workflow on the branch; null when there is none. */
  previousConclusion?: string | null;
}

/** Whether a channel with this condition gets the message; the reason is what the summary says when not. */
export function shouldSend(on: OnCondition, facts: Facts): { send: boolean; reason: string } {
  switch (on) {
    case 'always':
      return { send: true, reason: 'always' };
    case 'success':
      return { send: facts.status === 'success', reason: `the status is ${facts.status}` };
    case 'failure':
      return { send: facts.status !== 'success', reason: `the status is ${facts.status}` };
    case 'gate-failed': {
      const failed = facts.results.gates.some((g) => !g.passed);
      return {
        send: failed,
        reason: facts.results.gates.length === 0 ? 'no quality-gate report was given' : `the quality gate ${failed ? 'failed' : 'passed'}`,
      };
    }
    case 'regression': {
      const regressed = facts.results.benchmarks.some((b) => b.regressions > 0 || b.status === 'fail');
      return {
        send: regressed,
        reason:
          facts.results.benchmarks.length === 0
            ? 'no benchmark result was given'
            : regressed
              ? 'a benchmark regressed'
              : 'no benchmark regressed',
      };
    }
    case 'change': {
      const previous = facts.previousConclusion;
      if (previous === undefined || previous === null) return { send: true, reason: 'there is no previous run to compare with' };
      const now = conclusionOf(facts.status);
      return { send: now !== previous, reason: `the previous run's conclusion was ${previous}, this one is ${now}` };
    }
  }
}

/** The status as GitHub names a run's conclusion. */
export function conclusionOf(status: RunStatus): string {
  return status === 'partial' ? 'failure' : status;
}
