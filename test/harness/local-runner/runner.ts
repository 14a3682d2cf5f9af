// The local workflow runner: a workflow read with GitHub's parser, its jobs run here in `needs` order the way
// the GitHub runner would run them (matrix, if:, outputs, reusable workflows, run: steps with the runner's
// shells and file commands, this repository's actions through the harness), with progress and a JSON result.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readActionYml } from '../action-yml.ts';
import { parseFileCommand, parsePathFile } from '../file-commands.ts';
import { runAction } from '../run-action.ts';
import { type HarnessAnnotation, parseWorkflowCommands } from '../workflow-commands.ts';
import { downloadArtifact, uploadArtifact } from './artifacts.ts';
import {
  type ExpressionScope,
  evaluateCondition,
  evaluateValue,
  evaluateValueMap,
  evaluateValueString,
  interpolate,
  type JsonValue,
} from './expressions.ts';
import { type Combination, expandMatrix, matrixJobName } from './matrix.ts';
import { type Doc, docJob, type LoadedWorkflow, loadWorkflow, type Step, type WorkflowJob, workflowCall } from './workflow.ts';

/** This repository: `./actions/<name>` and `<SELF_REPOSITORY>/actions/<name>@<ref>` run its committed bundles. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
export const SELF_REPOSITORY = 'archway-ci/archway';

export type JobResult = 'success' | 'failure' | 'cancelled' | 'skipped';
export type StepOutcome = 'success' | 'failure' | 'cancelled' | 'skipped';

export interface StepRecord {
  id: string;
  name: string;
  outcome: StepOutcome;
  conclusion: StepOutcome;
  exitCode: number | null;
  outputs: Record<string, string>;
  durationMs: number;
  /** The last lines of the step's output (stdout and stderr, as printed), secrets masked. */
  tail: string[];
  annotations: HarnessAnnotation[];
  error?: string;
}

export interface JobRecord {
  /** Unique key: the job id, `caller/callee-job` inside a reusable workflow, with the matrix leg index. */
  key: string;
  id: string;
  name: string;
  workflow: string;
  matrix?: Combination;
  result: JobResult;
  outputs: Record<string, string>;
  steps: StepRecord[];
  /** The step summaries of the job, merged. */
  summary: string;
  durationMs: number;
  error?: string;
}

export interface RunResult {
  workflow: string;
  result: 'success' | 'failure' | 'cancelled';
  durationMs: number;
  jobs: JobRecord[];
  /** The workflow's `on.workflow_call.outputs` when it is a reusable workflow. */
  outputs: Record<string, string>;
}

export interface RunWorkflowOptions {
  /** The workflow file. */
  workflow: string;
  /** The repository the workflow belongs to: `./.github/workflows/x.yml` resolves here. Default: found from the file. */
  root?: string;
  /** The example project actions/checkout puts into each job's workspace. */
  project?: string;
  eventName?: string;
  event?: Record<string, JsonValue>;
  /** Inputs of the workflow (workflow_call / workflow_dispatch). */
  inputs?: Record<string, string | number | boolean>;
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  /** Environment for every step (service URLs, GITHUB_API_URL...). */
  env?: Record<string, string>;
  /** Overrides of the github context (sha, ref, repository, token...). */
  github?: Record<string, JsonValue>;
  /** Jobs at once across the run. Default: the machine's parallelism. */
  maxParallel?: number;
  /** Progress lines; default to stderr; null for none. */
  log?: ((line: string) => void) | null;
  /** Keep the job directories (workspace, temp) for inspection. */
  keep?: boolean;
}

/** A workflow the local runner refuses before running anything (an action or feature only GitHub has). */
export class LocalRunnerError extends Error {}

const TAIL_LINES = 20;
const MAX_CALL_DEPTH = 10;

interface CallFrame {
  workflow: LoadedWorkflow;
  inputs: Record<string, JsonValue>;
  secrets: Record<string, string>;
  prefix: string;
  depth: number;
}

interface JobAggregate {
  result: JobResult;
  outputs: Record<string, string>;
}

function fmt(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)}ms` : `${(ms / 1000).toFixed(1)}s`;
}

class Semaphore {
  private active = 0;
  private readonly queue: (() => void)[] = [];
  constructor(private readonly limit: number) {}
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.queue.push(resolve));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.queue.shift()?.();
    }
  }
}

function findRoot(file: string): string {
  let dir = path.dirname(path.resolve(file));
  while (dir !== path.dirname(dir)) {
    if (path.basename(dir) === 'workflows' && path.basename(path.dirname(dir)) === '.github') return path.dirname(path.dirname(dir));
    dir = path.dirname(dir);
  }
  return path.dirname(path.resolve(file));
}

type UsesKind =
  | { kind: 'action'; dir: string }
  | { kind: 'checkout' }
  | { kind: 'upload-artifact' }
  | { kind: 'download-artifact' }
  | { kind: 'unsupported'; message: string };

/** What a step's `uses:` runs here. */
export function classifyUses(uses: string): UsesKind {
  const local = /^\.\/actions\/([A-Za-z0-9._-]+)\/?$/.exec(uses);
  const self = new RegExp(`^${SELF_REPOSITORY}/actions/([A-Za-z0-9._-]+)@.+$`).exec(uses);
  const name = local?.[1] ?? self?.[1];
  if (name && existsSync(path.join(REPO_ROOT, 'actions', name, 'action.yml')))
    return { kind: 'action', dir: path.join(REPO_ROOT, 'actions', name) };
  if (/^actions\/checkout@/.test(uses)) return { kind: 'checkout' };
  if (/^actions\/upload-artifact@/.test(uses)) return { kind: 'upload-artifact' };
  if (/^actions\/download-artifact@/.test(uses)) return { kind: 'download-artifact' };
  return {
    kind: 'unsupported',
    message: `uses: ${uses} is not available locally: the local runner runs this repository's actions (./actions/<name>, ${SELF_REPOSITORY}/actions/<name>@<ref>) and stand-ins for actions/checkout, upload-artifact and download-artifact only`,
  };
}

