import * as context from '@archway/kit/context';

/** What this run is, as far as the history is concerned. */
export interface ThisRun {
  workspace: string;
  pullRequest: boolean;
  pullRequestNumber?: number;
  branch: string;
  /** The commit measured ('' outside a checkout). */
  commit: string;
  runId?: string;
  /** Whose history is the baseline, most wanted first: a PR's base; else this branch, then the default. */
  baselineCandidates: string[];
  /** The branches holding the project's code: the checked-out one, the default one (and a PR's base). */
  codeBranches: string[];
}

export function thisRun(): ThisRun {
  const pullRequest = context.isPullRequest();
  const branch = context.currentBranch();
  const defaultBranch = (context.eventPayload().repository as { default_branch?: string } | undefined)?.default_branch ?? 'main';
  const base = context.baseBranch();
  const pullRequestNumber = context.pullRequestNumber();
  return {
    workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    pullRequest,
    ...(pullRequestNumber === undefined ? {} : { pullRequestNumber }),
    branch,
    commit: context.headSha(),
    ...(process.env.GITHUB_RUN_ID ? { runId: process.env.GITHUB_RUN_ID } : {}),
    baselineCandidates: pullRequest ? [base ?? defaultBranch] : [...new Set([branch, defaultBranch])],
    codeBranches: [...new Set([branch, defaultBranch, ...(base ? [base] : [])])],
  };
}
