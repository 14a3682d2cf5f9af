import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type FaultRule, Faults, playFault } from '../faults.ts';
import { listenOnLoopback, type RecordedRequest, readBody, recordRequest } from '../loopback.ts';
import { checkAgainst } from './swagger.ts';

/** What the real API allows per querybatch request. */
export const OSV_BATCH_LIMIT = 1000;

export interface OsvRecordLike {
  id: string;
  modified?: string;
  withdrawn?: string;
  aliases?: string[];
  affected?: {
    package?: { ecosystem: string; name: string };
    versions?: string[];
    ranges?: { type: string; events: Record<string, string>[] }[];
  }[];
}

export interface OsvServer {
  /** http://127.0.0.1:PORT, for the osv-url input. */
  url: string;
  records: Map<string, OsvRecordLike>;
  requests: RecordedRequest[];
  /** Requests or answers that break the published OpenAPI description. */
  violations: string[];
  inject(rule: FaultRule): void;
  readonly pendingFaults: FaultRule[];
  stop(): Promise<void>;
}

/**
 * Numeric dotted-version order, on purpose simpler than the action's per-ecosystem matching: the fixture
 * records use plain release numbers, and this fake must not share code with what it checks.
 */
function compare(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

function affects(record: OsvRecordLike, ecosystem: string, name: string, version: string): boolean {
  if (record.withdrawn) return false;
  const norm = (n: string) => (ecosystem === 'PyPI' ? n.toLowerCase().replace(/[-_.]+/g, '-') : n);
  return (record.affected ?? []).some((a) => {
    if (a.package?.ecosystem !== ecosystem || norm(a.package.name) !== norm(name)) return false;
    if (a.versions?.includes(version)) return true;
    return (a.ranges ?? [])
      .filter((r) => r.type !== 'GIT')
      .some((r) => {
        const introduced = r.events.find((e) => e.introduced !== undefined)?.introduced ?? '0';
        const fixed = r.events.find((e) => e.fixed !== undefined)?.fixed;
        const last = r.events.find((e) => e.last_affected !== undefined)?.last_affected;
        if (introduced !== '0' && compare(version, introduced) < 0) return false;
        if (fixed !== undefined) return compare(version, fixed) < 0;
        if (last !== undefined) return compare(version, last) <= 0;
        return true;
      });
  });
}

/**
 * A local OSV API (POST /v1/querybatch, GET /v1/vulns/{id}, POST /v1/query) answering like api.osv.dev:
 * the 1000-query batch limit, next_page_token pagination past `pageSize` results per query, 404 for an
 * unknown id, requests and answers checked against OSV's published OpenAPI description.
 */
export async function startOsvService(options: { recordsDir?: string; pageSize?: number } = {}): Promise<OsvServer> {
  const records = new Map<string, OsvRecordLike>();
  const dir = options.recordsDir ?? path.resolve(import.meta.dirname, '../../fixtures/advisories');
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const record = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as OsvRecordLike;
    records.set(record.id, record);
  }
  const pageSize = options.pageSize ?? 1000;
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const faults = new Faults();

  const server = await listenOnLoopback((request, response) => {
    const { record } = recordRequest(request, response);
    requests.push(record);
    const send = (status: number, body: unknown, schema?: string) => {
      if (schema) for (const p of checkAgainst(schema, body)) violations.push(`${record.method} ${record.path} answer: ${p}`);
      record.status = status;
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const error = (status: number, code: number, message: string) => send(status, { code, message }, 'rpcStatus');
    (async () => {
      const raw = await readBody(request);
      const fault = faults.take(record.method, record.path, undefined);
      if (fault) {
        const status = await playFault(fault, request, response, (s) => ({
          code: s === 429 ? 8 : 14,
          message: s === 429 ? 'Too many requests' : 'Service unavailable',
        }));
        if (status !== undefined) {
          record.status = status;
          return;
        }
      }
      if (record.method === 'GET' && record.path.startsWith('/v1/vulns/')) {
        const found = records.get(decodeURIComponent(record.path.slice('/v1/vulns/'.length)));
        return found ? send(200, found, 'osvVulnerability') : error(404, 5, 'Bug not found.');
      }
      if (record.method !== 'POST' || (record.path !== '/v1/querybatch' && record.path !== '/v1/query')) {
        violations.push(`${record.method} ${record.path}: not a path of the OSV API`);
        return error(404, 5, 'Not Found');
      }
      let body: unknown;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        return error(400, 3, 'Invalid JSON payload received.');
      }
      record.body = body;
      const single = record.path === '/v1/query';
      const problems = checkAgainst(single ? 'v1Query' : 'v1BatchQuery', body);
      if (problems.length > 0) {
        violations.push(`${record.method} ${record.path}: ${problems.join('; ')}`);
        return error(400, 3, `Invalid JSON payload received. ${problems[0]}`);
      }
      const queries = single
        ? [body as Record<string, unknown>]
        : (((body as { queries?: unknown[] }).queries ?? []) as Record<string, unknown>[]);
      if (queries.length > OSV_BATCH_LIMIT) return error(400, 3, 'Too many queries.');
      const results = queries.map((q) => {
        const pkg = (q.package ?? {}) as { name?: string; ecosystem?: string };
        if (!pkg.name || !pkg.ecosystem || typeof q.version !== 'string') return { vulns: [] as OsvRecordLike[], next: undefined };
        const hits = [...records.values()].filter((r) => affects(r, pkg.ecosystem as string, pkg.name as string, q.version as string));
        const start = typeof q.page_token === 'string' ? Number(Buffer.from(q.page_token, 'base64url').toString()) : 0;
        const page = hits.slice(start, start + pageSize);
        const next = start + pageSize < hits.length ? Buffer.from(String(start + pageSize)).toString('base64url') : undefined;
        return { vulns: page, next };
      });
      if (single) {
        const [r] = results;
        return send(200, { vulns: r?.vulns ?? [], ...(r?.next ? { next_page_token: r.next } : {}) }, 'v1VulnerabilityList');
      }
      return send(
        200,
        {
          results: results.map((r) => ({
            vulns: r.vulns.map((v) => ({ id: v.id, modified: v.modified })),
            ...(r.next ? { next_page_token: r.next } : {}),
          })),
        },
        'v1BatchVulnerabilityList',
      );
    })().catch((e: unknown) => {
      violations.push(`${record.method} ${record.path}: the local OSV API failed: ${(e as Error).stack ?? e}`);
      if (!response.headersSent) error(500, 13, 'Internal error');
    });
  });

  return {
    url: server.url,
    records,
    requests,
    violations,
    inject: (rule) => faults.add(rule),
    get pendingFaults() {
      return faults.pending;
    },
    stop: () => server.close(),
  };
}
