import { notFound } from '../errors.ts';
import { type Context, type Handlers, page } from '../handler.ts';
import { nodeId } from '../links.ts';
import type { RepositoryState } from '../state.ts';

/** A workflow run as the fake remembers it; a test seeds earlier runs with `seedWorkflowRun`. */
export interface WorkflowRun {
  id: number;
  workflow_id: number;
  /** The workflow's file, e.g. .github/workflows/ci.yml. */
  path: string;
  name: string;
  head_branch: string;
  head_sha: string;
  run_number: number;
  run_attempt: number;
  event: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: 'success' | 'failure' | 'cancelled' | 'skipped' | 'timed_out' | 'neutral' | null;
  created_at: string;
  run_started_at: string;
  updated_at: string;
}

const runsOf = new WeakMap<RepositoryState, WorkflowRun[]>();

function runs(state: RepositoryState): WorkflowRun[] {
  let list = runsOf.get(state);
  if (!list) {
    list = [];
    runsOf.set(state, list);
  }
  return list;
}

/** Add a run to the fake's repository (the current one, or earlier runs for `on: change`). */
export function seedWorkflowRun(state: RepositoryState, run: Partial<WorkflowRun> & Pick<WorkflowRun, 'id' | 'run_number'>): WorkflowRun {
  const now = new Date().toISOString();
  const full: WorkflowRun = {
    workflow_id: 161335,
    path: '.github/workflows/ci.yml',
    name: 'ci',
    head_branch: 'main',
    head_sha: '0123456789abcdef0123456789abcdef01234567',
    run_attempt: 1,
    event: 'push',
    status: 'completed',
    conclusion: 'success',
    created_at: now,
    run_started_at: now,
    updated_at: now,
    ...run,
  };
  runs(state).push(full);
  return full;
}

function render(context: Context, run: WorkflowRun) {
  const { links } = context;
  const api = `${links.api}/actions/runs/${run.id}`;
  const repository = links.repository(context.state.id);
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId('WFR', run.id),
    check_suite_id: run.id + 1,
    check_suite_node_id: nodeId('CS', run.id + 1),
    head_branch: run.head_branch,
    head_sha: run.head_sha,
    path: run.path,
    display_title: run.name,
    run_number: run.run_number,
    run_attempt: run.run_attempt,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: run.workflow_id,
    url: api,
    html_url: `${links.html}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: run.created_at,
    updated_at: run.updated_at,
    run_started_at: run.run_started_at,
    actor: links.actor(),
    triggering_actor: links.actor(),
    jobs_url: `${api}/jobs`,
    logs_url: `${api}/logs`,
    check_suite_url: `${links.api}/check-suites/${run.id + 1}`,
    artifacts_url: `${api}/artifacts`,
    cancel_url: `${api}/cancel`,
    rerun_url: `${api}/rerun`,
    previous_attempt_url: null,
    workflow_url: `${links.api}/actions/workflows/${run.workflow_id}`,
    head_commit: {
      id: run.head_sha,
      tree_id: run.head_sha,
      message: 'commit',
      timestamp: run.created_at,
      author: { name: 'octocat', email: 'octocat@github.com' },
      committer: { name: 'octocat', email: 'octocat@github.com' },
    },
    repository,
    head_repository: repository,
  };
}

/** Newest first, as GitHub lists runs; filtered like the API's branch, status (or conclusion) and event. */
function filtered(context: Context, list: WorkflowRun[]): WorkflowRun[] {
  const { branch, status, event } = context.query as { branch?: string; status?: string; event?: string };
  return list
    .filter((r) => !branch || r.head_branch === branch)
    .filter((r) => !event || r.event === event)
    .filter((r) => !status || r.status === status || r.conclusion === status)
    .sort((a, b) => b.id - a.id);
}

/** Workflow runs: get one, list a workflow's (by id or file name) and the repository's. */
export const actionsHandlers: Handlers = {
  'actions/get-workflow-run'(context) {
    const run = runs(context.state).find((r) => r.id === Number(context.params.run_id));
    if (!run) throw notFound();
    return { status: 200, body: render(context, run) };
  },

  'actions/list-workflow-runs'(context) {
    const workflow = context.params.workflow_id as string;
    const ofWorkflow = runs(context.state).filter((r) => String(r.workflow_id) === workflow || r.path.split('/').pop() === workflow);
    const list = filtered(context, ofWorkflow);
    const reply = page(context, list, (run) => render(context, run));
    return { ...reply, body: { total_count: list.length, workflow_runs: reply.body } };
  },

  'actions/list-workflow-runs-for-repo'(context) {
    const list = filtered(context, runs(context.state));
    const reply = page(context, list, (run) => render(context, run));
    return { ...reply, body: { total_count: list.length, workflow_runs: reply.body } };
  },
};
