// Reading a workflow with GitHub's own parser: the schema checks, expression syntax, allowed contexts per
// key and the job graph (unknown needs, cycles) are those of github.com, with its messages.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { convertWorkflowTemplate, isMapping, NoOperationTraceWriter, parseWorkflow, type WorkflowTemplate } from '@actions/workflow-parser';
import type { Step, WorkflowJob } from '@actions/workflow-parser/model/workflow-template';
import type { MappingToken, TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import { parse as parseYaml } from 'yaml';

export class WorkflowRejected extends Error {
  constructor(
    readonly file: string,
    readonly errors: string[],
  ) {
    super(`${file} is not a valid workflow:\n${errors.map((e) => `  ${e}`).join('\n')}`);
  }
}

export interface LoadedWorkflow {
  /** The path as given (relative to the repository root when read through `uses:`). */
  file: string;
  name: string;
  template: WorkflowTemplate;
  /** The parsed document, for the keys the converted model leaves out (shell, with, timeout-minutes, defaults, ...). */
  root: MappingToken;
  /** The same document as plain values (what the runner evaluates: strings with `${{ }}` as written). */
  doc: Doc;
}

// biome-ignore lint/suspicious/noExplicitAny: a YAML document's values are any shape
export type Doc = Record<string, any>;

/** Parse and validate; throws WorkflowRejected with GitHub's messages for a file GitHub would reject. */
export async function parseWorkflowText(name: string, content: string): Promise<LoadedWorkflow> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (errors.length > 0 || !parsed.value) throw new WorkflowRejected(name, errors.length > 0 ? errors : ['empty workflow']);
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  if (template.errors?.length)
    throw new WorkflowRejected(
      name,
      template.errors.map((e) => e.Message),
    );
  const root = parsed.value.assertMapping('workflow root');
  const nameToken = find(root, 'name');
  const workflowName = nameToken?.isLiteral ? String(nameToken.assertScalar('name').toString()) : path.basename(name);
  return { file: name, name: workflowName, template, root, doc: parseYaml(content) as Doc };
}

export async function loadWorkflow(file: string, displayName = file): Promise<LoadedWorkflow> {
  return parseWorkflowText(displayName, readFileSync(file, 'utf8'));
}

export function find(mapping: TemplateToken | undefined, key: string): TemplateToken | undefined {
  if (!mapping || !isMapping(mapping)) return undefined;
  for (const pair of mapping) if (pair.key.toString() === key) return pair.value;
  return undefined;
}

/** The job as plain values. */
export function docJob(workflow: LoadedWorkflow, id: string): Doc {
  return (workflow.doc.jobs?.[id] ?? {}) as Doc;
}

/** The `on.workflow_call` block as plain values (`on: workflow_call` as a string or list gives {}). */
export function workflowCall(workflow: LoadedWorkflow): Doc | undefined {
  const on = workflow.doc.on;
  if (on === 'workflow_call' || (Array.isArray(on) && on.includes('workflow_call'))) return {};
  if (on && typeof on === 'object' && 'workflow_call' in on) return (on.workflow_call ?? {}) as Doc;
  return undefined;
}

export type { Step, WorkflowJob };
