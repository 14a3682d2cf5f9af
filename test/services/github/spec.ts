import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';

export type Schema = Record<string, unknown>;

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

export interface Operation {
  operationId: string;
  /** docs.github.com page of the operation, GitHub's documentation_url in error answers. */
  documentationUrl: string;
  method: string;
  /** The path template, e.g. /repos/{owner}/{repo}/releases/{release_id}. */
  template: string;
  parameters: Parameter[];
  /** The request body, if the operation takes one: its media types, and where its JSON schema is. */
  requestBody?: { required: boolean; mediaTypes: string[]; json?: SchemaRef };
  /** Documented statuses; the JSON schema of each, when the response has a JSON body. */
  responses: Record<string, SchemaRef | undefined>;
}

/** A schema and its JSON pointer inside the description (validators compile in place, so $refs resolve). */
export interface SchemaRef {
  pointer: string;
  schema: Schema;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  components: { parameters: Record<string, Parameter> } & Record<string, unknown>;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
const SPEC_ID = 'api.github.com';

/**
 * GitHub's own OpenAPI description of api.github.com (from @octokit/openapi), loaded once per process on
 * first use: it is 13 MB, so servers that never see a request do not pay for it. Validators are compiled
 * per schema on first use, in place inside the description so its $refs resolve.
 */
export class GitHubSpec {
  readonly operations: Operation[];
  readonly #document: OpenApiDocument;
  readonly #validators = new Map<string, ValidateFunction>();
  readonly #inline = new WeakMap<Schema, ValidateFunction>();
  #ajv: import('ajv').default | undefined;

  private constructor(document: OpenApiDocument) {
    this.#document = document;
    this.operations = [];
    for (const [template, item] of Object.entries(document.paths)) {
      const shared = (item.parameters as Parameter[] | undefined) ?? [];
      for (const method of HTTP_METHODS) {
        const raw = item[method] as
          | { operationId: string; parameters?: Parameter[]; responses?: object; externalDocs?: { url: string } }
          | undefined;
        if (!raw) continue;
        const pointer = `#/paths/${escapePointer(template)}/${method}`;
        const body = this.#at(`${pointer}/requestBody`) as { required?: boolean; content: Record<string, unknown> } | undefined;
        this.operations.push({
          operationId: raw.operationId,
          documentationUrl: raw.externalDocs?.url ?? 'https://docs.github.com/rest',
          method: method.toUpperCase(),
          template,
          parameters: [...shared, ...(raw.parameters ?? [])].map((p) => this.#dereference(p)),
          requestBody: body && {
            required: body.required === true,
            mediaTypes: Object.keys(body.content),
            json: this.#schemaAt(`${pointer}/requestBody/content/application~1json/schema`),
          },
          responses: Object.fromEntries(
            Object.keys(raw.responses ?? {}).map((status) => [
              status,
              this.#schemaAt(`${pointer}/responses/${status}/content/application~1json/schema`),
            ]),
          ),
        });
      }
    }
  }

  static async load(): Promise<GitHubSpec> {
    loading ??= (async () => {
      const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
      const document = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
      readAsGitHubDoes(document);
      return new GitHubSpec(document);
    })();
    return loading;
  }

  /** Follow a local $ref (one level at a time until a non-ref object). */
  #dereference<T>(value: T): T {
    let current = value as { $ref?: string };
    while (current && typeof current.$ref === 'string') current = this.resolvePointer(current.$ref) as { $ref?: string };
    return current as T;
  }

