import * as core from '@actions/core';
import { restoreJson, saveJson } from '@archway/kit/cache-store';
import { baseBranch, currentBranch, isPullRequest } from '@archway/kit/context';
import type { CoverageResults } from './model.ts';

/** Coverage totals stored for a branch, to compare later runs with. `ref` is the branch they belong to. */
export interface Baseline {
  format: 'archway.quality-gate.coverage/v1';
  ref: string;
  commit?: string;
  line?: number;
  branch?: number;
}

/** One store per gate (its check name), so two gates in a workflow keep separate baselines. */
export function baselineNamespace(gateName: string): string {
  return `coverage-${
    gateName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'default'
  }`;
}

/**
 * The baseline to compare with: on a pull request its base branch's latest metrics, on a push the latest
 * of the same branch (the previous run). Stored data only ever helps: any failure leaves no baseline.
 */
export async function restoreBaseline(namespace: string): Promise<Baseline | undefined> {
  const ref = isPullRequest() ? baseBranch() : currentBranch();
  if (!ref || ref === 'unknown') return undefined;
  const restored = await restoreJson<Baseline>(namespace, [ref]);
  if (restored?.value?.format !== 'archway.quality-gate.coverage/v1') {
    core.info(`No coverage baseline stored for ${ref} yet.`);
    return undefined;
  }
  core.info(`Coverage baseline from ${ref}${restored.value.commit ? ` at ${restored.value.commit.slice(0, 12)}` : ''} (${restored.key}).`);
  return restored.value;
}

/** Store this run's totals for its branch. Pull requests do not store: their metrics are not a base for anyone. */
export async function saveBaseline(namespace: string, coverage: CoverageResults): Promise<string | undefined> {
  const ref = currentBranch();
  if (isPullRequest() || ref === 'unknown') return undefined;
  const baseline: Baseline = {
    format: 'archway.quality-gate.coverage/v1',
    ref,
    ...(process.env.GITHUB_SHA ? { commit: process.env.GITHUB_SHA } : {}),
    ...(coverage.line.pct !== undefined ? { line: coverage.line.pct } : {}),
    ...(coverage.branch.pct !== undefined ? { branch: coverage.branch.pct } : {}),
  };
  const key = await saveJson(namespace, ref, baseline);
  if (key) core.info(`Stored coverage baseline for ${ref} (${key}).`);
  return key;
}
