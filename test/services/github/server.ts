import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type FaultRule, Faults, playFault } from '../faults.ts';
import { listenOnLoopback, type RecordedRequest, readBody, recordRequest } from '../loopback.ts';
import { ApiError } from './errors.ts';
import type { Context, Handlers, Reply } from './handler.ts';
import { actionsHandlers } from './handlers/actions.ts';
import { checkHandlers } from './handlers/checks.ts';
import { contentHandlers, rawFile } from './handlers/contents.ts';
import { dependencyGraphHandlers } from './handlers/dependency-graph.ts';
import { gitHandlers } from './handlers/git.ts';
import { issueHandlers } from './handlers/issues.ts';
import { downloadAsset, releaseHandlers } from './handlers/releases.ts';
import { repositoryHandlers } from './handlers/repository.ts';
import { statusHandlers } from './handlers/statuses.ts';
import { Links } from './links.ts';
import { Router } from './router.ts';
import { GitHubSpec } from './spec.ts';
import { INITIAL_SHA, RepositoryState } from './state.ts';
import { checkRequest, checkResponse } from './validate.ts';

export interface GitHubApiServer {
  /** http://127.0.0.1:PORT: the REST API, the uploads host and github.com's download links. */
  url: string;
  /** GITHUB_API_URL, GITHUB_GRAPHQL_URL, GITHUB_REPOSITORY(_OWNER) and GITHUB_SHA for runAction. */
  env: Record<string, string>;
  /** A token with write access (as GITHUB_TOKEN with contents/checks/statuses/issues: write). */
  token: string;
  /** A token that reads but gets 403 "Resource not accessible by integration" on writes (fork PRs). */
  readOnlyToken: string;
  owner: string;
  repo: string;
  state: RepositoryState;
  requests: RecordedRequest[];
  /** Requests or responses that break GitHub's OpenAPI description, and calls the fake cannot answer. */
  violations: string[];
  inject(rule: FaultRule): void;
  /** Faults injected but not used up yet. */
  readonly pendingFaults: FaultRule[];
  assertNoViolations(): void;
  stop(): Promise<void>;
}

const HANDLERS: Handlers = {
  ...releaseHandlers,
  ...gitHandlers,
  ...statusHandlers,
  ...checkHandlers,
  ...issueHandlers,
  ...contentHandlers,
  ...repositoryHandlers,
  ...actionsHandlers,
  ...dependencyGraphHandlers,
};
const READ_METHODS = new Set(['GET', 'HEAD']);
const DOCS = 'https://docs.github.com/rest';

let router: Router | undefined;

/**
 * A GitHub REST API on 127.0.0.1 for one repository. Every request is checked against GitHub's OpenAPI
 * description and so is every answer; state persists across calls for the endpoints actions use.
 */
