import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../build/bundles.ts';
import { runAction } from './run-action.ts';

/**
 * Runs a documented quick start (action-docs/quick-starts/<action>.yml) exactly as written, the way the
 * runner would run its one job: actions/checkout stands in as a copy of the example project, this
 * repository's actions run from their committed bundles through runAction, and `run:` steps run in bash
 * with the runner's flags. Expressions are limited to what the quick starts use (step outputs, the token,
 * the workspace); anything else is refused, so a snippet cannot pass by being skipped.
 */

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
}

export interface StepReport {
  step: string;
  exitCode: number | null;
  output: string;
  outputs: Record<string, string>;
}

const CHECKOUT = /^actions\/checkout@[0-9a-f]{40}$/;
const OURS = /^archway-ci\/archway\/actions\/([a-z0-9-]+)@v1$/;

export async function runQuickStart(file: string, options: { project: string; env?: Record<string, string> }): Promise<StepReport[]> {
  const workflow = parse(readFileSync(file, 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
  const jobs = Object.values(workflow.jobs);
  if (jobs.length !== 1) throw new Error(`${file}: a quick start has one job`);
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'quick-start-ws-'));
  const runnerTemp = mkdtempSync(path.join(os.tmpdir(), 'quick-start-temp-'));
  const token = options.env?.GITHUB_TOKEN ?? 'ghs_quickstart';
  const outputs: Record<string, Record<string, string>> = {};
  const exported: Record<string, string> = {};
  const paths: string[] = [];
  const evaluate = (text: string) =>
    text.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, expression: string) => {
      const step = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
      if (step) return outputs[step[1] as string]?.[step[2] as string] ?? '';
      if (expression === 'github.token' || expression === 'secrets.GITHUB_TOKEN') return token;
      if (expression === 'github.workspace') return workspace;
      throw new Error(`${file}: the expression \${{ ${expression} }} is not one the quick-start runner knows`);
    });
  const reports: StepReport[] = [];
  for (const [index, step] of (jobs[0]?.steps ?? []).entries()) {
    const label = step.name ?? step.uses ?? `step ${index + 1}`;
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, evaluate(String(v))]));
    let report: StepReport;
    if (step.uses && CHECKOUT.test(step.uses)) {
      cpSync(options.project, workspace, { recursive: true });
      report = { step: label, exitCode: 0, output: '', outputs: {} };
    } else if (step.uses && OURS.test(step.uses)) {
      const name = OURS.exec(step.uses)?.[1] as string;
      const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, evaluate(String(v))]));
      const result = await runAction(path.join(repoRoot, 'actions', name), {
        inputs,
        cwd: workspace,
        runnerTemp,
        env: { ...options.env, ...exported, ...stepEnv, PATH: [...paths, process.env.PATH].join(':'), GITHUB_TOKEN: token },
        timeoutMs: 15 * 60_000,
      });
      Object.assign(exported, result.env);
      paths.unshift(...result.path);
      report = { step: label, exitCode: result.exitCode, output: result.stdout, outputs: result.outputs };
    } else if (step.run !== undefined) {
      report = { step: label, ...(await bash(step.run, workspace, { ...exported, ...stepEnv }, paths)), outputs: {} };
    } else {
      throw new Error(`${file}: step '${label}' uses ${step.uses}, which the quick-start runner does not stand in for`);
    }
    reports.push(report);
    if (step.id) outputs[step.id] = report.outputs;
    if (report.exitCode !== 0) break;
  }
  return reports;
}

/** A `run:` step as the runner runs it: bash --noprofile --norc -eo pipefail, in the workspace. */
function bash(
  script: string,
  cwd: string,
  env: Record<string, string>,
  paths: string[],
): Promise<{ exitCode: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd,
      env: { ...process.env, ...env, PATH: [...paths, process.env.PATH].join(':') },
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('close', (code) => resolve({ exitCode: code, output }));
  });
}
