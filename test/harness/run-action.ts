import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startProcess } from '@archway/kit/process';
import { staleBundle } from '../build/source-hash.ts';
import { inputEnvName, readActionYml } from './action-yml.ts';
import { parseFileCommand, parsePathFile } from './file-commands.ts';
import { node24 } from './node24.ts';
import { type HarnessAnnotation, parseWorkflowCommands } from './workflow-commands.ts';

export interface RunActionOptions {
  /** Inputs by their action.yml names; omitted ones get the action.yml default, as on the runner. */
  inputs?: Record<string, string | number | boolean>;
  /** Extra environment (service URLs, GITHUB_* overrides). */
  env?: Record<string, string | undefined>;
  /** The webhook event payload written to GITHUB_EVENT_PATH. */
  event?: unknown;
  /** GITHUB_WORKSPACE and the working directory; a fresh empty directory by default. */
  cwd?: string;
  /** Values the test knows are secret: the result lists any printed before being masked. */
  secrets?: string[];
  /** Kill the step after this long (the runner's timeout-minutes). */
  timeoutMs?: number;
  /** Send SIGTERM to the step after this long, as the runner does on cancellation. */
  cancelAfterMs?: number;
  /** The signal `cancelAfterMs` sends (SIGKILL: the runner's last resort, when no handler can run). */
  cancelSignal?: NodeJS.Signals;
  /** Run the post step (if action.yml has one). Default true. */
  post?: boolean;
  /** Reuse one RUNNER_TEMP / tool cache across runs (a second step in the same job). */
  runnerTemp?: string;
  toolCache?: string;
  /** Measure the step's peak resident memory (GNU time's %M) into `peakRssKiB`, for benchmarks. */
  measureRss?: boolean;
}

export interface StepResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** Variables exported through GITHUB_ENV. */
  env: Record<string, string>;
  /** Directories added through GITHUB_PATH. */
  path: string[];
  state: Record<string, string>;
  summary: string;
  annotations: HarnessAnnotation[];
  errors: string[];
  masks: string[];
  leaks: string[];
  log: string[];
  debug: string[];
  durationMs: number;
  /** With `measureRss`: the node process's peak resident set, KiB. */
  peakRssKiB?: number;
}

export interface ActionResult extends StepResult {
  post?: StepResult;
  /** The isolated directory the action ran from (action.yml + dist only). */
  actionPath: string;
  workspace: string;
  runnerTemp: string;
}

const PASSED_THROUGH = ['HOME', 'LANG', 'LC_ALL', 'TERM', 'USER', 'SHELL', 'TMPDIR', 'TZ', 'SUDO_USER'];

/** PATH as on a runner: without the node_modules/.bin entries the test runner's package manager adds. */
function runnerPath(): string {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((dir) => dir && !dir.includes('node_modules'))
    .join(path.delimiter);
}

/**
 * Run an action's committed bundle exactly as the GitHub runner does: action.yml + dist alone in a temp
 * directory, real node 24, INPUT_* with defaults filled in, GITHUB_* / RUNNER_* variables, fresh
 * file-command files per step, event.json, and the post step with STATE_*.
 */
