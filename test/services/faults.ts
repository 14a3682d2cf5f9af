import type { IncomingMessage, ServerResponse } from 'node:http';

interface Match {
  times?: number;
  method?: string;
  path?: string | RegExp;
  /** The GitHub operation (repos/create-release) or the Twirp method (CacheService/CreateCacheEntry, 'blob'). */
  operationId?: string;
}

export type FaultRule =
  | ({ kind: 'status'; status: number; headers?: Record<string, string>; body?: unknown } & Match)
  | ({ kind: 'delay'; ms: number } & Match)
  | ({ kind: 'reset' } & Match);

/**
 * The faults a test asked for, consumed in order: each rule answers the next `times` requests that match
 * its method, path (a string matches as a prefix, a RegExp is tested against the path) and operation.
 */
export class Faults {
  readonly #rules: { rule: FaultRule; remaining: number }[] = [];

  add(rule: FaultRule): void {
    const times = rule.times ?? 1;
    if (!Number.isInteger(times) || times < 1) throw new Error(`fault rule times must be a positive integer, got ${times}`);
    if (rule.kind === 'status' && (rule.status < 100 || rule.status > 599))
      throw new Error(`fault status ${rule.status} is not an HTTP status`);
    this.#rules.push({ rule, remaining: times });
  }

  /** The rule that applies to this request, if any; it counts as used. */
  take(method: string, path: string, operationId?: string): FaultRule | undefined {
    const index = this.#rules.findIndex(({ rule }) => matches(rule, method, path, operationId));
    if (index < 0) return undefined;
    const entry = this.#rules[index] as { rule: FaultRule; remaining: number };
    entry.remaining -= 1;
    if (entry.remaining === 0) this.#rules.splice(index, 1);
    return entry.rule;
  }

  /** Rules not used up yet (a test can assert every fault it injected was hit). */
  get pending(): FaultRule[] {
    return this.#rules.map(({ rule }) => rule);
  }
}

function matches(rule: FaultRule, method: string, path: string, operationId: string | undefined): boolean {
  if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) return false;
  if (rule.operationId !== undefined && rule.operationId !== operationId) return false;
  if (rule.path === undefined) return true;
  return typeof rule.path === 'string' ? path.startsWith(rule.path) : rule.path.test(path);
}

/**
 * Play a fault. Returns the status answered, 0 for a reset connection, or undefined when the request
 * should go on to the real handler (after a delay).
 */
export async function playFault(
  rule: FaultRule,
  request: IncomingMessage,
  response: ServerResponse,
  defaultBody: (status: number, headers: Record<string, string>) => unknown,
): Promise<number | undefined> {
  switch (rule.kind) {
    case 'delay':
      await new Promise((resolve) => setTimeout(resolve, rule.ms));
      return undefined;
    case 'reset':
      request.socket.resetAndDestroy();
      return 0;
    case 'status': {
      const headers = Object.fromEntries(Object.entries(rule.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
      const body = rule.body ?? defaultBody(rule.status, headers);
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      const contentType = text.startsWith('<') ? 'application/xml' : 'application/json; charset=utf-8';
      response.writeHead(rule.status, { 'content-type': contentType, ...headers });
      response.end(text);
      return rule.status;
    }
  }
}

/** A 403 secondary rate limit, as GitHub answers it (octokit's throttling plugin waits Retry-After). */
export function secondaryRateLimit(retryAfterSeconds = 1, match: Match = {}): FaultRule {
  return {
    kind: 'status',
    status: 403,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url: 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: '403',
    },
    ...match,
  };
}

/** A primary rate limit: 403 with x-ratelimit-remaining 0 and the reset time `resetInSeconds` away. */
export function primaryRateLimit(resetInSeconds = 1, match: Match = {}): FaultRule {
  return {
    kind: 'status',
    status: 403,
    headers: {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': '5000',
      'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + resetInSeconds),
      'x-ratelimit-resource': 'core',
    },
    body: {
      message: 'API rate limit exceeded for installation.',
      documentation_url: 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api',
      status: '403',
    },
    ...match,
  };
}
