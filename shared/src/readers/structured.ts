import type { ErrorObject } from 'ajv';
import { ConfigurationError, errorMessage, inputError, showValue } from '../runner/errors.ts';
import { type InputSpec, listItems } from '../runner/inputs.ts';
import { FILE_LIMITS, readUserFile } from './files.ts';

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
  const { text, source } = await readInlineOrFile(raw, name, secret);
  const label = `Input '${name}'${source}`;
  return { value: await parseYaml(text, label), label };
}

/** One line that is not a flow collection, a block list item (`- item`) or a `key: value` pair names a file. */
function looksLikePath(trimmed: string): boolean {
  return !trimmed.includes('\n') && !/^([[{]|- )/.test(trimmed) && !/:\s/.test(trimmed);
}

async function readInlineOrFile(raw: string, name: string, secret?: boolean): Promise<{ text: string; source: string }> {
  const trimmed = raw.trim();
  if (!looksLikePath(trimmed)) {
    if (raw.length > FILE_LIMITS.config) throw inputError(name, raw, `inline YAML/JSON is limited to ${FILE_LIMITS.config} bytes`, secret);
    return { text: raw, source: '' };
  }
  const text = await readUserFile(name, trimmed, { maxBytes: FILE_LIMITS.config, what: 'YAML/JSON file' });
  return { text, source: ` (file ${trimmed})` };
}

/**
 * A list input whose items are text or mappings (milestones, patterns, script steps), validated by a
 * schema. Written as a single plain value, one item per line, or a YAML list; a file only with the
 * `file:` prefix (`file: ci/expect.yml`), so an item such as `Welcome to Buildroot` is never taken for a
 * file name.
 */
export function structuredList<T>(options: { schema: Schema }): InputSpec<T[]> {
  return {
    kind: 'structured-list',
    async parse(raw, name) {
      const trimmed = raw.trim();
      if (trimmed === '') return [];
      const fileName = /^file:\s*(\S.*)$/.exec(trimmed)?.[1];
      let value: unknown;
      let label = `Input '${name}'`;
      if (fileName !== undefined) {
        label = `Input '${name}' (file ${fileName})`;
        value = await parseYaml(await readUserFile(name, fileName, { maxBytes: FILE_LIMITS.config, what: 'YAML file' }), label);
      } else if (/^\[/.test(trimmed) || /^-(\s|$)/.test(trimmed)) {
        if (raw.length > FILE_LIMITS.config) throw inputError(name, raw, `inline YAML is limited to ${FILE_LIMITS.config} bytes`);
        value = await parseYaml(raw, label);
      } else {
        value = listItems(raw, name);
      }
      if (!Array.isArray(value)) throw inputError(name, raw, 'expected a list: one item per line, or a YAML list');
      checkColonTrap(value, name);
      return validate<T[]>(value, options.schema, label);
    },
  };
}

/** YAML reads an unquoted `- login:` as a mapping with no value: say so plainly, before the schema would. */
function checkColonTrap(items: unknown[], name: string): void {
  for (const item of items) {
    const entries = item && typeof item === 'object' && !Array.isArray(item) ? Object.entries(item) : [];
    if (entries.length === 1 && entries[0]?.[1] === null) {
      const key = entries[0][0];
      throw inputError(name, `- ${key}:`, `YAML reads this item as a mapping; quote text that ends with a colon: - "${key}:"`);
    }
  }
}

/** Deeper nesting than any real configuration needs; the YAML parser itself would overflow its stack. */
export const MAX_YAML_DEPTH = 64;
/** yaml's own guard against "billion laughs": aliases expanded per document. */
const MAX_ALIAS_COUNT = 1000;

/**
 * An upper bound on the nesting of a YAML text, counted without parsing it: flow brackets outside quotes
 * and comments, plus the block levels that indentation (and `- - -` on one line) opens.
 */
function nestingBound(text: string): number {
  let max = 0;
  let flow = 0;
  const indents: number[] = [];
  for (const line of text.split('\n')) {
    const indent = /^[ -]*/.exec(line)?.[0] ?? '';
    const column = indent.length;
    if (line.trim() !== '' && !line.trim().startsWith('#')) {
      while (indents.length > 0 && (indents.at(-1) as number) >= column) indents.pop();
      indents.push(column);
    }
    const dashes = (indent.match(/-(?= |$)/g) ?? []).length;
    let quote: string | undefined;
    for (const c of line) {
      if (quote) {
        if (c === quote) quote = undefined;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '#') break;
      else if (c === '[' || c === '{') flow++;
      else if (c === ']' || c === '}') flow = Math.max(0, flow - 1);
      max = Math.max(max, flow + indents.length + dashes);
    }
    max = Math.max(max, flow + indents.length + dashes);
  }
  return max;
}

/** Scalars in hexadecimal, octal or binary: a workflow value like `smp: 0x10` is refused, numbers are decimal. */
function nonDecimalNumber(doc: import('yaml').Document, visit: typeof import('yaml').visit): string | undefined {
  let found: string | undefined;
  visit(doc, {
    Scalar(_key, node) {
      const source = (node.srcToken as { source?: string } | undefined)?.source ?? '';
      if (typeof node.value === 'number' && /^[-+]?0[xob]/i.test(source)) {
        found = source;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

export async function parseYaml(text: string, label: string): Promise<unknown> {
  if (nestingBound(text) > MAX_YAML_DEPTH) throw new ConfigurationError(`${label} is nested more than ${MAX_YAML_DEPTH} levels deep`);
  const { parseDocument, visit } = await import('yaml');
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, keepSourceTokens: true });
  const first = doc.errors[0];
  if (first) {
    const where = first.linePos?.[0] ? ` at line ${first.linePos[0].line}, column ${first.linePos[0].col}` : '';
    throw new ConfigurationError(
      `${label} is not valid YAML/JSON${where}: ${first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
    );
  }
  const nonDecimal = nonDecimalNumber(doc, visit);
  if (nonDecimal)
    throw new ConfigurationError(
      `${label} has the number ${showValue(nonDecimal)}: numbers are decimal (write it in base 10, or quote it as text)`,
    );
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // yaml throws a ReferenceError for an alias bomb; that is the user's document, not a bug.
    throw new ConfigurationError(
      `${label} expands its aliases too often (more than ${MAX_ALIAS_COUNT}): ${errorMessage(error).split('\n')[0]}`,
    );
  }
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