/** The reusable workflow file a job's `uses:` names, in the repository `root`. */
function calledWorkflowFile(uses: string, root: string): string {
  const local = /^\.\/(\.github\/workflows\/[^@]+\.ya?ml)$/.exec(uses);
  const self = new RegExp(`^${SELF_REPOSITORY}/(\\.github/workflows/[^@]+\\.ya?ml)@.+$`).exec(uses);
  const rel = local?.[1] ?? self?.[1];
  if (!rel)
    throw new LocalRunnerError(
      `uses: ${uses} is not available locally: only reusable workflows of this repository (./.github/workflows/<file>) can run here`,
    );
  return path.join(root, rel);
}

/** Load the workflow and every workflow it calls (validated by GitHub's parser), and refuse what cannot run here. */
async function loadAll(file: string, root: string, loaded: Map<string, LoadedWorkflow>, depth = 0): Promise<LoadedWorkflow> {
  const key = path.resolve(file);
  const known = loaded.get(key);
  if (known) return known;
  if (depth > MAX_CALL_DEPTH) throw new LocalRunnerError(`${file}: reusable workflows nest deeper than ${MAX_CALL_DEPTH} levels`);
  const workflow = await loadWorkflow(file, path.relative(root, key) || file);
  loaded.set(key, workflow);
  for (const job of workflow.template.jobs) {
    if (job.type === 'reusableWorkflowJob') {
      await loadAll(calledWorkflowFile(job.ref.value, root), root, loaded, depth + 1);
      continue;
    }
    for (const step of job.steps) {
      if (!('uses' in step)) continue;
      const kind = classifyUses(step.uses.value);
      if (kind.kind === 'unsupported') throw new LocalRunnerError(`${workflow.file}: job '${job.id.value}': ${kind.message}`);
    }
  }
  return workflow;
}

function coerceInput(type: string, value: JsonValue, name: string): JsonValue {
  if (type === 'boolean') {
    if (typeof value === 'boolean') return value;
    if (value === 'true' || value === 'false') return value === 'true';
    throw new Error(`input '${name}' must be a boolean, got ${JSON.stringify(value)}`);
  }
  if (type === 'number') {
    const n = typeof value === 'number' ? value : Number(value);
    if (value === '' || Number.isNaN(n)) throw new Error(`input '${name}' must be a number, got ${JSON.stringify(value)}`);
    return n;
  }
  return typeof value === 'string' ? value : String(value);
}

/** The `inputs` context of a called workflow: given values checked against `on.workflow_call.inputs`, defaults filled. */
function resolveInputs(
  workflow: LoadedWorkflow,
  given: Record<string, JsonValue>,
  scope: ExpressionScope,
): { inputs: Record<string, JsonValue>; errors: string[] } {
  const on = workflow.doc.on;
  const defs = (workflowCall(workflow)?.inputs ?? (on && typeof on === 'object' ? on.workflow_dispatch?.inputs : undefined)) as
    | Doc
    | undefined;
  const inputs: Record<string, JsonValue> = {};
  const errors: string[] = [];
  const declared = new Set<string>();
  if (defs) {
    for (const [name, specValue] of Object.entries(defs)) {
      declared.add(name);
      const spec = (specValue ?? {}) as Doc;
      const type = String(spec?.type ?? 'string');
      try {
        if (name in given) inputs[name] = coerceInput(type, given[name] ?? null, name);
        else if (spec?.required === true) errors.push(`input '${name}' is required by ${workflow.file} but was not given`);
        else {
          const raw = spec.default;
          const value = raw === undefined ? (type === 'boolean' ? false : type === 'number' ? 0 : '') : evaluateValue(raw, scope);
          inputs[name] = coerceInput(type, value ?? '', name);
        }
      } catch (error) {
        errors.push((error as Error).message);
      }
    }
  }
  for (const name of Object.keys(given)) if (!declared.has(name)) errors.push(`input '${name}' is not defined in ${workflow.file}`);
  return { inputs, errors };
}

function resolveSecrets(workflow: LoadedWorkflow, given: Record<string, string>): string[] {
  const defs = (workflowCall(workflow)?.secrets ?? {}) as Doc;
  const errors: string[] = [];
  for (const [name, spec] of Object.entries(defs)) {
    if ((spec as Doc | null)?.required === true && !given[name])
      errors.push(`secret '${name}' is required by ${workflow.file} but was not given`);
  }
  return errors;
}

export async function runWorkflow(options: RunWorkflowOptions): Promise<RunResult> {
  return new LocalRun(options).run();
}

class LocalRun {
  private readonly root: string;
  private readonly loaded = new Map<string, LoadedWorkflow>();
  private readonly records: JobRecord[] = [];
  private readonly slots: Semaphore;
  private readonly runDir: string;
  private readonly toolCache: string;
  private readonly github: Record<string, JsonValue>;
  private readonly secretValues: string[];
  private readonly started = performance.now();
  private cancelled = false;

  constructor(private readonly options: RunWorkflowOptions) {
    this.root = options.root ?? findRoot(options.workflow);
    this.slots = new Semaphore(Math.max(1, options.maxParallel ?? os.availableParallelism()));
    this.runDir = mkdtempSync(path.join(os.tmpdir(), 'archway-local-run-'));
    this.toolCache = path.join(this.runDir, 'tool-cache');
    mkdirSync(this.toolCache);
    const secrets = { GITHUB_TOKEN: 'local-runner-token', ...options.secrets };
    this.secretValues = Object.values(secrets).filter((s) => s.length > 0);
    this.github = {
      event_name: options.eventName ?? 'push',
      event: options.event ?? {},
      sha: '0123456789abcdef0123456789abcdef01234567',
      ref: 'refs/heads/main',
      ref_name: 'main',
      ref_type: 'branch',
      base_ref: '',
      head_ref: '',
      repository: 'archway-ci/example',
      repository_owner: 'archway-ci',
      actor: 'octocat',
      triggering_actor: 'octocat',
      run_id: '1000',
      run_number: '1',
      run_attempt: '1',
      retention_days: '90',
      server_url: 'https://github.com',
      api_url: 'https://api.github.com',
      graphql_url: 'https://api.github.com/graphql',
      token: secrets.GITHUB_TOKEN,
      action: '',
      ...options.github,
    };
  }

