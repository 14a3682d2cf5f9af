import { errorMessage, redact, retryAfterMs } from '@archway/kit';

/** The channel refused or could not take the message, in a way that proves nothing was posted: safe to try again. */
export class NotAccepted extends Error {
  constructor(
    message: string,
    readonly status?: number,
    /** How long the service asked us to wait. */
    readonly waitMs?: number,
  ) {
    super(message);
  }
}

/** The message may or may not have been posted (a reset after sending, a 500): retried only where the channel dedupes. */
export class Uncertain extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** The channel said no for good (a bad payload, a revoked webhook): never retried. */
export class Refused extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface AttemptPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  baseDelayMs: number;
  /** A service asking for a longer wait than this is not waited for. */
  maxWaitMs: number;
  /** The channel has its own means against duplicates (an idempotency key, a PUT, a lookup first). */
  idempotent: boolean;
}

export const DEFAULT_POLICY: AttemptPolicy = { attempts: 4, baseDelayMs: 500, maxWaitMs: 30_000, idempotent: false };

export interface Attempted<T> {
  value?: T;
  error?: Error;
  attempts: number;
  status?: number;
}

/**
 * Call `send` until it succeeds, retrying only after a failure that proves nothing was accepted (or any
 * transient failure when the channel is idempotent), waiting what the service asked for.
 */
export async function withAttempts<T>(
  send: (attempt: number) => Promise<T>,
  policy: AttemptPolicy = DEFAULT_POLICY,
): Promise<Attempted<T>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return { value: await send(attempt), attempts: attempt };
    } catch (error) {
      const status = (error as { status?: number }).status;
      const retryable = error instanceof NotAccepted || (error instanceof Uncertain && policy.idempotent);
      const wait = error instanceof NotAccepted && error.waitMs !== undefined ? error.waitMs : policy.baseDelayMs * 2 ** (attempt - 1);
      if (!retryable || attempt >= policy.attempts) {
        const note =
          error instanceof Uncertain && !policy.idempotent
            ? ' (not retried: the channel may have taken it, and a retry could post it twice)'
            : '';
        return { error: new Error(redact(errorMessage(error)) + note), attempts: attempt, ...(status ? { status } : {}) };
      }
      if (wait > policy.maxWaitMs) {
        return {
          error: new Error(
            `${redact(errorMessage(error))}; the service asked to wait ${Math.ceil(wait / 1000)} s, more than ${policy.maxWaitMs / 1000} s`,
          ),
          attempts: attempt,
          ...(status ? { status } : {}),
        };
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/** Network errors that happen before a request is sent. */
const BEFORE_SENDING = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);
/** Gateways that answer for a service that did not get the request. */
const GATEWAY = new Set([502, 503, 504]);

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
}

/**
 * One HTTP request, classified: a 2xx answer is returned; 429 and gateway errors are NotAccepted (with the
 * wait the service asked for), a 5xx or a connection lost after sending is Uncertain, other answers Refused.
 */
export async function request(
  url: string,
  init: RequestInit,
  describe: (answer: HttpAnswer) => string = describeAnswer,
): Promise<HttpAnswer> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    const code = networkCode(error);
    const message = `the connection failed (${code ?? errorMessage(error)})`;
    throw code && BEFORE_SENDING.has(code) ? new NotAccepted(message) : new Uncertain(message);
  }
  let text = '';
  try {
    text = await response.text();
  } catch (error) {
    throw new Uncertain(`the answer broke off (${networkCode(error) ?? errorMessage(error)})`, response.status);
  }
  const answer = { status: response.status, headers: response.headers, text };
  if (response.ok) return answer;
  if (response.status === 429 || GATEWAY.has(response.status)) {
    throw new NotAccepted(describe(answer), response.status, waitOf(response, text));
  }
  if (response.status >= 500 || response.status === 408) throw new Uncertain(describe(answer), response.status);
  throw new Refused(describe(answer), response.status);
}

/** Retry-After, or Discord's own rate-limit fields (body retry_after, X-RateLimit-Reset-After), in ms. */
export function waitOf(response: Response, text: string): number | undefined {
  const header = retryAfterMs(response);
  if (header !== undefined) return header;
  const resetAfter = Number(response.headers.get('x-ratelimit-reset-after'));
  if (response.headers.has('x-ratelimit-reset-after') && Number.isFinite(resetAfter)) return resetAfter * 1000;
  try {
    const body = JSON.parse(text) as { retry_after?: unknown };
    if (typeof body.retry_after === 'number') return body.retry_after * 1000;
  } catch {
    // Not JSON: no wait given.
  }
  return undefined;
}

function describeAnswer(answer: HttpAnswer): string {
  const body = answer.text.trim().replace(/\s+/g, ' ').slice(0, 300);
  return `HTTP ${answer.status}${body ? `: ${body}` : ''}`;
}

function networkCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
