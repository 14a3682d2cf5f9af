import { readFileSync } from 'node:fs';

/** The webhook payload of the run (GITHUB_EVENT_PATH), or {} outside a runner. */
export function eventPayload(): Record<string, unknown> {
  const file = process.env.GITHUB_EVENT_PATH;
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

export function isPullRequest(): boolean {
  return PULL_REQUEST_EVENTS.includes(process.env.GITHUB_EVENT_NAME ?? '');
}

/** The pull request number of a pull_request(_target) run, or undefined. */
export function pullRequestNumber(): number | undefined {
  const pr = eventPayload().pull_request as { number?: number } | undefined;
  return typeof pr?.number === 'number' ? pr.number : undefined;
}

/** The branch the run is about: the PR's head branch, or the pushed branch. */
export function currentBranch(): string {
  return (isPullRequest() ? process.env.GITHUB_HEAD_REF : process.env.GITHUB_REF_NAME) || 'unknown';
}

/** The branch a pull request merges into; undefined outside pull requests. */
export function baseBranch(): string | undefined {
  return isPullRequest() ? process.env.GITHUB_BASE_REF || undefined : undefined;
}

/** The commit a check run or status belongs to: a PR's head commit, else GITHUB_SHA. */
export function headSha(): string {
  const pr = eventPayload().pull_request as { head?: { sha?: string } } | undefined;
  return pr?.head?.sha ?? process.env.GITHUB_SHA ?? '';
}
