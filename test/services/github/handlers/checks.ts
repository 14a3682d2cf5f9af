import { notFound, unprocessable, validationFailed } from '../errors.ts';
import { type Context, fields, type Handlers, page } from '../handler.ts';
import { nodeId, timestamp } from '../links.ts';
import type { CheckAnnotation, CheckRun } from '../state.ts';

/** GitHub takes at most 50 annotations per create or update request; more go in further updates. */
export const ANNOTATIONS_PER_REQUEST = 50;

function renderCheckRun(context: Context, run: CheckRun) {
  const { links } = context;
  return {
    id: run.id,
    head_sha: run.head_sha,
    node_id: nodeId('CR', run.id),
    external_id: run.external_id ?? '',
    url: `${links.api}/check-runs/${run.id}`,
    html_url: `${links.html}/runs/${run.id}`,
    details_url: run.details_url ?? links.app().html_url,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.started_at,
    completed_at: run.completed_at,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.annotations.length,
      annotations_url: `${links.api}/check-runs/${run.id}/annotations`,
    },
    name: run.name,
    check_suite: { id: run.id + 500_000 },
    app: links.app(),
    pull_requests: [],
  };
}

function renderAnnotation(context: Context, run: CheckRun, annotation: CheckAnnotation) {
  return {
    path: annotation.path,
    blob_href: `${context.links.html}/blob/${run.head_sha}/${annotation.path}`,
    start_line: annotation.start_line,
    end_line: annotation.end_line,
    start_column: annotation.start_column ?? null,
    end_column: annotation.end_column ?? null,
    annotation_level: annotation.annotation_level,
    title: annotation.title ?? null,
    message: annotation.message,
    raw_details: annotation.raw_details ?? null,
  };
}

interface Output {
  title?: string;
  summary?: string;
  text?: string;
  annotations?: CheckAnnotation[];
  images?: unknown[];
}

/** Checks GitHub makes beyond the schema: the annotation limit, columns only within one line. */
function checkedAnnotations(output: Output | undefined): CheckAnnotation[] {
  const annotations = output?.annotations ?? [];
  if (annotations.length > ANNOTATIONS_PER_REQUEST) {
    throw validationFailed('CheckRun', 'annotations', 'too_long', `Only ${ANNOTATIONS_PER_REQUEST} annotations are allowed per request`);
  }
  for (const a of annotations) {
    if (a.end_line < a.start_line) throw validationFailed('CheckRun', 'annotations', 'invalid', 'end_line must not be before start_line');
    if ((a.start_column !== undefined || a.end_column !== undefined) && a.start_line !== a.end_line) {
      throw validationFailed(
        'CheckRun',
        'annotations',
        'invalid',
        'start_column and end_column are only allowed when start_line equals end_line',
      );
    }
  }
  return annotations;
}

/** Apply status/conclusion/times as GitHub does: a conclusion completes the run; completed needs one. */
function applyLifecycle(run: CheckRun, body: Record<string, unknown>): void {
  if (body.status !== undefined) run.status = body.status as string;
  if (body.conclusion !== undefined) {
    run.conclusion = body.conclusion as string;
    run.status = 'completed';
  }
  if (body.started_at !== undefined) run.started_at = body.started_at as string;
  if (body.completed_at !== undefined) {
    run.completed_at = body.completed_at as string;
    run.status = 'completed';
  }
  if (run.status === 'completed') {
    if (!run.conclusion) throw unprocessable('Invalid request.\n\nconclusion must be set when the check run is completed.');
    run.completed_at ??= timestamp();
  }
}

function findRun(context: Context): CheckRun {
  const run = context.state.checkRuns.find((r) => r.id === Number(context.params.check_run_id));
  if (!run) throw notFound();
  return run;
}

export const checkHandlers: Handlers = {
  'checks/create'(context) {
    const { state } = context;
    const body = fields(context);
    const commit = state.resolveCommit(body.head_sha as string);
    if (!commit || commit.sha !== body.head_sha) throw unprocessable(`No commit found for SHA: ${body.head_sha}`);
    const output = body.output as Output | undefined;
    const annotations = checkedAnnotations(output);
    const run: CheckRun = {
      id: state.nextId(),
      name: body.name as string,
      head_sha: commit.sha,
      status: 'queued',
      conclusion: null,
      details_url: (body.details_url as string | undefined) ?? null,
      external_id: (body.external_id as string | undefined) ?? null,
      started_at: timestamp(),
      completed_at: null,
      output: { title: output?.title ?? null, summary: output?.summary ?? null, text: output?.text ?? null, images: output?.images },
      actions: body.actions as unknown[] | undefined,
      annotations: [...annotations],
    };
    applyLifecycle(run, body);
    state.checkRuns.push(run);
    return { status: 201, body: renderCheckRun(context, run) };
  },

  'checks/update'(context) {
    const run = findRun(context);
    const body = fields(context);
    const output = body.output as Output | undefined;
    const annotations = checkedAnnotations(output);
    const updated: CheckRun = structuredClone(run);
    if (body.name !== undefined) updated.name = body.name as string;
    if (body.details_url !== undefined) updated.details_url = body.details_url as string;
    if (body.external_id !== undefined) updated.external_id = body.external_id as string;
    if (output) {
      updated.output = {
        title: output.title ?? updated.output.title,
        summary: output.summary ?? updated.output.summary,
        text: output.text ?? updated.output.text,
        images: output.images ?? updated.output.images,
      };
    }
    applyLifecycle(updated, body);
    // Annotations accumulate across updates.
    updated.annotations.push(...annotations);
    Object.assign(run, updated);
    return { status: 200, body: renderCheckRun(context, run) };
  },

  'checks/get': (context) => ({ status: 200, body: renderCheckRun(context, findRun(context)) }),

  'checks/list-annotations'(context) {
    const run = findRun(context);
    return page(context, run.annotations, (annotation) => renderAnnotation(context, run, annotation));
  },

  'checks/list-for-ref'(context) {
    const commit = context.state.resolveCommit(context.params.ref as string);
    if (!commit) throw notFound();
    let runs = context.state.checkRuns.filter((r) => r.head_sha === commit.sha).reverse();
    if (context.query.check_name !== undefined) runs = runs.filter((r) => r.name === context.query.check_name);
    if (context.query.status !== undefined) runs = runs.filter((r) => r.status === context.query.status);
    if (context.query.filter !== 'all') runs = runs.filter((r, i) => runs.findIndex((o) => o.name === r.name) === i);
    const listed = page(context, runs, (run) => renderCheckRun(context, run));
    return { ...listed, body: { total_count: runs.length, check_runs: listed.body } };
  },
};
