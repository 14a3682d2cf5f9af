import { notFound, unprocessable, validationFailed } from '../errors.ts';
import { type Context, fields, type Handlers, page } from '../handler.ts';
import { nodeId, timestamp } from '../links.ts';
import type { CommitStatus } from '../state.ts';

function renderStatus(context: Context, status: CommitStatus) {
  const actor = context.links.actor();
  return {
    url: `${context.links.api}/statuses/${status.sha}`,
    avatar_url: actor.avatar_url,
    id: status.id,
    node_id: nodeId('S', status.id),
    state: status.state,
    description: status.description,
    target_url: status.target_url,
    context: status.context,
    created_at: status.created_at,
    updated_at: status.updated_at,
    creator: actor,
  };
}

/** Newest first, as GitHub lists them. */
function statusesFor(context: Context, ref: string): { sha: string; statuses: CommitStatus[] } {
  const commit = context.state.resolveCommit(ref);
  if (!commit) throw notFound();
  return { sha: commit.sha, statuses: context.state.statuses.filter((s) => s.sha === commit.sha).reverse() };
}

export const statusHandlers: Handlers = {
  'repos/create-commit-status'(context) {
    const { state } = context;
    const sha = context.params.sha as string;
    const commit = state.resolveCommit(sha);
    if (!commit) throw unprocessable(`No commit found for SHA: ${sha}`);
    const body = fields(context) as {
      state: CommitStatus['state'];
      target_url?: string | null;
      description?: string | null;
      context?: string;
    };
    if (body.description && body.description.length > 140) {
      throw validationFailed('Status', 'description', 'custom', 'description is too long (maximum is 140 characters)');
    }
    const now = timestamp();
    const status: CommitStatus = {
      id: state.nextId(),
      sha: commit.sha,
      state: body.state,
      target_url: body.target_url ?? null,
      description: body.description ?? null,
      context: body.context ?? 'default',
      created_at: now,
      updated_at: now,
    };
    state.statuses.push(status);
    return { status: 201, body: renderStatus(context, status) };
  },

  'repos/list-commit-statuses-for-ref'(context) {
    const { statuses } = statusesFor(context, context.params.ref as string);
    return page(context, statuses, (status) => renderStatus(context, status));
  },

  'repos/get-combined-status-for-ref'(context) {
    const { sha, statuses } = statusesFor(context, context.params.ref as string);
    const latest = new Map<string, CommitStatus>();
    for (const status of statuses) if (!latest.has(status.context)) latest.set(status.context, status);
    const states = [...latest.values()].map((s) => s.state);
    const combined = states.some((s) => s === 'error' || s === 'failure')
      ? 'failure'
      : states.length === 0 || states.includes('pending')
        ? 'pending'
        : 'success';
    const rendered = [...latest.values()].map((status) => {
      const { creator: _, ...simple } = renderStatus(context, status);
      return simple;
    });
    return {
      status: 200,
      body: {
        state: combined,
        statuses: rendered,
        sha,
        total_count: rendered.length,
        repository: context.links.repository(context.state.id),
        commit_url: `${context.links.api}/commits/${sha}`,
        url: `${context.links.api}/commits/${sha}/status`,
      },
    };
  },
};