  private log(line: string): void {
    if (this.options.log === null) return;
    (this.options.log ?? ((l: string) => process.stderr.write(`${l}\n`)))(line);
  }

  private mask(text: string): string {
    let out = text;
    for (const secret of this.secretValues) out = out.split(secret).join('***');
    return out;
  }

  async run(): Promise<RunResult> {
    try {
      return await this.runAll();
    } finally {
      if (!this.options.keep) rmSync(this.runDir, { recursive: true, force: true });
    }
  }

  private async runAll(): Promise<RunResult> {
    const top = await loadAll(this.options.workflow, this.root, this.loaded);
    this.github.workflow = top.name;
    this.github.workflow_ref = `${this.github.repository}/${top.file}@${this.github.ref}`;
    const secrets = { GITHUB_TOKEN: String(this.github.token), ...this.options.secrets };
    const resolved = resolveInputs(top, this.options.inputs ?? {}, {
      contexts: { github: this.github, inputs: {}, vars: this.options.vars ?? {} },
    });
    const secretErrors = workflowCall(top) ? resolveSecrets(top, secrets) : [];
    if (resolved.errors.length + secretErrors.length > 0) throw new LocalRunnerError([...resolved.errors, ...secretErrors].join('\n'));
    this.log(`▶ workflow ${top.name} (${top.file})`);
    let outputs: Record<string, string> = {};
    const done = await this.runJobs({ workflow: top, inputs: resolved.inputs, secrets, prefix: '', depth: 0 });
    outputs = this.workflowOutputs(top, done, resolved.inputs);
    const results = this.records.map((r) => r.result);
    const result = this.cancelled ? 'cancelled' : results.includes('failure') || results.includes('cancelled') ? 'failure' : 'success';
    const durationMs = performance.now() - this.started;
    this.printSummary(top, result, durationMs);
    return { workflow: top.file, result, durationMs, jobs: this.records, outputs };
  }

  private printSummary(top: LoadedWorkflow, result: string, durationMs: number): void {
    const mark: Record<JobResult, string> = { success: '✓', failure: '✗', cancelled: '⊘', skipped: '-' };
    this.log('');
    this.log(`${result === 'success' ? '✓' : '✗'} workflow ${top.name}: ${result} in ${fmt(durationMs)}`);
    for (const job of this.records) this.log(`  ${mark[job.result]} ${job.name}: ${job.result} (${fmt(job.durationMs)})`);
    for (const job of this.records.filter((j) => j.summary.trim() !== '')) {
      this.log('');
      this.log(`── summary of ${job.name} ──`);
      for (const line of job.summary.trimEnd().split('\n')) this.log(line);
    }
  }

  private workflowOutputs(
    workflow: LoadedWorkflow,
    done: Map<string, JobAggregate>,
    inputs: Record<string, JsonValue>,
  ): Record<string, string> {
    const defs = (workflowCall(workflow)?.outputs ?? {}) as Doc;
    const out: Record<string, string> = {};
    const jobs = Object.fromEntries([...done].map(([id, agg]) => [id, { result: agg.result, outputs: agg.outputs }]));
    for (const [name, spec] of Object.entries(defs)) {
      out[name] = evaluateValueString((spec as Doc | null)?.value, {
        contexts: { github: this.github, inputs, vars: this.options.vars ?? {}, jobs },
      });
    }
    return out;
  }

  /** Every job of one workflow, each started when its needs are done. */
  private async runJobs(frame: CallFrame): Promise<Map<string, JobAggregate>> {
    const done = new Map<string, JobAggregate>();
    const promises = new Map<string, Promise<JobAggregate>>();
    const ancestors = new Map<string, Set<string>>();
    const byId = new Map(frame.workflow.template.jobs.map((j) => [j.id.value, j]));
    const ancestorsOf = (id: string): Set<string> => {
      const known = ancestors.get(id);
      if (known) return known;
      const set = new Set<string>();
      for (const need of byId.get(id)?.needs ?? []) {
        set.add(need.value);
        for (const a of ancestorsOf(need.value)) set.add(a);
      }
      ancestors.set(id, set);
      return set;
    };
    const start = (job: WorkflowJob): Promise<JobAggregate> => {
      const existing = promises.get(job.id.value);
      if (existing) return existing;
      const promise = (async () => {
        const needs: Record<string, JobAggregate> = {};
        for (const need of job.needs ?? []) {
          const needed = byId.get(need.value);
          if (needed) needs[need.value] = await start(needed);
        }
        const failedAncestor = [...ancestorsOf(job.id.value)].some((a) => done.get(a)?.result === 'failure');
        const agg = await this.runJob(frame, job, needs, failedAncestor);
        done.set(job.id.value, agg);
        return agg;
      })();
      promises.set(job.id.value, promise);
      return promise;
    };
    await Promise.all(frame.workflow.template.jobs.map(start));
    return done;
  }

  private baseContexts(frame: CallFrame, needs: Record<string, JobAggregate>): Record<string, JsonValue> {
    return {
      github: this.github,
      inputs: frame.inputs,
      vars: this.options.vars ?? {},
      secrets: frame.secrets,
      needs: Object.fromEntries(Object.entries(needs).map(([id, n]) => [id, { result: n.result, outputs: n.outputs }])),
    };
  }

