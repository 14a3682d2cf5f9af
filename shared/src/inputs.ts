import * as core from '@actions/core';
import { inputError } from './errors.ts';

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
    if (spec.secret && raw[name]) core.setSecret(raw[name]);
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

export function number(options: Common & { min?: number; max?: number; integer?: boolean } = {}): InputSpec<number | undefined> {
  return {
    kind: 'number',
    parse(raw, name) {
      requireValue(raw, name, options.required);
      const value = raw.trim();
      if (value === '') return undefined;
      const n = Number(value);
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
 * A list: one item per line or comma-separated, items trimmed, blank items and `#` comment lines dropped.
 * `item` checks each item and may transform it.
 */
export function list<T = string>(options: Common & { item?: (value: string, name: string) => T; separator?: RegExp } = {}): InputSpec<T[]> {
  return {
    kind: 'list',
    parse(raw, name) {
      requireValue(raw, name, options.required);
      const items = raw
        .split(/\r?\n/)
        .filter((line) => !line.trim().startsWith('#'))
        .flatMap((line) => line.split(options.separator ?? /,/))
        .map((item) => item.trim())
        .filter((item) => item !== '');
      if (options.required && items.length === 0) throw inputError(name, raw, 'expected at least one item');
      return items.map((item) => (options.item ? options.item(item, name) : (item as T)));
    },
  };
}