export async function startGitHubApi(options: { owner?: string; repo?: string } = {}): Promise<GitHubApiServer> {
  const owner = options.owner ?? 'archway-ci';
  const repo = options.repo ?? 'example';
  const state = new RepositoryState(owner, repo);
  const token = `ghs_${randomBytes(18).toString('base64url')}`;
  const readOnlyToken = `ghs_${randomBytes(18).toString('base64url')}`;
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const faults = new Faults();
  const server = await listenOnLoopback((request, response) => {
    const { url, record } = recordRequest(request, response);
    requests.push(record);
    serve(request, response, url, record).catch((error: unknown) => {
      violations.push(`${record.method} ${record.path}: the local GitHub API failed: ${(error as Error).stack ?? error}`);
      if (!response.headersSent)
        send(response, record, { status: 500, body: { message: 'Server Error', documentation_url: DOCS, status: '500' } });
    });
  });
  const links = new Links(server.url, owner, repo);
  const origin = server.url;

  async function serve(request: IncomingMessage, response: ServerResponse, url: URL, record: RecordedRequest): Promise<void> {
    const rawBody = await readBody(request);
    record.body = describeBody(request, rawBody);
    const web = webRoute(record.method, record.path);
    const spec = await GitHubSpec.load();
    router ??= new Router(spec.operations);
    const { route, pathKnown } = web === 'api' ? router.match(record.method, url.pathname) : { route: undefined, pathKnown: true };
    record.operationId = route?.operation.operationId;

    const fault = faults.take(record.method, record.path, record.operationId);
    if (fault) {
      const status = await playFault(fault, request, response, (status, headers) => faultBody(status, headers));
      if (status !== undefined) {
        record.status = status;
        return;
      }
    }
    if (web !== 'api') {
      send(response, record, web ?? { status: 404, raw: Buffer.from('Not Found'), headers: { 'content-type': 'text/plain' } });
      return;
    }
    if (!route) {
      const what =
        record.path === '/graphql'
          ? 'GraphQL is not served by the local GitHub API'
          : `${pathKnown ? 'method not allowed on this path' : 'no such path'} in GitHub's OpenAPI description`;
      violations.push(`${record.method} ${record.path}: ${what}`);
      send(response, record, errorReply(new ApiError(404, 'Not Found'), DOCS));
      return;
    }
    const { operation, params } = route;
    record.operationId = operation.operationId;
    const where = `${record.method} ${record.path} (${operation.operationId})`;
    const docs = operation.documentationUrl;

    const caller = authenticate(request.headers.authorization);
    if (caller === 'invalid') return send(response, record, errorReply(new ApiError(401, 'Bad credentials'), docs));
    const isWrite = !READ_METHODS.has(record.method);
    if (isWrite && caller === 'anonymous') return send(response, record, errorReply(new ApiError(401, 'Requires authentication'), docs));
    if (isWrite && caller === 'read')
      return send(response, record, errorReply(new ApiError(403, 'Resource not accessible by integration'), docs));

    const checked = await checkRequest(spec, operation, params, url.searchParams, rawBody);
    if (checked.problems.length > 0) {
      violations.push(`${where}: ${checked.problems.join('; ')}`);
      const message = checked.unparsable ? 'Problems parsing JSON' : `Invalid request.\n\n${checked.problems.join('\n')}`;
      return send(response, record, errorReply(new ApiError(checked.unparsable ? 400 : 422, message), docs));
    }
    if (
      (params.owner !== undefined && params.owner.toLowerCase() !== owner.toLowerCase()) ||
      (params.repo !== undefined && params.repo.toLowerCase() !== repo.toLowerCase())
    ) {
      return send(response, record, errorReply(new ApiError(404, 'Not Found'), docs));
    }
    const handler = HANDLERS[operation.operationId];
    if (!handler) {
      violations.push(`${where}: not implemented by the local GitHub API (add a handler under test/services/github/handlers)`);
      return send(
        response,
        record,
        errorReply(new ApiError(501, `${operation.operationId} is not implemented by the local GitHub API`), docs),
      );
    }
    const context: Context = {
      params,
      query: checked.query,
      body: checked.body,
      headers: request.headers,
      url: new URL(url.pathname + url.search, origin),
      state,
      links,
      canWrite: caller === 'write',
    };
    let reply: Reply;
    try {
      reply = await handler(context);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      reply = errorReply(error, docs);
    }
    // Success answers must be documented and match; error answers are checked where the description has
    // them (GitHub also answers statuses it does not document, e.g. 403 to a read-only token).
    if (reply.raw === undefined && (reply.status < 400 || String(reply.status) in operation.responses)) {
      const problems = await checkResponse(spec, operation, reply.status, reply.body);
      if (problems.length > 0) violations.push(`${where}: the local GitHub API answered against the description: ${problems.join('; ')}`);
    }
    send(response, record, reply);
  }

  function authenticate(header: string | undefined): 'write' | 'read' | 'anonymous' | 'invalid' {
    if (!header) return 'anonymous';
    const given = /^(?:token|bearer)\s+(\S+)$/i.exec(header)?.[1];
    if (given === token) return 'write';
    if (given === readOnlyToken) return 'read';
    return 'invalid';
  }

  /** github.com pages the API links to: asset downloads and raw files. 'api' for everything else. */
  function webRoute(method: string, path: string): Reply | undefined | 'api' {
    const parts = path.split('/').slice(1);
    if (method !== 'GET' || parts[0] !== owner || parts[1] !== repo) return 'api';
    if (parts[2] === 'releases' && parts[3] === 'download' && parts.length === 6)
      return downloadAsset(state, parts[4] as string, parts[5] as string);
    if (parts[2] === 'raw') {
      // A branch name may contain slashes: take the longest prefix that names a commit.
      for (let split = parts.length - 1; split > 3; split--) {
        const ref = parts.slice(3, split).join('/');
        if (state.resolveCommit(ref)) return rawFile(state, ref, parts.slice(split).join('/'));
      }
      return undefined;
    }
    return 'api';
  }

  return {
    url: server.url,
    env: {
      GITHUB_API_URL: server.url,
      GITHUB_GRAPHQL_URL: `${server.url}/graphql`,
      GITHUB_REPOSITORY: `${owner}/${repo}`,
      GITHUB_REPOSITORY_OWNER: owner,
      GITHUB_SHA: INITIAL_SHA,
    },
    token,
    readOnlyToken,
    owner,
    repo,
    state,
    requests,
    violations,
    inject: (rule) => faults.add(rule),
    get pendingFaults() {
      return faults.pending;
    },
    assertNoViolations() {
      if (violations.length > 0)
        throw new Error(`The local GitHub API saw ${violations.length} violation(s):\n- ${violations.join('\n- ')}`);
    },
    stop: () => server.close(),
  };
}

function errorReply(error: ApiError, docs: string): Reply {
  return { status: error.status, body: error.body(docs), headers: error.headers };
}

function faultBody(status: number, headers: Record<string, string>): unknown {
  const message =
    status === 403 && headers['retry-after'] !== undefined
      ? 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
      : status === 429
        ? 'API rate limit exceeded'
        : status >= 500
          ? 'Server Error'
          : `HTTP ${status}`;
  return { message, documentation_url: DOCS, status: String(status) };
}

/** JSON bodies are logged parsed; uploads as their bytes. */
function describeBody(request: IncomingMessage, raw: Buffer): unknown {
  if (raw.length === 0) return undefined;
  if ((request.headers['content-type'] ?? '').includes('json')) {
    try {
      return JSON.parse(raw.toString('utf8'));
    } catch {
      return raw.toString('utf8');
    }
  }
  return raw;
}

function send(response: ServerResponse, record: RecordedRequest, reply: Reply): void {
  record.status = reply.status;
  const now = Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'x-github-api-version-selected': '2022-11-28',
    'x-github-request-id': randomUUID().toUpperCase(),
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': String(now + 3600),
    'x-ratelimit-used': '1',
    'x-ratelimit-resource': 'core',
    ...reply.headers,
  };
  if (reply.raw !== undefined) {
    response.writeHead(reply.status, { 'content-length': String(reply.raw.length), ...headers });
    response.end(reply.raw);
  } else if (reply.body === undefined) {
    response.writeHead(reply.status, headers);
    response.end();
  } else {
    const text = JSON.stringify(reply.body);
    response.writeHead(reply.status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(text)),
      ...headers,
    });
    response.end(text);
  }
}