  /** One job of the workflow: its `if:`, its matrix legs (fail-fast, max-parallel), their merged outputs. */
  private async runJob(
    frame: CallFrame,
    job: WorkflowJob,
    needs: Record<string, JobAggregate>,
    failedAncestor: boolean,
  ): Promise<JobAggregate> {
    const id = job.id.value;
    const key = frame.prefix + id;
    const raw = docJob(frame.workflow, id);
    const contexts = this.baseContexts(frame, needs);
    const baseName = raw.name !== undefined ? evaluateValueString(raw.name, { contexts }) : id;
    const status = {
      success: Object.values(needs).every((n) => n.result === 'success'),
      failure: failedAncestor || Object.values(needs).some((n) => n.result === 'failure'),
      cancelled: this.cancelled,
    };
    let run: boolean;
    try {
      run = evaluateCondition(job.if.expression, { contexts, status });
    } catch (error) {
      return this.failedJob(frame, key, id, baseName, `job '${id}' if: ${(error as Error).message}`);
    }
    if (!run) {
      this.log(`- ${frame.prefix}${baseName}: skipped`);
      this.records.push({
        key,
        id,
        name: frame.prefix + baseName,
        workflow: frame.workflow.file,
        result: 'skipped',
        outputs: {},
        steps: [],
        summary: '',
        durationMs: 0,
      });
      return { result: 'skipped', outputs: {} };
    }

    let combos: Combination[];
    let strategy: Record<string, JsonValue>;
    try {
      const value = evaluateValue(raw.strategy, { contexts });
      strategy = (value && typeof value === 'object' && !Array.isArray(value) ? value : {}) as Record<string, JsonValue>;
      combos = expandMatrix(strategy.matrix);
    } catch (error) {
      return this.failedJob(frame, key, id, baseName, `job '${id}' strategy: ${(error as Error).message}`);
    }
    const hasMatrix = strategy.matrix !== undefined && strategy.matrix !== null;
    const failFast = strategy['fail-fast'] !== false;
    const maxParallel =
      typeof strategy['max-parallel'] === 'number' && strategy['max-parallel'] > 0 ? strategy['max-parallel'] : combos.length;
    const legSlots = new Semaphore(maxParallel);
    const group = new AbortController();

    const legs = await Promise.all(
      combos.map((matrix, index) =>
        legSlots.run(async () => {
          const name = frame.prefix + matrixJobName(baseName, matrix, hasMatrix);
          const legKey = hasMatrix ? `${key}[${index}]` : key;
          const legContexts = {
            ...contexts,
            matrix,
            strategy: { 'fail-fast': failFast, 'job-index': index, 'job-total': combos.length, 'max-parallel': maxParallel },
          };
          if (group.signal.aborted) {
            this.log(`⊘ ${name}: cancelled (fail-fast)`);
            const record: JobRecord = {
              key: legKey,
              id,
              name,
              workflow: frame.workflow.file,
              matrix: hasMatrix ? matrix : undefined,
              result: 'cancelled',
              outputs: {},
              steps: [],
              summary: '',
              durationMs: 0,
            };
            this.records.push(record);
            return { record, continueOnError: false };
          }
          const continueOnError = evaluateValue(raw['continue-on-error'], { contexts: legContexts }) === true;
          const record =
            job.type === 'reusableWorkflowJob'
              ? await this.runCalledWorkflow(frame, job, legKey, name, legContexts, hasMatrix ? matrix : undefined)
              : // A reusable workflow's jobs take the machine slots, not the calling job (that would deadlock).
                await this.slots.run(() =>
                  this.runLeg(frame, job, raw, legKey, name, legContexts, hasMatrix ? matrix : undefined, group.signal),
                );
          if (record.result === 'failure' && failFast && !continueOnError) group.abort();
          return { record, continueOnError };
        }),
      ),
    );

    const outputs: Record<string, string> = {};
    for (const leg of legs) for (const [k, v] of Object.entries(leg.record.outputs)) if (v !== '' || !(k in outputs)) outputs[k] = v;
    const results = legs.map((l) => (l.record.result === 'failure' && l.continueOnError ? 'success' : l.record.result));
    const result: JobResult = results.includes('failure')
      ? 'failure'
      : results.includes('cancelled')
        ? 'cancelled'
        : results.every((r) => r === 'skipped')
          ? 'skipped'
          : 'success';
    return { result, outputs };
  }

  private failedJob(frame: CallFrame, key: string, id: string, name: string, error: string): JobAggregate {
    this.log(`✗ ${frame.prefix}${name}: ${error}`);
    this.records.push({
      key,
      id,
      name: frame.prefix + name,
      workflow: frame.workflow.file,
      result: 'failure',
      outputs: {},
      steps: [],
      summary: '',
      durationMs: 0,
      error,
    });
    return { result: 'failure', outputs: {} };
  }

  /** A job that calls a reusable workflow: its `with:` and `secrets:` checked against the callee, its jobs run nested. */
  private async runCalledWorkflow(
    frame: CallFrame,
    job: WorkflowJob & { type: 'reusableWorkflowJob' },
    key: string,
    name: string,
    contexts: Record<string, JsonValue>,
    matrix: Combination | undefined,
  ): Promise<JobRecord> {
    const started = performance.now();
    const callee = this.loaded.get(path.resolve(calledWorkflowFile(job.ref.value, this.root)));
    if (!callee) throw new Error(`internal: ${job.ref.value} was not loaded`);
    const record: JobRecord = {
      key,
      id: job.id.value,
      name,
      workflow: frame.workflow.file,
      matrix,
      result: 'success',
      outputs: {},
      steps: [],
      summary: '',
      durationMs: 0,
    };
    const fail = (error: string): JobRecord => {
      this.log(`✗ ${name}: ${error}`);
      Object.assign(record, { result: 'failure', error, durationMs: performance.now() - started });
      this.records.push(record);
      return record;
    };
    let given: Record<string, JsonValue>;
    let secrets: Record<string, string>;
    try {
      const raw = docJob(frame.workflow, job.id.value);
      const withValue = evaluateValue(raw.with, { contexts });
      given = (withValue ?? {}) as Record<string, JsonValue>;
      secrets = job['inherit-secrets']
        ? { ...frame.secrets }
        : { GITHUB_TOKEN: frame.secrets.GITHUB_TOKEN ?? '', ...evaluateValueMap(raw.secrets, { contexts }) };
    } catch (error) {
      return fail(`job '${job.id.value}': ${(error as Error).message}`);
    }
    const resolved = resolveInputs(callee, given, { contexts: { github: this.github, inputs: {}, vars: this.options.vars ?? {} } });
    const errors = [...resolved.errors, ...resolveSecrets(callee, secrets)];
    if (errors.length > 0) return fail(`job '${job.id.value}' calls ${callee.file}: ${errors.join('; ')}`);
    if (frame.depth + 1 > MAX_CALL_DEPTH) return fail(`reusable workflows nest deeper than ${MAX_CALL_DEPTH} levels`);
    this.log(`▶ ${name} → ${callee.file}`);
    const done = await this.runJobs({ workflow: callee, inputs: resolved.inputs, secrets, prefix: `${name} / `, depth: frame.depth + 1 });
    const results = [...done.values()].map((d) => d.result);
    record.result = results.includes('failure') ? 'failure' : results.includes('cancelled') ? 'cancelled' : 'success';
    try {
      record.outputs = this.workflowOutputs(callee, done, resolved.inputs);
    } catch (error) {
      return fail(`outputs of ${callee.file}: ${(error as Error).message}`);
    }
    record.durationMs = performance.now() - started;
    this.log(`${record.result === 'success' ? '✓' : '✗'} ${name}: ${record.result} in ${fmt(record.durationMs)}`);
    this.records.push(record);
    return record;
  }

