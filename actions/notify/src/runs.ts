import * as core from '@actions/core';
import { errorMessage } from '@archway/kit';
import type { GitHubClient } from '@archway/kit/github';

export interface RunFacts {
  durationSeconds: number | null;
  /** undefined: not asked; null: no earlier completed run of this workflow on the branch. */
  previousConclusion?: string | null;
}

/**
 * From the Actions API: when this run started (for the duration) and, for `on: change`, the conclusion of
 * the newest earlier completed run of the same workflow on the same branch.
 */
export async function readRunFacts(client: GitHubClient, branch: string, wantPrevious: boolean): Promise<RunFacts> {
  const { currentRepository } = await import('@archway/kit/github');
  const repo = currentRepository();
  const runId = Number(process.env.GITHUB_RUN_ID);
  const facts: RunFacts = { durationSeconds: null };
  let workflowId: number | undefined;
  try {
    const { data: run } = await client.rest.actions.getWorkflowRun({ ...repo, run_id: runId });
    workflowId = run.workflow_id;
    const started = Date.parse(run.run_started_at ?? run.created_at);
    if (Number.isFinite(started)) facts.durationSeconds = Math.max(0, Math.round((Date.now() - started) / 1000));
  } catch (error) {
    core.info(`The run's start time is not available (${errorMessage(error)}); the message has no duration.`);
  }
  if (!wantPrevious) return facts;
  if (workflowId === undefined) {
    core.warning(
      'on: change could not read this run from the Actions API (the token needs actions: read); sending as if nothing were known',
    );
    facts.previousConclusion = null;
    return facts;
  }
  try {
    const { data } = await client.rest.actions.listWorkflowRuns({
      ...repo,
      workflow_id: workflowId,
      branch,
      status: 'completed',
      per_page: 20,
    });
    const previous = data.workflow_runs.find(
      (r) => r.id !== runId && r.run_number <= Number(process.env.GITHUB_RUN_NUMBER ?? Number.MAX_SAFE_INTEGER),
    );
    facts.previousConclusion = previous?.conclusion ?? null;
  } catch (error) {
    core.warning(`on: change could not list the earlier runs (${errorMessage(error)}); sending as if nothing were known`);
    facts.previousConclusion = null;
  }
  return facts;
}
