import * as core from '@actions/core';

export interface RetryOptions {
  /** Attempts after the first one. */
  retries?: number;
  /** First back-off; doubles each attempt (with jitter) unless the server says Retry-After. */
  baseDelayMs?: number;
  /** Never wait longer than this for one attempt, even if Retry-After asks for more. */
  maxDelayMs?: number;
  /** Per-attempt timeout. */
  timeoutMs?: number;
}

const RETRIED_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

/**
 * fetch() for non-GitHub endpoints (webhooks, registries): bounded retries on network errors and on
 * 408/425/429/5xx, honouring Retry-After (seconds or an HTTP date). The last response is returned as is,
 * so the caller decides what a non-2xx means.
 */
export async function fetchWithRetry(url: string | URL, init: RequestInit = {}, options: RetryOptions = {}): Promise<Response> {
  const retries = options.retries ?? 4;
  const base = options.baseDelayMs ?? 500;
  const max = options.maxDelayMs ?? 60_000;
  for (let attempt = 0; ; attempt++) {
    let response: Response | undefined;
    let failure: unknown;
    try {
      response = await fetch(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
      if (!RETRIED_STATUS.has(response.status) || attempt >= retries) return response;
    } catch (error) {
      failure = error;
      if (attempt >= retries) throw error;
    }
    const delay = Math.min(max, retryAfterMs(response) ?? base * 2 ** attempt * (0.8 + Math.random() * 0.4));
    core.debug(
      `HTTP ${init.method ?? 'GET'} ${redact(url)}: ${response ? response.status : String(failure)}; retry in ${Math.round(delay)} ms`,
    );
    await response?.body?.cancel();
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

export function retryAfterMs(response: Response | undefined, now = Date.now()): number | undefined {
  const header = response?.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Webhook URLs carry their secret in the path or query: log only the origin. */
function redact(url: string | URL): string {
  return new URL(url).origin;
}
