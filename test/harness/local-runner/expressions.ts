// Expression evaluation for the local runner, with GitHub's own expression library (@actions/expressions):
// the same lexer, parser, built-in functions and coercions as github.com; the runner-provided functions
// (success, failure, always, cancelled, hashFiles) are supplied here.
import { createHash } from 'node:crypto';
import { globSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import { truthy } from '@actions/expressions/result';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** What the status functions answer, for the job or step whose `if:` is evaluated. */
export interface StatusState {
  success: boolean;
  failure: boolean;
  cancelled: boolean;
}

export interface ExpressionScope {
  /** Context values by name (github, env, vars, inputs, secrets, needs, matrix, steps, job, runner, strategy, jobs). */
  contexts: Record<string, JsonValue | undefined>;
  status?: StatusState;
  /** The directory hashFiles() resolves patterns in (GITHUB_WORKSPACE). */
  workspace?: string;
}

export const CONTEXT_NAMES = [
  'github',
  'env',
  'vars',
  'inputs',
  'secrets',
  'needs',
  'matrix',
  'steps',
  'job',
  'jobs',
  'runner',
  'strategy',
];

export class ExpressionEvaluationFailure extends Error {}

function fn(name: string, minArgs: number, maxArgs: number, call: FunctionDefinition['call']): FunctionDefinition {
  return { name, minArgs, maxArgs, call };
}

/**
 * hashFiles as the runner computes it: SHA-256 over the SHA-256 of each matched file under the workspace; empty
 * when none. The files are taken in sorted path order (the runner takes its glob walk order, the same for one tree).
 */
export function hashFiles(workspace: string, patterns: string[]): string {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const excluded = new Set(exclude.flatMap((p) => globSync(p, { cwd: workspace })));
  const files = [...new Set(include.flatMap((p) => globSync(p, { cwd: workspace })))]
    .filter((f) => !excluded.has(f))
    .map((f) => path.resolve(workspace, f))
    .filter((f) => f.startsWith(workspace + path.sep) && statSync(f).isFile())
    .sort();
  if (files.length === 0) return '';
  const outer = createHash('sha256');
  for (const file of files) outer.update(createHash('sha256').update(readFileSync(file)).digest());
  return outer.digest('hex');
}

function functions(scope: ExpressionScope): Map<string, FunctionDefinition> {
  const status = scope.status ?? { success: true, failure: false, cancelled: false };
  const bool = (v: boolean) => () => new data.BooleanData(v);
  const defs = [
    fn('success', 0, 0, bool(status.success && !status.cancelled)),
    fn('failure', 0, 0, bool(status.failure && !status.cancelled)),
    fn('cancelled', 0, 0, bool(status.cancelled)),
    fn('always', 0, 0, bool(true)),
    fn('hashFiles', 1, 255, (...args) => {
      if (!scope.workspace) throw new ExpressionEvaluationFailure('hashFiles() is not available here (no workspace)');
      return new data.StringData(
        hashFiles(
          scope.workspace,
          args.map((a) => a.coerceString()),
        ),
      );
    }),
  ];
  return new Map(defs.map((d) => [d.name.toLowerCase(), d]));
}

const FUNCTION_INFOS = ['success', 'failure', 'cancelled', 'always'].map((name) => ({ name, minArgs: 0, maxArgs: 0 }));
FUNCTION_INFOS.push({ name: 'hashFiles', minArgs: 1, maxArgs: 255 });

function toData(value: JsonValue | undefined): data.ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData;
}

export function toJson(value: data.ExpressionData): JsonValue {
  return JSON.parse(JSON.stringify(value, data.replacer)) as JsonValue;
}

/** Evaluate one expression (without `${{ }}`) to GitHub's expression data. */
export function evaluateData(expression: string, scope: ExpressionScope): data.ExpressionData {
  const names = Object.keys(scope.contexts);
  let tree: ReturnType<Parser['parse']>;
  try {
    tree = new Parser(new Lexer(expression).lex().tokens, names, FUNCTION_INFOS).parse();
  } catch (error) {
    throw new ExpressionEvaluationFailure(`${(error as Error).message} in expression: ${expression}`);
  }
  const context = new data.Dictionary(...names.map((key) => ({ key, value: toData(scope.contexts[key]) })));
  try {
    return new Evaluator(tree, context, functions(scope)).evaluate();
  } catch (error) {
    throw new ExpressionEvaluationFailure(`${(error as Error).message} in expression: ${expression}`);
  }
}

export function evaluate(expression: string, scope: ExpressionScope): JsonValue {
  return toJson(evaluateData(expression, scope));
}

/** An `if:` condition as the runner decides it (the parser has already added `success() &&` where needed). */
export function evaluateCondition(expression: string, scope: ExpressionScope): boolean {
  return truthy(evaluateData(expression, scope));
}

/** A string with `${{ }}` placeholders (as written in YAML), each expression's result coerced to a string. */
export function interpolate(text: string, scope: ExpressionScope): string {
  return text.replace(/\$\{\{(.*?)\}\}/gs, (_, expr: string) => evaluateData(expr.trim(), scope).coerceString());
}

const WHOLE = /^\s*\$\{\{([\s\S]*)\}\}\s*$/;

/** The expression of a value that is one `${{ }}` and nothing else. */
function wholeExpression(text: string): string | undefined {
  const match = WHOLE.exec(text);
  const inner = match?.[1];
  return inner !== undefined && !inner.includes('}}') && !inner.includes('${{') ? inner.trim() : undefined;
}

/**
 * A value of the workflow document (as YAML reads it) evaluated as the runner does: a string that is one
 * `${{ }}` becomes the expression's value (an array or object stays one: `matrix: ${{ fromJSON(...) }}`),
 * other strings are interpolated, sequences and mappings are walked.
 */
export function evaluateValue(value: unknown, scope: ExpressionScope): JsonValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') {
    const whole = wholeExpression(value);
    return whole === undefined ? interpolate(value, scope) : evaluate(whole, scope);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((item) => evaluateValue(item, scope));
  if (typeof value === 'object') {
    const out: Record<string, JsonValue> = {};
    for (const [key, item] of Object.entries(value)) out[key] = evaluateValue(item, scope);
    return out;
  }
  return null;
}

/** A value evaluated to the string the runner passes on (env values, `with:` inputs, `run:`, outputs). */
export function evaluateValueString(value: unknown, scope: ExpressionScope): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') {
    const whole = wholeExpression(value);
    return whole === undefined ? interpolate(value, scope) : evaluateData(whole, scope).coerceString();
  }
  if (typeof value === 'object') return JSON.stringify(evaluateValue(value, scope));
  return String(value);
}

/** A mapping of strings (env:, with:, outputs:) evaluated entry by entry. */
export function evaluateValueMap(value: unknown, scope: ExpressionScope): Record<string, string> {
  const out: Record<string, string> = {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return out;
  for (const [key, item] of Object.entries(value)) out[key] = evaluateValueString(item, scope);
  return out;
}

export { truthy };
