import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface LoopbackServer {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  server: Server;
  /** Close the listener and every open connection; resolves once nothing listens. */
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 with a port the kernel picks, that can be shut down completely. */
export async function listenOnLoopback(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<LoopbackServer> {
  const server = createServer({ keepAliveTimeout: 5_000 }, handler);
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    server,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}

/** The whole request body. */
export async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Path with each segment percent-decoded (as the request log and fault rules see it). */
export function decodedPath(rawPath: string): string {
  return rawPath
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  operationId?: string;
  /** When the request arrived and when its answer was complete (ms on the process clock): shows overlap. */
  startedAt?: number;
  finishedAt?: number;
}

/**
 * Start the log entry of an incoming request (the server fills in body, status and operation), timed from
 * its arrival to the end of its answer. Only path and query matter: the origin is the server's own.
 */
export function recordRequest(request: IncomingMessage, response: ServerResponse): { url: URL; record: RecordedRequest } {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const record: RecordedRequest = {
    method: request.method ?? 'GET',
    path: decodedPath(url.pathname),
    query: Object.fromEntries(url.searchParams),
    body: undefined,
    status: 0,
    startedAt: performance.now(),
  };
  response.once('close', () => {
    record.finishedAt = performance.now();
  });
  return { url, record };
}
