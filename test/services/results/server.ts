import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { type FaultRule, Faults, playFault } from '../faults.ts';
import { listenOnLoopback, type RecordedRequest, readBody, recordRequest } from '../loopback.ts';
import { ARTIFACT_CONTAINER, type Artifact, artifactService } from './artifacts.ts';
import { ACCOUNT, startAzurite } from './azurite.ts';
import { CACHE_CONTAINER, type CacheEntry, cacheService } from './cache.ts';
import { runtimeToken } from './token.ts';
import { decodeRequest, encodeResponse, type Method, TwirpError } from './twirp.ts';

export interface ResultsServer {
  /** http://127.0.0.1:PORT: the Twirp services, and the blob storage the SAS URLs point at. */
  url: string;
  /** ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_URL, ACTIONS_RUNTIME_TOKEN, ACTIONS_CACHE_SERVICE_V2, ACTIONS_CACHE_URL. */
  env: Record<string, string>;
  /** The run and job the runtime token is for. */
  runBackendId: string;
  jobBackendId: string;
  /** Finalized cache entries. */
  cacheEntries(): { key: string; version: string; sizeBytes: number }[];
  /** Finalized artifacts of the run. */
  artifacts(): { id: number; name: string; size: number; digest: string }[];
  /** Twirp calls (operationId Service/Method) and blob requests (operationId blob), in arrival order. */
  requests: RecordedRequest[];
  /** Requests the real client libraries could not have sent (unknown routes, malformed messages, bad tokens). */
  violations: string[];
  inject(rule: FaultRule): void;
  readonly pendingFaults: FaultRule[];
  assertNoViolations(): void;
  stop(): Promise<void>;
}

const SERVICES = 'github.actions.results.api.v1';

/**
 * The Actions results service on 127.0.0.1: Twirp CacheService and ArtifactService, with Azurite (in this
 * process) as blob storage. SAS URLs point at this server, which passes blob traffic through to Azurite,
 * so faults and the request log cover uploads and downloads too.
 */
export async function startResultsService(): Promise<ResultsServer> {
  const azurite = await startAzurite([CACHE_CONTAINER, ARTIFACT_CONTAINER]);
  const token = runtimeToken();
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const faults = new Faults();
  let origin = '';
  const cache = await cacheService(azurite, () => origin);
  const artifacts = await artifactService(azurite, token, () => origin);
  const services: Record<string, Record<string, Method>> = {
    [`${SERVICES}.CacheService`]: cache.methods,
    [`${SERVICES}.ArtifactService`]: artifacts.methods,
  };

  const server = await listenOnLoopback((request, response) => {
    const { url, record } = recordRequest(request, response);
    requests.push(record);
    serve(request, response, url, record).catch((error: unknown) => {
      violations.push(`${record.method} ${record.path}: the local results service failed: ${(error as Error).stack ?? error}`);
      if (!response.headersSent) reply(response, record, 500, { code: 'internal', msg: 'internal error' });
    });
  });
  origin = server.url;

  async function serve(request: IncomingMessage, response: ServerResponse, url: URL, record: RecordedRequest): Promise<void> {
    const isBlob = record.path.startsWith(`/${ACCOUNT}/`);
    const twirp = /^\/twirp\/([^/]+)\/([^/]+)$/.exec(record.path);
    record.operationId = isBlob ? 'blob' : twirp ? `${twirp[1]?.replace(`${SERVICES}.`, '')}/${twirp[2]}` : undefined;
    const fault = faults.take(record.method, record.path, record.operationId);
    if (fault) {
      const status = await playFault(fault, request, response, (status) => (isBlob ? azureError(status) : twirpFault(status)));
      if (status !== undefined) {
        record.status = status;
        request.resume();
        return;
      }
    }
    if (isBlob) return proxyToAzurite(request, response, url, record);

    const rawBody = await readBody(request);
    const method = twirp ? services[twirp[1] as string]?.[twirp[2] as string] : undefined;
    try {
      if (!twirp || !method || record.method !== 'POST') {
        throw new TwirpError(
          'bad_route',
          `no handler for ${record.method} ${record.path} (this server speaks Twirp ${SERVICES}.CacheService and .ArtifactService)`,
        );
      }
      const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      if (!bearer || !token.verify(bearer))
        throw new TwirpError('unauthenticated', 'ACTIONS_RUNTIME_TOKEN is missing or not this service’s');
      if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
        throw new TwirpError('malformed', `Content-Type ${request.headers['content-type']} is not application/json`);
      }
      let json: unknown;
      try {
        json = JSON.parse(rawBody.toString('utf8'));
      } catch {
        throw new TwirpError('malformed', 'the body is not JSON');
      }
      record.body = json;
      const answer = await method.handle(decodeRequest(method, json));
      reply(response, record, 200, encodeResponse(method, answer));
    } catch (error) {
      if (!(error instanceof TwirpError)) throw error;
      if (['bad_route', 'malformed', 'unauthenticated'].includes(error.code))
        violations.push(`${record.method} ${record.path}: ${error.message}`);
      reply(response, record, error.status, error.body());
    }
  }

  function proxyToAzurite(request: IncomingMessage, response: ServerResponse, url: URL, record: RecordedRequest): Promise<void> {
    const target = new URL(url.pathname + url.search, azurite.origin);
    return new Promise<void>((resolve, reject) => {
      let bytes = 0;
      request.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      const upstream = httpRequest(target, { method: request.method, headers: request.headers }, (answer) => {
        record.status = answer.statusCode ?? 0;
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
        answer.once('end', () => {
          record.body = { bytes };
          resolve();
        });
      });
      upstream.once('error', reject);
      request.pipe(upstream);
    });
  }

  return {
    url: server.url,
    env: {
      ACTIONS_RESULTS_URL: `${server.url}/`,
      ACTIONS_RUNTIME_URL: `${server.url}/`,
      ACTIONS_RUNTIME_TOKEN: token.jwt,
      ACTIONS_CACHE_SERVICE_V2: 'True',
      ACTIONS_CACHE_URL: `${server.url}/`,
    },
    runBackendId: token.runId,
    jobBackendId: token.jobId,
    cacheEntries: () =>
      cache.entries.filter((e: CacheEntry) => e.finalized).map(({ key, version, sizeBytes }) => ({ key, version, sizeBytes })),
    artifacts: () =>
      artifacts.artifacts.filter((a: Artifact) => a.finalized).map(({ id, name, size, digest }) => ({ id, name, size, digest })),
    requests,
    violations,
    inject: (rule) => faults.add(rule),
    get pendingFaults() {
      return faults.pending;
    },
    assertNoViolations() {
      if (violations.length > 0)
        throw new Error(`The local results service saw ${violations.length} violation(s):\n- ${violations.join('\n- ')}`);
    },
    async stop() {
      await server.close();
      await azurite.stop();
    },
  };
}

function reply(response: ServerResponse, record: RecordedRequest, status: number, body: unknown): void {
  record.status = status;
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) });
  response.end(text);
}

function twirpFault(status: number): unknown {
  const code = status === 429 ? 'resource_exhausted' : status === 503 ? 'unavailable' : status >= 500 ? 'internal' : 'unknown';
  return { code, msg: `injected HTTP ${status}` };
}

function azureError(status: number): string {
  const code = status === 503 || status === 429 ? 'ServerBusy' : 'InternalError';
  return `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>Injected HTTP ${status}</Message></Error>`;
}
