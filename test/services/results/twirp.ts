import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** A protobuf-ts message type, as generated inside @actions/cache and @actions/artifact. */
export interface MessageType<T = Record<string, unknown>> {
  create(value?: Partial<T>): T;
  fromJson(json: unknown, options?: { ignoreUnknownFields?: boolean }): T;
  toJson(message: T, options?: { useProtoFieldName?: boolean; emitDefaultValues?: boolean }): unknown;
}

const STATUS: Record<string, number> = {
  invalid_argument: 400,
  malformed: 400,
  unauthenticated: 401,
  permission_denied: 403,
  bad_route: 404,
  not_found: 404,
  already_exists: 409,
  failed_precondition: 412,
  resource_exhausted: 429,
  internal: 500,
  unimplemented: 501,
  unavailable: 503,
};

/** A Twirp error: HTTP status from its code, JSON body {code, msg}. */
export class TwirpError extends Error {
  constructor(
    readonly code: keyof typeof STATUS,
    message: string,
  ) {
    super(message);
  }

  get status(): number {
    return STATUS[this.code] ?? 500;
  }

  body(): { code: string; msg: string } {
    return { code: this.code, msg: this.message };
  }
}

export interface Method {
  input: MessageType;
  output: MessageType;
  // biome-ignore lint/suspicious/noExplicitAny: each method has its own generated request type
  handle(request: any): Record<string, unknown> | Promise<Record<string, unknown>>;
}

/**
 * The request/response messages of the results service, taken from the client libraries' own generated
 * code: a request the real client could not have produced fails to parse, and answers are serialised
 * the way a Twirp server does (proto field names, default values included, int64 as strings).
 */
export async function generatedMessages(pkg: '@actions/cache' | '@actions/artifact', file: string): Promise<Record<string, MessageType>> {
  const entry = fileURLToPath(import.meta.resolve(pkg));
  return (await import(pathToFileURL(path.join(path.dirname(entry), file)).href)) as Record<string, MessageType>;
}

export function decodeRequest(method: Method, json: unknown): Record<string, unknown> {
  try {
    return method.input.fromJson(json, { ignoreUnknownFields: false });
  } catch (error) {
    throw new TwirpError('malformed', `the request does not match the message: ${(error as Error).message}`);
  }
}

export function encodeResponse(method: Method, value: Record<string, unknown>): unknown {
  return method.output.toJson(method.output.create(value), { useProtoFieldName: true, emitDefaultValues: true });
}