  resolvePointer(ref: string): unknown {
    let node: unknown = this.#document;
    if (ref === '#') return node;
    for (const part of ref.replace(/^#\//, '').split('/')) {
      node = (node as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    return node;
  }

  /** Canonical pointer: each step through a {$ref} object continues from the referenced location. */
  #canonical(pointer: string): string | undefined {
    let at = '#';
    for (const part of pointer.replace(/^#\//, '').split('/')) {
      let node = this.resolvePointer(at) as { $ref?: string } | undefined;
      while (node && typeof node.$ref === 'string') {
        at = node.$ref;
        node = this.resolvePointer(at) as { $ref?: string } | undefined;
      }
      if (!node || typeof node !== 'object') return undefined;
      at = `${at}/${part}`;
    }
    return this.resolvePointer(at) === undefined ? undefined : at;
  }

  #at(pointer: string): unknown {
    const canonical = this.#canonical(pointer);
    return canonical ? this.#dereference(this.resolvePointer(canonical)) : undefined;
  }

  #schemaAt(pointer: string): SchemaRef | undefined {
    const canonical = this.#canonical(pointer);
    return canonical ? { pointer: canonical, schema: this.resolvePointer(canonical) as Schema } : undefined;
  }

  /** Resolve a schema's $ref chain to the schema itself (for inspecting its properties). */
  resolveSchema(schema: Schema | undefined): Schema | undefined {
    return schema ? this.#dereference(schema) : undefined;
  }

  /** Validate a value against the schema found at `pointer` (a JSON pointer into the description). */
  async validate(pointer: string, value: unknown): Promise<ErrorObject[]> {
    let check = this.#validators.get(pointer);
    if (!check) {
      const ajv = await this.#compiler();
      check = ajv.compile({ $ref: `${SPEC_ID}${encodePointer(pointer)}` });
      this.#validators.set(pointer, check);
    }
    return check(value) ? [] : [...(check.errors ?? [])];
  }

  /** Validate against a small inline schema (a parameter's); compiled once per schema object. */
  async validateSchema(schema: Schema, value: unknown): Promise<ErrorObject[]> {
    let check = this.#inline.get(schema);
    if (!check) {
      const ajv = await this.#compiler();
      check = ajv.compile(schema);
      this.#inline.set(schema, check);
    }
    return check(value) ? [] : [...(check.errors ?? [])];
  }

  async #compiler(): Promise<import('ajv').default> {
    if (this.#ajv) return this.#ajv;
    const { default: Ajv } = await import('ajv');
    const { default: addFormats } = await import('ajv-formats');
    // OpenAPI 3.0 schemas: `nullable`, examples and x-* extensions are not JSON Schema keywords.
    const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, verbose: true });
    addFormats(ajv);
    ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isSafeInteger(n) });
    ajv.addFormat('binary', true);
    ajv.addSchema({ ...this.#document, $id: SPEC_ID }, undefined, undefined, false);
    this.#ajv = ajv;
    return ajv;
  }
}

let loading: Promise<GitHubSpec> | undefined;

/**
 * Read the description as GitHub's validator does, once, in place: OpenAPI 3.0 lets `nullable: true` admit
 * null even where an `enum` omits it (JSON Schema does not), and GitHub's `oneOf` alternatives overlap
 * (an error body matches both basic-error and repository-rule-violation-error) and are checked as anyOf
 * (GitHub's own messages say "No subschema in anyOf matched").
 */
function readAsGitHubDoes(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) readAsGitHubDoes(item);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const schema = node as { nullable?: unknown; type?: unknown; enum?: unknown[]; oneOf?: unknown[]; anyOf?: unknown[]; allOf?: unknown[] };
  if (schema.nullable === true && Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum.push(null);
  if (Array.isArray(schema.oneOf) && !schema.anyOf) {
    schema.anyOf = schema.oneOf;
    delete schema.oneOf;
  }
  // `nullable` without a `type` (e.g. {nullable: true, anyOf: [...]}, as the snapshot's metadata is written):
  // null is one more alternative. ajv refuses nullable without type, so say it in JSON Schema's own terms.
  if (schema.nullable === true && schema.type === undefined) {
    delete schema.nullable;
    if (Array.isArray(schema.anyOf)) schema.anyOf.push({ type: 'null' });
    else if (Array.isArray(schema.allOf)) {
      schema.anyOf = [{ allOf: schema.allOf }, { type: 'null' }];
      delete schema.allOf;
    }
  }
  for (const value of Object.values(node)) readAsGitHubDoes(value);
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A JSON pointer as a URI fragment: each segment percent-encoded (templates contain { and }). */
function encodePointer(pointer: string): string {
  return `#/${pointer
    .replace(/^#\//, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/')}`;
}

/** One readable line per ajv error, in the spirit of GitHub's "Invalid request" details. */
export function describeErrors(errors: ErrorObject[], root: string): string[] {
  return errors
    .filter((e) => e.keyword !== 'if')
    .map((e) => {
      const at = `${root}${e.instancePath}`;
      const params = e.params as Record<string, unknown>;
      switch (e.keyword) {
        case 'required':
          return `"${params.missingProperty}" wasn't supplied (at ${at || '/'})`;
        case 'additionalProperties':
          return `"${params.additionalProperty}" is not a permitted key (at ${at || '/'})`;
        case 'enum':
          return `${at} is ${JSON.stringify(e.data)}, not one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
        default:
          return `${at || '/'} ${e.message ?? 'is invalid'} (got ${JSON.stringify(e.data)?.slice(0, 200)})`;
      }
    });
}
