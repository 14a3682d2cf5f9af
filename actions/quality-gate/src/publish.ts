import * as core from '@actions/core';
import { errorMessage } from '@archway/kit';
import type { CheckAnnotation } from '@archway/kit/check-run';
import type { GitHubClient } from '@archway/kit/github';
import type { Evidence } from './gate.ts';
import { type Severity, sortFindings } from './security/sarif.ts';
import type { TestProblem } from './tests/model.ts';

/** Annotations on one check run; GitHub takes 50 per request, so this is at most 10 requests. */
export const MAX_ANNOTATIONS = 500;

const SEVERITY_LEVEL: Record<Severity, CheckAnnotation['annotation_level']> = {
  critical: 'failure',
  high: 'failure',
  medium: 'warning',
  low: 'notice',
};

/** Failed tests, flaky tests and security findings that name a file, as check-run annotations. */
export function checkAnnotations(evidence: Evidence): CheckAnnotation[] {
  const annotations: CheckAnnotation[] = [];
  const test = (t: TestProblem, level: CheckAnnotation['annotation_level'], title: string) => {
    if (!t.file) return;
    annotations.push({
      path: t.file,
      start_line: t.line ?? 1,
      end_line: t.line ?? 1,
      annotation_level: level,
      title: `${title}: ${t.name}`,
      message: t.message,
      ...(t.details ? { raw_details: t.details } : {}),
    });
  };
  for (const t of evidence.tests?.failures ?? []) test(t, 'failure', 'Failed test');
  for (const t of evidence.tests?.flakyTests ?? []) test(t, 'warning', `Flaky test (${t.attempts} attempts)`);
  for (const f of sortFindings([...(evidence.security?.findings ?? [])])) {
    if (!f.file) continue;
    annotations.push({
      path: f.file,
      start_line: f.line ?? 1,
      end_line: f.endLine ?? f.line ?? 1,
      annotation_level: SEVERITY_LEVEL[f.severity],
      title: `${f.severity} ${f.tool} finding: ${f.ruleId}`,
      message: f.message,
    });
  }
  return annotations.slice(0, MAX_ANNOTATIONS);
}

export interface PublishOptions {
  token: string;
  checkName: string;
  comment: boolean;
  /** Conclusion of the check: failure when the step fails, neutral for warnings, else success. */
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  markdown: string;
  /** What the reports said, with the full lists, for annotations. */
  evidence: Evidence;
}

/**
 * The GitHub side: a check run with annotations and, on pull requests, one comment updated in place.
 * A token that may not write (a fork's pull request) turns each write into a warning; the gate's verdict
 * never depends on these calls.
 */
export async function publish(options: PublishOptions): Promise<{ checkRunUrl?: string; commented?: 'created' | 'updated' }> {
  const [{ createGitHubClient, currentRepository, isPermissionError }, context] = await Promise.all([
    import('@archway/kit/github'),
    import('@archway/kit/context'),
  ]);
  const result: { checkRunUrl?: string; commented?: 'created' | 'updated' } = {};
  if (fromFork(context.eventPayload())) {
    core.warning(
      "This pull request comes from a fork, whose workflows get a read-only token: no check run or comment is written. The gate's verdict stands; the report is in the job summary.",
    );
    return result;
  }
  const client = createGitHubClient({ token: options.token });
  const { owner, repo } = currentRepository();

  let readOnly = false;
  const attempt = async (what: string, write: (client: GitHubClient) => Promise<void>) => {
    if (readOnly) {
      core.warning(`Did not ${what}: the token may not write here.`);
      return;
    }
    try {
      await write(client);
    } catch (error) {
      const reason = errorMessage(error).split('\n')[0];
      readOnly = isPermissionError(error);
      if (readOnly) core.warning(`Could not ${what}: the token may not write here (${reason}); the gate's verdict stands.`);
      else core.warning(`Could not ${what}: ${reason}`);
    }
  };

  if (options.checkName) {
    await attempt('create the check run', async (c) => {
      const { publishCheckRun } = await import('@archway/kit/check-run');
      const run = await publishCheckRun(c, {
        owner,
        repo,
        headSha: context.headSha(),
        name: options.checkName,
        conclusion: options.conclusion,
        title: options.title,
        summary: options.markdown,
        annotations: checkAnnotations(options.evidence),
      });
      result.checkRunUrl = run.url;
      core.info(`Check run '${options.checkName}': ${run.url || run.id}`);
    });
  }
  const pr = context.pullRequestNumber();
  if (options.comment && pr !== undefined) {
    await attempt(`comment on pull request #${pr}`, async (c) => {
      const { upsertPrComment } = await import('@archway/kit/pr-comment');
      const marker = `quality-gate/${options.checkName || 'default'}`;
      const comment = await upsertPrComment(c, { owner, repo, issueNumber: pr, marker, body: options.markdown });
      result.commented = comment.action;
      core.info(`Pull request comment ${comment.action} (#${comment.id}).`);
    });
  } else if (options.comment) {
    core.info('comment: this run is not for a pull request; no comment written.');
  }
  return result;
}

/** A pull_request run from a fork: GitHub hands its workflow a read-only token (pull_request_target aside). */
function fromFork(event: Record<string, unknown>): boolean {
  if (process.env.GITHUB_EVENT_NAME !== 'pull_request') return false;
  const pr = event.pull_request as { head?: { repo?: { full_name?: string } }; base?: { repo?: { full_name?: string } } } | undefined;
  const head = pr?.head?.repo?.full_name;
  return Boolean(head && pr?.base?.repo?.full_name && head !== pr.base.repo.full_name);
}
