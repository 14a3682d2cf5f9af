import { describeErrors, type GitHubSpec, type Operation, type Parameter, type Schema } from './spec.ts';

export interface CheckedRequest {
  problems: string[];
  query: Record<string, unknown>;
  /** Parsed JSON for JSON operations; the raw bytes otherwise. */
  body: unknown;
  /** The body is not JSON though the operation takes JSON: GitHub answers 400 "Problems parsing JSON". */
  unparsable: boolean;
}

/**
 * Check a request against its operation the way GitHub's schema validation does (missing required
 * parameters, wrong types, values outside an enum, a body that does not match), and more strictly in one
 * respect: a parameter or body key the description does not know is a mistake in the caller (a typo
 * GitHub would silently ignore), so it is reported too.
 */
export async function checkRequest(
  spec: GitHubSpec,
  operation: Operation,
  params: Record<string, string>,
  rawQuery: URLSearchParams,
  rawBody: Buffer,
): Promise<CheckedRequest> {
  const problems: string[] = [];
  const query: Record<string, unknown> = {};

  for (const parameter of operation.parameters.filter((p) => p.in === 'path')) {
    problems.push(...(await checkValue(spec, parameter, coerce(params[parameter.name] as string, parameter.schema))));
  }
  const declared = new Map(operation.parameters.filter((p) => p.in === 'query').map((p) => [p.name, p]));
  for (const name of new Set(rawQuery.keys())) {
    if (!declared.has(name)) problems.push(`query parameter "${name}" is not a parameter of ${operation.operationId}`);
  }
  for (const parameter of declared.values()) {
    const raw = rawQuery.get(parameter.name);
    if (raw === null) {
      if (parameter.required) problems.push(`"${parameter.name}" wasn't supplied (query)`);
      continue;
    }
    query[parameter.name] = coerce(raw, parameter.schema);
    problems.push(...(await checkValue(spec, parameter, query[parameter.name])));
  }

  const takesJson = operation.requestBody?.json !== undefined;
  if (!operation.requestBody) {
    if (rawBody.length > 0 && rawBody.toString().trim() !== '{}') problems.push(`${operation.operationId} takes no request body`);
    return { problems, query, body: undefined, unparsable: false };
  }
  if (!takesJson) return { problems, query, body: rawBody, unparsable: false };
  if (rawBody.length === 0) {
    if (operation.requestBody.required) problems.push('a JSON request body is required');
    return { problems, query, body: undefined, unparsable: false };
  }
  let body: unknown;
  try {
    body = JSON.parse(rawBody.toString('utf8'));
  } catch {
    return { problems: [...problems, 'the request body is not JSON'], query, body: undefined, unparsable: true };
  }
  const json = operation.requestBody.json as { pointer: string; schema: Schema };
  problems.push(...describeErrors(await spec.validate(json.pointer, body), 'body'));
  problems.push(...unknownKeys(spec, json.schema, body));
  return { problems, query, body, unparsable: false };
}

/** Query and path values arrive as strings: give them the schema's type before validating. */
function coerce(raw: string, schema: Schema | undefined): unknown {
  switch (schema?.type) {
    case 'integer':
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : raw;
    case 'array':
      return raw.split(',').map((item) => coerce(item, schema.items as Schema | undefined));
    default:
      return raw;
  }
}

async function checkValue(spec: GitHubSpec, parameter: Parameter, value: unknown): Promise<string[]> {
  if (!parameter.schema) return [];
  const errors = await spec.validateSchema(parameter.schema, value);
  return describeErrors(errors, `${parameter.in} parameter "${parameter.name}"`);
}

/** Top-level body keys the operation's schema does not declare (when it declares its keys at all). */
function unknownKeys(spec: GitHubSpec, schema: Schema, body: unknown): string[] {
  const resolved = spec.resolveSchema(schema);
  if (!resolved || !body || typeof body !== 'object' || Array.isArray(body)) return [];
  const properties = resolved.properties as Record<string, unknown> | undefined;
  if (!properties || 'additionalProperties' in resolved || resolved.anyOf || resolved.allOf) return [];
  return Object.keys(body)
    .filter((key) => !(key in properties))
    .map((key) => `"${key}" is not a property of the request body (allowed: ${Object.keys(properties).join(', ')})`);
}

/** A response the fake gives must be documented and match its schema. */
export async function checkResponse(spec: GitHubSpec, operation: Operation, status: number, body: unknown): Promise<string[]> {
  if (!(String(status) in operation.responses) && !('default' in operation.responses)) {
    return [`status ${status} is not a documented response of ${operation.operationId}`];
  }
  const schema = operation.responses[String(status)] ?? operation.responses.default;
  if (!schema || body === undefined) return [];
  return describeErrors(await spec.validate(schema.pointer, body), 'response');
}