  /** One job on one "machine": fresh workspace and temp, steps in order, file commands between them. */
  private async runLeg(
    frame: CallFrame,
    job: WorkflowJob & { type: 'job' },
    raw: Doc,
    key: string,
    name: string,
    baseContexts: Record<string, JsonValue>,
    matrix: Combination | undefined,
    groupSignal: AbortSignal,
  ): Promise<JobRecord> {
    const started = performance.now();
    const record: JobRecord = {
      key,
      id: job.id.value,
      name,
      workflow: frame.workflow.file,
      matrix,
      result: 'success',
      outputs: {},
      steps: [],
      summary: '',
      durationMs: 0,
    };
    this.records.push(record);
    this.log(`▶ ${name}`);
    const dir = path.join(this.runDir, `job-${randomUUID()}`);
    const workspace = path.join(dir, 'workspace');
    const runnerTemp = path.join(dir, 'temp');
    mkdirSync(workspace, { recursive: true });
    mkdirSync(runnerTemp, { recursive: true });
    const github = { ...this.github, job: job.id.value, workspace, event_path: path.join(runnerTemp, '_github_workflow', 'event.json') };
    mkdirSync(path.join(runnerTemp, '_github_workflow'));
    writeFileSync(String(github.event_path), JSON.stringify(this.github.event));
    const runner = {
      os: 'Linux',
      arch: os.arch() === 'arm64' ? 'ARM64' : 'X64',
      name: 'archway-local',
      environment: 'self-hosted',
      temp: runnerTemp,
      tool_cache: this.toolCache,
      debug: '',
    };
    const contexts: Record<string, JsonValue> = {
      ...baseContexts,
      github,
      runner,
      job: { status: 'success', container: {}, services: {} },
      steps: {},
    };

    const controller = new AbortController();
    const onGroupAbort = () => controller.abort('cancelled');
    groupSignal.addEventListener('abort', onGroupAbort);
    let timedOut = false;
    let failed = false;
    const finish = (error?: string): JobRecord => {
      groupSignal.removeEventListener('abort', onGroupAbort);
      if (error) {
        record.error = error;
        failed = true;
        this.log(`  ✗ ${name} › ${error}`);
      }
      record.result = controller.signal.aborted && !timedOut ? 'cancelled' : failed ? 'failure' : 'success';
      record.durationMs = performance.now() - started;
      this.log(`${record.result === 'success' ? '✓' : '✗'} ${name}: ${record.result} in ${fmt(record.durationMs)}`);
      if (!this.options.keep) rmSync(dir, { recursive: true, force: true });
      return record;
    };

    for (const feature of ['container', 'services'] as const) {
      const value = evaluateValue(raw[feature], { contexts });
      if (value !== null && value !== '' && !(typeof value === 'object' && Object.keys(value).length === 0)) {
        return finish(
          `job '${job.id.value}' uses \`${feature}:\`, which is not available locally (it needs GitHub's container support); run it on GitHub`,
        );
      }
    }

    let jobEnv: Record<string, string>;
    const defaults: { shell?: string; 'working-directory'?: string } = {};
    let timeoutMinutes = 360;
    try {
      const workflowEnv = evaluateValueMap(frame.workflow.doc.env, { contexts });
      jobEnv = { ...workflowEnv, ...evaluateValueMap(raw.env, { contexts: { ...contexts, env: workflowEnv } }) };
      for (const source of [frame.workflow.doc.defaults, raw.defaults] as (Doc | undefined)[]) {
        const runDefaults = evaluateValue(source?.run, { contexts: { ...contexts, env: jobEnv } }) as Record<string, JsonValue> | null;
        if (runDefaults?.shell) defaults.shell = String(runDefaults.shell);
        if (runDefaults?.['working-directory']) defaults['working-directory'] = String(runDefaults['working-directory']);
      }
      const t = evaluateValue(raw['timeout-minutes'], { contexts });
      if (typeof t === 'number') timeoutMinutes = t;
    } catch (error) {
      return finish(`job '${job.id.value}': ${(error as Error).message}`);
    }
    const jobTimer = setTimeout(() => {
      timedOut = true;
      failed = true;
      record.error = `The job has exceeded the maximum execution time of ${timeoutMinutes} minutes`;
      controller.abort('timeout');
    }, timeoutMinutes * 60_000);

    const exported: Record<string, string> = {};
    const addedPath: string[] = [];
    const steps: Record<string, JsonValue> = {};
    const summaries: string[] = [];
    const rawList = (Array.isArray(raw.steps) ? raw.steps : []) as Doc[];
    try {
      for (const [index, step] of job.steps.entries()) {
        const rawStep = rawList[index];
        if (!rawStep) break;
        const aborted = controller.signal.aborted;
        const env = { ...jobEnv, ...exported };
        const scope: ExpressionScope = {
          contexts: {
            ...contexts,
            env,
            steps,
            job: { status: aborted ? 'cancelled' : failed ? 'failure' : 'success', container: {}, services: {} },
          },
          status: { success: !failed, failure: failed, cancelled: aborted },
          workspace,
        };
        const stepName = this.stepName(rawStep, scope, index);
        const stepRecord = await this.runStep({
          step,
          rawStep,
          scope,
          stepName,
          env,
          addedPath,
          defaults,
          workspace,
          runnerTemp,
          name,
          signal: controller.signal,
          jobKey: key,
        });
        record.steps.push(stepRecord);
        if (stepRecord.outcome === 'skipped') continue;
        if (step.id && !step.id.startsWith('__'))
          steps[step.id] = { outputs: stepRecord.outputs, outcome: stepRecord.outcome, conclusion: stepRecord.conclusion };
        if (stepRecord.conclusion === 'failure') failed = true;
        const files = (stepRecord as StepRecord & { files?: StepFiles }).files;
        if (files) {
          Object.assign(exported, files.env);
          addedPath.push(...files.path);
          if (files.summary) summaries.push(files.summary);
          delete (stepRecord as StepRecord & { files?: StepFiles }).files;
        }
      }
      record.summary = summaries.join('\n');
      if (!failed && !controller.signal.aborted) {
        try {
          record.outputs = evaluateValueMap(raw.outputs, { contexts: { ...contexts, env: { ...jobEnv, ...exported }, steps } });
        } catch (error) {
          return finish(`outputs: ${(error as Error).message}`);
        }
      } else {
        try {
          record.outputs = evaluateValueMap(raw.outputs, { contexts: { ...contexts, env: { ...jobEnv, ...exported }, steps } });
        } catch {
          record.outputs = {};
        }
      }
    } finally {
      clearTimeout(jobTimer);
    }
    return finish();
  }

