import * as core from '@actions/core';
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

const ArchwayOctokit = Octokit.plugin(restEndpointMethods, paginateRest, retry, throttling);
export type GitHubClient = InstanceType<typeof ArchwayOctokit>;

export interface GitHubOptions {
  token: string;
  /** GITHUB_API_URL on the runner (GHES or a local test server); api.github.com otherwise. */
  baseUrl?: string;
  /** Retries for 5xx and for rate limits; kept small so a broken API fails a step in reasonable time. */
  retries?: number;
}

/**
 * Octokit with the retry and throttling plugins, as every GitHub call in archway goes. Import this module
 * lazily (`await import('@archway/kit/github')`) so actions that do not call GitHub start fast.
 */
export function createGitHubClient(options: GitHubOptions): GitHubClient {
  core.setSecret(options.token);
  const retries = options.retries ?? 3;
  return new ArchwayOctokit({
    auth: options.token,
    baseUrl: options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
    userAgent: 'archway',
    // 403 and 429 are rate limits when they are retryable at all, and the throttling plugin owns those;
    // a 403 otherwise means "not allowed" (a fork's read-only token) and retrying it only wastes time.
    retry: { retries, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
    throttle: {
      onRateLimit: (retryAfter, opts, _octokit, retryCount) => {
        core.warning(`GitHub rate limit hit for ${opts.method} ${opts.url}; retrying after ${retryAfter}s`);
        return retryCount < retries;
      },
      onSecondaryRateLimit: (retryAfter, opts, _octokit, retryCount) => {
        core.warning(`GitHub secondary rate limit for ${opts.method} ${opts.url}; retrying after ${retryAfter}s`);
        return retryCount < retries;
      },
    },
  });
}

/** owner/repo of the workflow run. */
export function currentRepository(): { owner: string; repo: string } {
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) throw new Error('GITHUB_REPOSITORY is not set (owner/repo)');
  return { owner, repo };
}

/** A 403/404 on a write with a read-only token (fork pull requests) is not the gate's failure. */
export function isPermissionError(error: unknown): boolean {
  const status = (error as { status?: number }).status;
  return status === 403 || status === 404;
}
