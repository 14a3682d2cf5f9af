import * as core from '@actions/core';
import { inputError } from './errors.ts';
import { registerSecret, registerUrlCredentials } from './secrets.ts';

/**
 * How one input of action.yml is read. action.yml stays the source of truth for names, defaults and
 * descriptions; an action's `contract.ts` declares the same names with a parser each, and a test checks
 * that both lists match.
 */
export interface InputSpec<T> {
  readonly kind: string;
  readonly secret?: boolean;
  parse(raw: string, name: string): T | Promise<T>;
}

type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

export type InputSpecs = Record<string, InputSpec<unknown>>;
export type Inputs<S extends InputSpecs> = {
  [K in keyof S as CamelCase<K & string>]: Awaited<ReturnType<S[K]['parse']>>;
};

export function camelCase(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Read every declared input into a typed object with camelCase keys. Secrets are masked first. */
export async function readInputs<S extends InputSpecs>(specs: S): Promise<Inputs<S>> {
  const raw = Object.fromEntries(Object.keys(specs).map((name) => [name, core.getInput(name)]));
  for (const [name, spec] of Object.entries(specs)) {
    const value = raw[name] ?? '';
    if (spec.secret && value) registerSecret(value);
    registerUrlCredentials(value);
  }
  const result: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) {
    result[camelCase(name)] = await spec.parse(raw[name] ?? '', name);
  }
  return result as Inputs<S>;
}

interface Common {
  /** An empty value is an error instead of `undefined` / the empty default. */
  required?: boolean;
}

function requireValue(raw: string, name: string, required: boolean | undefined, secret = false): void {
  if (required && raw.trim() === '') throw inputError(name, raw, 'a value is required', secret);
}

export function string(options: Common & { secret?: boolean; pattern?: RegExp; describe?: string } = {}): InputSpec<string> {
  return {
    kind: 'string',
    secret: options.secret,
    parse(raw, name) {
      requireValue(raw, name, options.required, options.secret);
      const value = raw.trim();
      if (value && options.pattern && !options.pattern.test(value)) {
        throw inputError(name, value, `expected ${options.describe ?? `a value matching ${options.pattern}`}`, options.secret);
      }
      return value;
    },
  };
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/** Strict like core.getBooleanInput: the YAML 1.2 core schema's true/false spellings only. */
export function boolean(): InputSpec<boolean> {
  return {
    kind: 'boolean',
    parse(raw, name) {
      const value = raw.trim();
      if (TRUE.includes(value)) return true;
      if (FALSE.includes(value)) return false;
      throw inputError(name, raw, 'expected true or false');
    },
  };
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

export function number(options: Common & { min?: number; max?: number; integer?: boolean } = {}): InputSpec<number | undefined> {
  return {
    kind: 'number',
    parse(raw, name) {
      requireValue(raw, name, options.required);
      const value = raw.trim();
      if (value === '') return undefined;
      // Decimal only: Number() would also take 0x10, 0b11, 1e3 and '  ', which nobody means in a workflow.
      const n = DECIMAL.test(value) ? Number(value) : Number.NaN;
      const range = `${options.min ?? '-∞'}..${options.max ?? '∞'}`;
      const what = `expected ${options.integer ? 'a whole number' : 'a number'} in ${range}`;
      if (!Number.isFinite(n)) throw inputError(name, raw, what);
      if (options.integer && !Number.isInteger(n)) throw inputError(name, raw, what);
      if ((options.min !== undefined && n < options.min) || (options.max !== undefined && n > options.max)) {
        throw inputError(name, raw, what);
      }
      return n;
    },
  };
}

/** A number input that must always have a value (its action.yml default supplies one). */
export function requiredNumber(options: { min?: number; max?: number; integer?: boolean } = {}): InputSpec<number> {
  const inner = number({ ...options, required: true });
  return { kind: 'number', parse: (raw, name) => inner.parse(raw, name) as number };
}

export function choice<const T extends string>(values: readonly T[], options: Common = {}): InputSpec<T | undefined> {
  return {
    kind: 'choice',
    parse(raw, name) {
      requireValue(raw, name, options.required);
      const value = raw.trim();
      if (value === '') return undefined;
      if (!(values as readonly string[]).includes(value)) throw inputError(name, raw, `expected one of ${values.join(', ')}`);
      return value as T;
    },
  };
}

/** A choice input whose action.yml default always supplies a value. */
export function requiredChoice<const T extends string>(values: readonly T[]): InputSpec<T> {
  const inner = choice(values, { required: true });
  return { kind: 'choice', parse: (raw, name) => inner.parse(raw, name) as T };
}

/**
 * A list, written any of the ways people write one in a workflow: a single plain value, one item per line,
 * or a YAML list (`[a, b]` or `- a` lines). Items are trimmed; blank items and `#` comment lines are
 * dropped. A `separator` (e.g. /,/) additionally splits plain lines, for inputs whose items cannot contain
 * it. `item` checks each item and may transform it. A value is never taken as a file name here: an input
 * that may name a file says so with its own prefix or input.
 */
export function list<T = string>(options: Common & { item?: (value: string, name: string) => T; separator?: RegExp } = {}): InputSpec<T[]> {
  return {
    kind: 'list',
    parse(raw, name) {
      requireValue(raw, name, options.required);
      const items = listItems(raw, name, options.separator).filter((item) => item !== '');
      if (options.required && items.length === 0) throw inputError(name, raw, 'expected at least one item');
      return items.map((item) => (options.item ? options.item(item, name) : (item as T)));
    },
  };
}

/** The items of a list input, in the three accepted forms (see `list`). */
export function listItems(raw: string, name: string, separator?: RegExp): string[] {
  const lines = raw.split(/\r?\n/).filter((line) => line.trim() !== '' && !line.trim().startsWith('#'));
  const first = lines[0]?.trim() ?? '';
  if (lines.length === 1 && first.startsWith('[') && first.endsWith(']')) return flowItems(first, raw, name);
  if (lines.length > 0 && lines.every((line) => /^\s*-(\s|$)/.test(line))) {
    return lines.map((line) => unquote(line.replace(/^\s*-\s?/, '').trim()));
  }
  return lines.flatMap((line) => (separator ? line.split(separator) : [line])).map((item) => item.trim());
}

/** `[a, 'b, c', "d"]`: items split at commas outside quotes. */
function flowItems(text: string, raw: string, name: string): string[] {
  const items: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (const c of text.slice(1, -1)) {
    if (quote) {
      if (c === quote) quote = undefined;
      current += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      current += c;
    } else if (c === ',') {
      items.push(current);
      current = '';
    } else if (c === '[' || c === '{') {
      throw inputError(name, raw, 'expected a list of plain values (nested lists and mappings are not list items)');
    } else {
      current += c;
    }
  }
  if (quote) throw inputError(name, raw, `expected a list; a ${quote} quote is not closed`);
  if (current.trim() !== '' || items.length > 0) items.push(current);
  return items.map((item) => unquote(item.trim()));
}

function unquote(item: string): string {
  const quoted = /^(['"])(.*)\1$/.exec(item);
  return quoted ? (quoted[2] ?? '') : item;
}
