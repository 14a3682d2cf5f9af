import type { IncomingMessage, ServerResponse } from 'node:http';
import { type FaultRule, Faults, playFault } from '../faults.ts';
import { listenOnLoopback, type RecordedRequest, readBody, recordRequest } from '../loopback.ts';

export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** What every HTTP receiver offers a test: its URL, the request log, faults, violations and stop(). */
export interface HttpReceiver {
  url: string;
  requests: RecordedRequest[];
  /** Requests a real service would have refused, or a client broke its rules (a post while rate-limited). */
  violations: string[];
  inject(rule: FaultRule): void;
  readonly pendingFaults: FaultRule[];
  assertNoViolations(): void;
  stop(): Promise<void>;
}

/**
 * An HTTP server on 127.0.0.1 that plays a service: faults first (status, delay, reset, as the GitHub fake
 * takes them), then `handle`, which answers from the method, path, headers and the raw body.
 */
export async function startHttpReceiver(
  handle: (request: {
    method: string;
    path: string;
    query: URLSearchParams;
    headers: IncomingMessage['headers'];
    body: Buffer;
  }) => Answer | Promise<Answer>,
): Promise<HttpReceiver> {
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const faults = new Faults();
  const server = await listenOnLoopback((request: IncomingMessage, response: ServerResponse) => {
    const { url, record } = recordRequest(request, response);
    requests.push(record);
    (async () => {
      const body = await readBody(request);
      record.body = body.toString('utf8');
      const fault = faults.take(record.method, record.path);
      if (fault) {
        const status = await playFault(fault, request, response, () => ({ message: 'injected fault' }));
        if (status !== undefined) {
          record.status = status;
          return;
        }
      }
      const answer = await handle({ method: record.method, path: record.path, query: url.searchParams, headers: request.headers, body });
      record.status = answer.status;
      const text = answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
      const type = typeof answer.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json';
      response.writeHead(answer.status, { ...(text ? { 'content-type': type } : {}), ...answer.headers });
      response.end(text);
    })().catch((error: unknown) => {
      violations.push(`${record.method} ${record.path}: the receiver failed: ${(error as Error).stack ?? error}`);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  return {
    url: server.url,
    requests,
    violations,
    inject: (rule) => faults.add(rule),
    get pendingFaults() {
      return faults.pending;
    },
    assertNoViolations() {
      if (violations.length > 0) throw new Error(`receiver violations:\n${violations.join('\n')}`);
    },
    stop: () => server.close(),
  };
}

/** The body as JSON, or undefined when it is not. */
export function jsonBody(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}
