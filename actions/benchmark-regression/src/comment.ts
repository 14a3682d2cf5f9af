import * as core from '@actions/core';
import { errorMessage } from '@archway/kit';

/**
 * Post (or update in place) the report as the pull request's comment for this suite. A comment is a
 * courtesy, not the verdict: any failure (a read-only token from a fork, the API unreachable) is a
 * warning, as quality-gate does.
 */
export async function commentOnPullRequest(token: string, suite: string, issueNumber: number, body: string): Promise<void> {
  if (!token) {
    core.warning("No 'token': the pull request comment is skipped.");
    return;
  }
  const { createGitHubClient, currentRepository, isPermissionError } = await import('@archway/kit/github');
  const { upsertPrComment } = await import('@archway/kit/pr-comment');
  try {
    const client = createGitHubClient({ token });
    const done = await upsertPrComment(client, { ...currentRepository(), issueNumber, marker: `benchmark-regression/${suite}`, body });
    core.info(`Pull request comment ${done.action} (${done.id}).`);
  } catch (error) {
    const why = isPermissionError(error) ? ' (a read-only token, e.g. from a fork)' : '';
    core.warning(`Could not comment on the pull request${why}: ${errorMessage(error)}`);
  }
}
