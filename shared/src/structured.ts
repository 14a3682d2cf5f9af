import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import { ConfigurationError, inputError, showValue } from './errors.ts';
import type { InputSpec } from './inputs.ts';

type Schema = Record<string, unknown>;

/**
 * A YAML or JSON input, given inline or as a path to a file (relative to the workspace), validated with
 * ajv against a JSON schema kept beside the action. Errors point at the offending key.
 */
export function structured<T>(options: { schema: Schema; required?: boolean; secret?: boolean }): InputSpec<T | undefined> {
  return {
    kind: 'structured',
    secret: options.secret,
    async parse(raw, name) {
      if (raw.trim() === '') {
        if (options.required) throw inputError(name, raw, 'a value is required', options.secret);
        return undefined;
      }
      const { value, label } = await readStructured(raw, name, options.secret);
      return validate<T>(value, options.schema, label, options.secret);
    },
  };
}

/**
 * Parse a YAML/JSON input given inline or as the path of a file in the workspace, without validating it.
 * `label` names the input (and the file) for error messages.
 */
export async function readStructured(raw: string, name: string, secret = false): Promise<{ value: unknown; label: string }> {
  const { text, source } = readInlineOrFile(raw, name, secret);
  const label = `Input '${name}'${source}`;
  return { value: await parseYaml(text, label), label };
}

function readInlineOrFile(raw: string, name: string, secret?: boolean): { text: string; source: string } {
  const trimmed = raw.trim();
  // One line that is not a flow collection, a block list item (`- item`) or a `key: value` pair names a file.
  const looksLikePath = !trimmed.includes('\n') && !/^([[{]|- )/.test(trimmed) && !/:\s/.test(trimmed);
  if (!looksLikePath) return { text: raw, source: '' };
  const file = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), trimmed);
  if (existsSync(file)) return { text: readFileSync(file, 'utf8'), source: ` (file ${trimmed})` };
  throw inputError(name, raw, 'expected inline YAML/JSON or the path of an existing file (no such file)', secret);
}

export async function parseYaml(text: string, label: string): Promise<unknown> {
  const { parseDocument } = await import('yaml');
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const where = first.linePos?.[0] ? ` at line ${first.linePos[0].line}, column ${first.linePos[0].col}` : '';
    throw new ConfigurationError(
      `${label} is not valid YAML/JSON${where}: ${first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
    );
  }
  return doc.toJS();
}

const compiled = new WeakMap<Schema, (value: unknown) => boolean>();

/** Validate a parsed value against a JSON schema (draft 2020-12 or 07), throwing a ConfigurationError. */
export async function validate<T>(value: unknown, schema: Schema, label: string, secret = false): Promise<T> {
  let check = compiled.get(schema) as ((value: unknown) => boolean) & { errors?: ErrorObject[] | null };
  if (!check) {
    const { default: Ajv2020 } = await import('ajv/dist/2020.js');
    const { default: addFormats } = await import('ajv-formats');
    // verbose: errors carry the offending data and the schema around it, for the message.
    const ajv = new Ajv2020({ allErrors: true, strict: true, useDefaults: true, verbose: true });
    addFormats(ajv);
    check = ajv.compile(schema);
    compiled.set(schema, check);
  }
  if (!check(value)) {
    const errors = (check.errors ?? []).map((e) => describeError(e, secret));
    throw new ConfigurationError(`${label} is invalid: ${[...new Set(errors)].slice(0, 5).join('; ')}`);
  }
  return value as T;
}

function describeError(error: ErrorObject, secret: boolean): string {
  const at = error.instancePath || '/';
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown key '${params.additionalProperty}' at ${at}${allowedKeys(error)}`;
    case 'required':
      return `missing key '${params.missingProperty}' at ${at}`;
    case 'enum':
      return `${at} is ${shown(error.data, secret)}, expected one of ${(params.allowedValues as unknown[]).join(', ')}`;
    default:
      return `${at} ${error.message ?? 'is invalid'} (got ${shown(error.data, secret)})`;
  }
}

function allowedKeys(error: ErrorObject): string {
  const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return properties ? ` (allowed: ${Object.keys(properties).join(', ')})` : '';
}

function shown(data: unknown, secret: boolean): string {
  return showValue(typeof data === 'string' ? data : (JSON.stringify(data) ?? 'undefined'), secret);
}