  private stepName(rawStep: Doc, scope: ExpressionScope, index: number): string {
    try {
      if (rawStep.name !== undefined) return evaluateValueString(rawStep.name, scope);
    } catch {
      // fall through to the generated name, as the runner does
    }
    if (typeof rawStep.run === 'string') return `Run ${rawStep.run.trim().split('\n')[0]?.slice(0, 60)}`;
    return rawStep.uses ? `Run ${rawStep.uses}` : `step ${index + 1}`;
  }

  private async runStep(s: {
    step: Step;
    rawStep: Doc;
    scope: ExpressionScope;
    stepName: string;
    env: Record<string, string>;
    addedPath: string[];
    defaults: { shell?: string; 'working-directory'?: string };
    workspace: string;
    runnerTemp: string;
    name: string;
    signal: AbortSignal;
    jobKey: string;
  }): Promise<StepRecord & { files?: StepFiles }> {
    const { step, rawStep, scope } = s;
    const record: StepRecord & { files?: StepFiles } = {
      id: step.id,
      name: s.stepName,
      outcome: 'skipped',
      conclusion: 'skipped',
      exitCode: null,
      outputs: {},
      durationMs: 0,
      tail: [],
      annotations: [],
    };
    const condition = 'if' in step && step.if ? step.if.expression : 'success()';
    const fail = (error: string): StepRecord => {
      Object.assign(record, { outcome: 'failure', conclusion: 'failure', error });
      this.log(`  ✗ ${s.name} › ${s.stepName}: ${error}`);
      return record;
    };
    try {
      if (!evaluateCondition(condition, scope)) {
        this.log(`  - ${s.name} › ${s.stepName}: skipped`);
        return record;
      }
    } catch (error) {
      return fail(`if: ${(error as Error).message}`);
    }
    this.log(`  ▶ ${s.name} › ${s.stepName}`);
    let stepEnv: Record<string, string>;
    let continueOnError = false;
    let timeoutMs: number | undefined;
    try {
      stepEnv = evaluateValueMap(rawStep.env, scope);
      const coe = evaluateValue(rawStep['continue-on-error'], scope);
      continueOnError = coe === true || coe === 'true';
      const t = evaluateValue(rawStep['timeout-minutes'], scope);
      if (typeof t === 'number') timeoutMs = t * 60_000;
    } catch (error) {
      return fail((error as Error).message);
    }
    const started = performance.now();
    const abortedBefore = s.signal.aborted;
    const env = { ...s.env, ...stepEnv };
    const pathValue = [...[...s.addedPath].reverse(), runnerPath()].join(path.delimiter);
    let outcome: StepFinish;
    try {
      if ('run' in step) {
        const script = evaluateValueString(rawStep.run, scope);
        const shell = rawStep.shell !== undefined ? evaluateValueString(rawStep.shell, scope) : s.defaults.shell;
        const wd =
          rawStep['working-directory'] !== undefined
            ? evaluateValueString(rawStep['working-directory'], scope)
            : (s.defaults['working-directory'] ?? '');
        outcome = await this.runScript({
          script,
          shell,
          cwd: path.resolve(s.workspace, wd),
          env,
          pathValue,
          runnerTemp: s.runnerTemp,
          workspace: s.workspace,
          timeoutMs,
          signal: s.signal,
          scope,
        });
      } else if ('uses' in step) {
        outcome = await this.runUses(step.uses.value, rawStep, scope, env, pathValue, s.workspace, s.runnerTemp, timeoutMs);
      } else {
        return fail('this kind of step (wait, cancel, parallel) is not available locally');
      }
    } catch (error) {
      outcome = {
        exitCode: null,
        output: '',
        error: (error as Error).message,
        files: { env: {}, path: [], outputs: {}, summary: '' },
        annotations: [],
      };
    }
    record.durationMs = performance.now() - started;
    record.exitCode = outcome.exitCode;
    record.outputs = outcome.files.outputs;
    record.annotations = outcome.annotations;
    record.files = outcome.files;
    const ok = outcome.exitCode === 0 && !outcome.error;
    record.outcome = ok ? 'success' : s.signal.aborted && !abortedBefore ? 'cancelled' : 'failure';
    record.conclusion = record.outcome === 'failure' && continueOnError ? 'success' : record.outcome;
    if (outcome.error) record.error = outcome.error;
    if (!ok) {
      record.tail = this.mask(outcome.output).trimEnd().split('\n').slice(-TAIL_LINES);
      const why = outcome.error ?? `exit code ${outcome.exitCode}`;
      this.log(
        `  ✗ ${s.name} › ${s.stepName}: ${record.outcome}${continueOnError ? ' (continue-on-error)' : ''} after ${fmt(record.durationMs)}: ${why}`,
      );
      for (const line of record.tail) this.log(`    ${s.name} │ ${line}`);
    } else {
      this.log(`  ✓ ${s.name} › ${s.stepName} (${fmt(record.durationMs)})`);
    }
    return record;
  }