export async function runAction(actionDir: string, options: RunActionOptions = {}): Promise<ActionResult> {
  const meta = readActionYml(actionDir);
  const stale = hasSources(actionDir) ? staleBundle(actionDir) : undefined;
  if (stale) throw new Error(stale);
  if (meta.runs.using !== 'node24') throw new Error(`${actionDir}: runs.using is ${meta.runs.using}, expected node24`);

  const root = mkdtempSync(path.join(os.tmpdir(), 'archway-run-'));
  const actionPath = path.join(root, 'action');
  mkdirSync(actionPath);
  cpSync(path.join(actionDir, 'action.yml'), path.join(actionPath, 'action.yml'));
  cpSync(path.join(actionDir, 'dist'), path.join(actionPath, 'dist'), { recursive: true });

  const workspace = options.cwd ?? path.join(root, 'workspace');
  mkdirSync(workspace, { recursive: true });
  const runnerTemp = options.runnerTemp ?? path.join(root, 'temp');
  const toolCache = options.toolCache ?? path.join(root, 'tool-cache');
  mkdirSync(path.join(runnerTemp, '_github_workflow'), { recursive: true });
  mkdirSync(toolCache, { recursive: true });
  const eventPath = path.join(runnerTemp, '_github_workflow', 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.event ?? {}));

  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(meta.inputs)) {
    const given = options.inputs?.[name];
    inputs[inputEnvName(name)] = given === undefined ? (spec.default ?? '') : String(given);
  }
  for (const name of Object.keys(options.inputs ?? {})) {
    if (!(name in meta.inputs)) throw new Error(`input '${name}' is not declared in ${actionDir}/action.yml`);
  }

  const base: Record<string, string> = {};
  for (const name of PASSED_THROUGH) if (process.env[name]) base[name] = process.env[name] as string;
  Object.assign(base, {
    PATH: runnerPath(),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: '__run',
    GITHUB_ACTION_REPOSITORY: '',
    GITHUB_ACTION_REF: '',
    GITHUB_ACTOR: 'octocat',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_JOB: 'build',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_REF_TYPE: 'branch',
    GITHUB_BASE_REF: '',
    GITHUB_HEAD_REF: '',
    GITHUB_REPOSITORY: 'archway-ci/example',
    GITHUB_REPOSITORY_OWNER: 'archway-ci',
    GITHUB_RETENTION_DAYS: '90',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RUN_ID: '1000',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_WORKFLOW: 'ci',
    GITHUB_WORKFLOW_REF: 'archway-ci/example/.github/workflows/ci.yml@refs/heads/main',
    GITHUB_WORKSPACE: workspace,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: os.arch() === 'arm64' ? 'ARM64' : 'X64',
    RUNNER_NAME: 'archway-harness',
    RUNNER_ENVIRONMENT: 'self-hosted',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: toolCache,
  });
  const stepEnv = { ...base, ...definedOnly(options.env ?? {}), ...inputs };

  const main = await runStep(path.join(actionPath, meta.runs.main), stepEnv, workspace, options, runnerTemp);
  const result: ActionResult = { ...main, actionPath, workspace, runnerTemp };
  if (meta.runs.post && options.post !== false) {
    const state = Object.fromEntries(Object.entries(main.state).map(([k, v]) => [`STATE_${k}`, v]));
    // Later steps (the post step included) see what the main step exported through GITHUB_ENV / GITHUB_PATH.
    const postEnv = { ...stepEnv, ...main.env, ...state };
    if (main.path.length > 0) postEnv.PATH = [...[...main.path].reverse(), stepEnv.PATH].join(path.delimiter);
    result.post = await runStep(
      path.join(actionPath, meta.runs.post),
      postEnv,
      workspace,
      { ...options, cancelAfterMs: undefined },
      runnerTemp,
    );
  }
  if (!options.cwd && !process.env.ARCHWAY_KEEP_RUN) rmSync(path.join(root, 'workspace'), { recursive: true, force: true });
  return result;
}

/** A bundle with its sources beside it must have been built from them; a bare action.yml + dist is run as it is. */
function hasSources(actionDir: string): boolean {
  return existsSync(path.join(actionDir, 'src', 'index.ts'));
}

function definedOnly(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
}

async function runStep(
  entry: string,
  env: Record<string, string>,
  cwd: string,
  options: RunActionOptions,
  runnerTemp: string,
): Promise<StepResult> {
  const commandDir = path.join(runnerTemp, '_runner_file_commands', randomUUID());
  mkdirSync(commandDir, { recursive: true });
  const files = {
    GITHUB_OUTPUT: path.join(commandDir, 'set_output'),
    GITHUB_ENV: path.join(commandDir, 'set_env'),
    GITHUB_PATH: path.join(commandDir, 'add_path'),
    GITHUB_STATE: path.join(commandDir, 'save_state'),
    GITHUB_STEP_SUMMARY: path.join(commandDir, 'step_summary'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');

  const rssFile = path.join(commandDir, 'peak_rss');
  const [command, args] = options.measureRss ? ['/usr/bin/time', ['-f', '%M', '-o', rssFile, node24(), entry]] : [node24(), [entry]];
  const child = startProcess(command, args, { cwd, env: { ...env, ...files }, timeoutMs: options.timeoutMs });
  const cancel =
    options.cancelAfterMs === undefined
      ? undefined
      : setTimeout(() => child.child.kill(options.cancelSignal ?? 'SIGTERM'), options.cancelAfterMs);
  const done = await child.exited;
  if (cancel) clearTimeout(cancel);

  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
  const exported = parseFileCommand(read(files.GITHUB_ENV));
  if ('NODE_OPTIONS' in exported) throw new Error('the action exported NODE_OPTIONS through GITHUB_ENV, which the runner refuses');
  const commands = parseWorkflowCommands(done.stdout, options.secrets);
  return {
    exitCode: done.exitCode,
    signal: done.signal,
    stdout: done.stdout,
    stderr: done.stderr,
    outputs: parseFileCommand(read(files.GITHUB_OUTPUT)),
    env: exported,
    path: parsePathFile(read(files.GITHUB_PATH)),
    state: parseFileCommand(read(files.GITHUB_STATE)),
    summary: read(files.GITHUB_STEP_SUMMARY),
    annotations: commands.annotations,
    errors: commands.annotations.filter((a) => a.level === 'error').map((a) => a.message),
    masks: commands.masks,
    leaks: commands.leaks,
    log: commands.log,
    debug: commands.debug,
    durationMs: done.durationMs,
    // GNU time writes "Command exited with non-zero status N" first when the step failed; %M is last.
    ...(options.measureRss ? { peakRssKiB: Number(read(rssFile).trim().split('\n').at(-1)) } : {}),
  };
}
