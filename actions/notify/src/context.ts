import { currentBranch, eventPayload, headSha } from '@archway/kit/context';

/** Who, what and where of the run, from the runner's environment and the event payload. */
export interface RunContext {
  repository: string;
  repositoryUrl: string;
  workflow: string;
  job: string;
  runId: string;
  runNumber: string;
  runAttempt: string;
  runUrl: string;
  event: string;
  ref: string;
  branch: string;
  commit: string;
  shortCommit: string;
  commitUrl: string;
  actor: string;
  pr: { number: number; title: string; url: string } | null;
  /** Seconds since the run started, when the Actions API told. */
  durationSeconds: number | null;
}

export function runContext(): RunContext {
  const env = process.env;
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const repository = env.GITHUB_REPOSITORY ?? '';
  const repositoryUrl = `${server}/${repository}`;
  const runId = env.GITHUB_RUN_ID ?? '';
  const runAttempt = env.GITHUB_RUN_ATTEMPT ?? '1';
  const commit = headSha();
  const pull = eventPayload().pull_request as { number?: number; title?: string; html_url?: string } | undefined;
  return {
    repository,
    repositoryUrl,
    workflow: env.GITHUB_WORKFLOW ?? '',
    job: env.GITHUB_JOB ?? '',
    runId,
    runNumber: env.GITHUB_RUN_NUMBER ?? '',
    runAttempt,
    runUrl: `${repositoryUrl}/actions/runs/${runId}${runAttempt !== '1' ? `/attempts/${runAttempt}` : ''}`,
    event: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF ?? '',
    branch: currentBranch(),
    commit,
    shortCommit: commit.slice(0, 7),
    commitUrl: `${repositoryUrl}/commit/${commit}`,
    actor: env.GITHUB_ACTOR ?? '',
    pr:
      typeof pull?.number === 'number'
        ? { number: pull.number, title: pull.title ?? '', url: pull.html_url ?? `${repositoryUrl}/pull/${pull.number}` }
        : null,
    durationSeconds: null,
  };
}

/** "4m 05s", "1h 02m", "12s". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}