  private baseEnv(scope: ExpressionScope, workspace: string, runnerTemp: string): Record<string, string> {
    const github = scope.contexts.github as Record<string, JsonValue>;
    const env: Record<string, string> = {};
    for (const name of ['HOME', 'LANG', 'LC_ALL', 'TERM', 'USER', 'SHELL', 'TMPDIR', 'TZ'])
      if (process.env[name]) env[name] = process.env[name] as string;
    const str = (k: string) => String(github[k] ?? '');
    Object.assign(env, {
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTOR: str('actor'),
      GITHUB_API_URL: str('api_url'),
      GITHUB_GRAPHQL_URL: str('graphql_url'),
      GITHUB_SERVER_URL: str('server_url'),
      GITHUB_EVENT_NAME: str('event_name'),
      GITHUB_EVENT_PATH: str('event_path'),
      GITHUB_JOB: str('job'),
      GITHUB_REF: str('ref'),
      GITHUB_REF_NAME: str('ref_name'),
      GITHUB_REF_TYPE: str('ref_type'),
      GITHUB_BASE_REF: str('base_ref'),
      GITHUB_HEAD_REF: str('head_ref'),
      GITHUB_REPOSITORY: str('repository'),
      GITHUB_REPOSITORY_OWNER: str('repository_owner'),
      GITHUB_RUN_ID: str('run_id'),
      GITHUB_RUN_NUMBER: str('run_number'),
      GITHUB_RUN_ATTEMPT: str('run_attempt'),
      GITHUB_SHA: str('sha'),
      GITHUB_WORKFLOW: str('workflow'),
      GITHUB_WORKFLOW_REF: str('workflow_ref'),
      GITHUB_WORKSPACE: workspace,
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: os.arch() === 'arm64' ? 'ARM64' : 'X64',
      RUNNER_NAME: 'archway-local',
      RUNNER_ENVIRONMENT: 'self-hosted',
      RUNNER_TEMP: runnerTemp,
      RUNNER_TOOL_CACHE: this.toolCache,
    });
    return { ...env, ...this.options.env };
  }

