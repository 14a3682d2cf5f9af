import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { bundledActions, productActions, repoRoot } from '../build/bundles.ts';
import { runAction } from './run-action.ts';

const USAGE = `Run an action's committed bundle locally, exactly as the GitHub runner would.

  pnpm action                         run the default example
  pnpm action <name>                  run <name> on its built-in example (test/examples/<name>/)
  pnpm action <name> --input k=v ...  run <name> with these inputs (others take action.yml defaults)
  pnpm action --list                  list the actions

Options: --input k=v (repeatable), --env K=V (repeatable), --event file.json, --cwd dir (workspace)`;

// Needs nothing beyond Node: its reports are committed with the example.
const DEFAULT_EXAMPLE = 'quality-gate';

interface Example {
  description?: string;
  inputs?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
}

function pairs(values: string[] | undefined, flag: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const value of values ?? []) {
    const eq = value.indexOf('=');
    if (eq <= 0) throw new Error(`${flag} expects key=value, got '${value}'`);
    result[value.slice(0, eq)] = value.slice(eq + 1);
  }
  return result;
}

function loadExample(name: string): { example: Example; workspace?: string } {
  const dir = path.join(repoRoot, 'test/examples', name);
  const file = path.join(dir, 'example.yml');
  if (!existsSync(file)) return { example: {} };
  const workspace = path.join(dir, 'workspace');
  return { example: parse(readFileSync(file, 'utf8')) as Example, workspace: existsSync(workspace) ? workspace : undefined };
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      input: { type: 'string', multiple: true, short: 'i' },
      env: { type: 'string', multiple: true, short: 'e' },
      event: { type: 'string' },
      cwd: { type: 'string' },
      list: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const actions = new Map(bundledActions().map((dir) => [path.basename(dir), dir]));
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.list) {
    const examples = new Set(readdirSync(path.join(repoRoot, 'test/examples')));
    // The internal fixtures stay runnable by name but are not products to list.
    for (const dir of productActions()) {
      const name = path.basename(dir);
      console.log(`${name}${examples.has(name) ? '  (has an example)' : ''}`);
    }
    return 0;
  }
  const name = positionals[0] ?? DEFAULT_EXAMPLE;
  const dir = actions.get(name);
  if (!dir) {
    console.error(`unknown action '${name}'; known: ${[...actions.keys()].join(', ')}`);
    return 2;
  }
  const given = pairs(values.input, '--input');
  const { example, workspace } = Object.keys(given).length === 0 ? loadExample(name) : { example: {} as Example, workspace: undefined };
  if (example.description) console.log(`▶ ${name}: ${example.description}\n`);
  const result = await runAction(dir, {
    inputs: { ...example.inputs, ...given },
    env: { ...example.env, ...pairs(values.env, '--env') },
    event: values.event ? JSON.parse(readFileSync(values.event, 'utf8')) : undefined,
    cwd: values.cwd ? path.resolve(values.cwd) : workspace,
  });
  printStep('main', result);
  if (result.post) printStep('post', result.post);
  return result.exitCode ?? 1;
}

function printStep(label: string, step: Awaited<ReturnType<typeof runAction>>['post'] & object): void {
  console.log(`── ${label} step: exit ${step.exitCode} in ${step.durationMs} ms`);
  const log = step.log.filter((line) => line !== '');
  if (log.length > 0) console.log(`── log\n${log.join('\n')}`);
  for (const [title, record] of [
    ['outputs', step.outputs],
    ['exported env', step.env],
  ] as const) {
    const entries = Object.entries(record);
    if (entries.length > 0)
      console.log(`── ${title}\n${entries.map(([k, v]) => `${k}=${v.includes('\n') ? `\n  ${v.replace(/\n/g, '\n  ')}` : v}`).join('\n')}`);
  }
  if (step.path.length > 0) console.log(`── added to PATH\n${step.path.join('\n')}`);
  if (step.summary.trim()) console.log(`── job summary (Markdown)\n${step.summary.trim()}`);
}

process.exitCode = await main();