  private async runScript(r: {
    script: string;
    shell: string | undefined;
    cwd: string;
    env: Record<string, string>;
    pathValue: string;
    runnerTemp: string;
    workspace: string;
    timeoutMs: number | undefined;
    signal: AbortSignal;
    scope: ExpressionScope;
  }): Promise<StepFinish> {
    const empty = { env: {}, path: [], outputs: {}, summary: '' };
    if (!existsSync(r.cwd))
      return { exitCode: null, output: '', error: `working-directory ${r.cwd} does not exist`, files: empty, annotations: [] };
    const { command, args, ext } = shellCommand(r.shell, path.join(r.runnerTemp, randomUUID()));
    const scriptFile = `${args.scriptBase}${ext}`;
    writeFileSync(scriptFile, r.script);
    const files = commandFiles(r.runnerTemp);
    const env = { ...this.baseEnv(r.scope, r.workspace, r.runnerTemp), ...r.env, ...files, PATH: r.pathValue };
    const argv = args.argv.map((a) => a.replace('{0}', scriptFile));
    const child = spawn(command, argv, { cwd: r.cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    let error: string | undefined;
    const kill = (why: string) => {
      error ??= why;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGTERM');
        setTimeout(() => {
          try {
            if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }, 5000).unref();
      } catch {
        // already gone
      }
    };
    const limit = r.timeoutMs;
    const timer = limit === undefined ? undefined : setTimeout(() => kill(`The step has timed out after ${limit / 60_000} minutes`), limit);
    const onAbort = () => kill(r.signal.reason === 'timeout' ? 'The job has timed out' : 'The step was cancelled');
    // A step started after the job was cancelled (if: always() / cancelled()) runs to its end.
    if (!r.signal.aborted) r.signal.addEventListener('abort', onAbort);
    const exitCode = await new Promise<number | null>((resolve) => {
      child.on('error', (e) => {
        error ??= `cannot start ${command}: ${e.message}`;
        resolve(null);
      });
      child.on('close', (code) => resolve(code));
    });
    if (timer) clearTimeout(timer);
    r.signal.removeEventListener('abort', onAbort);
    const commands = parseWorkflowCommands(output, this.secretValues);
    output = commands.log.join('\n');
    let parsed: StepFiles;
    try {
      parsed = readCommandFiles(files);
    } catch (e) {
      return { exitCode, output, error: `file command: ${(e as Error).message}`, files: empty, annotations: commands.annotations };
    }
    return { exitCode, output, error, files: parsed, annotations: commands.annotations };
  }

  private async runUses(
    uses: string,
    rawStep: Doc,
    scope: ExpressionScope,
    env: Record<string, string>,
    pathValue: string,
    workspace: string,
    runnerTemp: string,
    timeoutMs: number | undefined,
  ): Promise<StepFinish> {
    const kind = classifyUses(uses);
    const given = evaluateValueMap(rawStep.with, scope);
    const empty = { env: {}, path: [], outputs: {}, summary: '' };
    if (kind.kind === 'unsupported') return { exitCode: null, output: '', error: kind.message, files: empty, annotations: [] };
    if (kind.kind === 'checkout') {
      // Stand-in for actions/checkout: the example project copied into the workspace (or `path:` in it).
      if (!this.options.project)
        return {
          exitCode: null,
          output: '',
          error: 'actions/checkout: no example project was given to the local runner',
          files: empty,
          annotations: [],
        };
      const target = path.resolve(workspace, given.path ?? '');
      cpSync(this.options.project, target, { recursive: true, filter: (src) => !src.split(path.sep).includes('node_modules') });
      return { exitCode: 0, output: `copied ${this.options.project} to ${target}\n`, files: empty, annotations: [] };
    }
    if (kind.kind === 'upload-artifact' || kind.kind === 'download-artifact') {
      const context = {
        workspace,
        runnerTemp,
        toolCache: this.toolCache,
        env: { ...this.baseEnv(scope, workspace, runnerTemp), ...env, PATH: pathValue },
      };
      const done = kind.kind === 'upload-artifact' ? await uploadArtifact(context, given) : await downloadArtifact(context, given);
      return {
        exitCode: done.exitCode,
        output: done.output,
        error: done.error,
        files: { ...empty, outputs: done.outputs },
        annotations: [],
      };
    }
    const meta = readActionYml(kind.dir);
    const inputs: Record<string, string> = {};
    const warnings: HarnessAnnotation[] = [];
    for (const [name, spec] of Object.entries(meta.inputs)) {
      inputs[name] = name in given ? (given[name] as string) : interpolate(spec.default ?? '', scope);
    }
    for (const name of Object.keys(given)) {
      if (!(name in meta.inputs))
        warnings.push({ level: 'warning', message: `Unexpected input '${name}', valid inputs are ${Object.keys(meta.inputs).join(', ')}` });
    }
    const github = scope.contexts.github as Record<string, JsonValue>;
    const result = await runAction(kind.dir, {
      inputs,
      env: {
        ...this.baseEnv(scope, workspace, runnerTemp),
        ...env,
        PATH: pathValue,
        GITHUB_EVENT_PATH: undefined,
        GITHUB_ACTION_REPOSITORY: uses.startsWith('./') ? '' : SELF_REPOSITORY,
      },
      event: github.event,
      cwd: workspace,
      runnerTemp,
      toolCache: this.toolCache,
      timeoutMs,
      secrets: this.secretValues,
    });
    const steps = [result, ...(result.post ? [result.post] : [])];
    const failedPart = steps.find((st) => st.exitCode !== 0);
    return {
      exitCode: failedPart ? failedPart.exitCode : 0,
      output: steps.map((st) => [...st.log, st.stderr].join('\n')).join('\n'),
      error: failedPart?.exitCode === null ? `the action was stopped (${failedPart.signal ?? 'timeout'})` : undefined,
      files: {
        env: Object.assign({}, ...steps.map((st) => st.env)),
        path: steps.flatMap((st) => st.path),
        outputs: result.outputs,
        summary: steps.map((st) => st.summary).join(''),
      },
      annotations: [...warnings, ...steps.flatMap((st) => st.annotations)],
    };
  }
}

interface StepFiles {
  env: Record<string, string>;
  path: string[];
  outputs: Record<string, string>;
  summary: string;
}

interface StepFinish {
  exitCode: number | null;
  output: string;
  error?: string;
  files: StepFiles;
  annotations: HarnessAnnotation[];
}

function commandFiles(
  runnerTemp: string,
): Record<'GITHUB_OUTPUT' | 'GITHUB_ENV' | 'GITHUB_PATH' | 'GITHUB_STATE' | 'GITHUB_STEP_SUMMARY', string> {
  const dir = path.join(runnerTemp, '_runner_file_commands', randomUUID());
  mkdirSync(dir, { recursive: true });
  const files = {
    GITHUB_OUTPUT: path.join(dir, 'set_output'),
    GITHUB_ENV: path.join(dir, 'set_env'),
    GITHUB_PATH: path.join(dir, 'add_path'),
    GITHUB_STATE: path.join(dir, 'save_state'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'step_summary'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  return files;
}

function readCommandFiles(files: ReturnType<typeof commandFiles>): StepFiles {
  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
  const env = parseFileCommand(read(files.GITHUB_ENV));
  if ('NODE_OPTIONS' in env) throw new Error('NODE_OPTIONS cannot be set through GITHUB_ENV');
  return {
    env,
    path: parsePathFile(read(files.GITHUB_PATH)),
    outputs: parseFileCommand(read(files.GITHUB_OUTPUT)),
    summary: read(files.GITHUB_STEP_SUMMARY),
  };
}

/** PATH as on a runner: without the node_modules/.bin entries the test runner's package manager adds. */
function runnerPath(): string {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((dir) => dir && !dir.includes('node_modules'))
    .join(path.delimiter);
}

/**
 * The command line of a `run:` step, as the runner builds it: no `shell:` → `bash -e {0}` (sh when there is no
 * bash), `bash` → `bash --noprofile --norc -eo pipefail {0}`, `sh` → `sh -e {0}`, `python` → `python {0}`,
 * `pwsh`, or a custom template with `{0}`.
 */
export function shellCommand(
  shell: string | undefined,
  scriptBase: string,
): { command: string; args: { argv: string[]; scriptBase: string }; ext: string } {
  const onPath = (name: string) =>
    runnerPath()
      .split(path.delimiter)
      .some((dir) => existsSync(path.join(dir, name)));
  const template = (() => {
    switch (shell?.trim()) {
      case undefined:
      case '':
        return onPath('bash') ? 'bash -e {0}' : 'sh -e {0}';
      case 'bash':
        return 'bash --noprofile --norc -eo pipefail {0}';
      case 'sh':
        return 'sh -e {0}';
      case 'python':
        return `${onPath('python') ? 'python' : 'python3'} {0}`;
      case 'pwsh':
        return 'pwsh -command ". \'{0}\'"';
      default:
        return shell as string;
    }
  })();
  if (template.startsWith('pwsh ')) return { command: 'pwsh', args: { argv: ['-command', ". '{0}'"], scriptBase }, ext: '.ps1' };
  if (!template.includes('{0}')) throw new Error(`shell '${shell}' must contain the placeholder {0}`);
  const [command = 'bash', ...argv] = template.trim().split(/\s+/);
  const ext = command.startsWith('python') ? '.py' : '.sh';
  return { command, args: { argv, scriptBase }, ext };
}
