import type { IncomingHttpHeaders } from 'node:http';
import type { Links } from './links.ts';
import type { RepositoryState } from './state.ts';

export interface Context {
  /** Path parameters, decoded. */
  params: Record<string, string>;
  /** Query parameters, coerced to the types the OpenAPI description gives them. */
  query: Record<string, unknown>;
  /** The parsed JSON body, or the raw bytes for uploads. */
  body: unknown;
  headers: IncomingHttpHeaders;
  /** The request URL as the client sent it (for Link headers). */
  url: URL;
  state: RepositoryState;
  links: Links;
  /** The caller's token may write (the read-only token and anonymous callers may not). */
  canWrite: boolean;
}

export interface Reply {
  status: number;
  /** A JSON body, validated against the operation's response schema. */
  body?: unknown;
  /** A non-JSON body (raw file contents, asset downloads). */
  raw?: Buffer;
  headers?: Record<string, string>;
}

export type Handler = (context: Context) => Reply | Promise<Reply>;
export type Handlers = Record<string, Handler>;

/** The JSON body as an object of unknowns (validated already against the operation's schema). */
export function fields(context: Context): Record<string, unknown> {
  return (context.body ?? {}) as Record<string, unknown>;
}

/** One page of a list, with GitHub's Link header (first/prev/next/last) so octokit.paginate works. */
export function page<T>(context: Context, items: T[], render: (item: T) => unknown = (item) => item): Reply {
  const perPage = Math.min(100, Math.max(1, Number(context.query.per_page ?? 30)));
  const current = Math.max(1, Number(context.query.page ?? 1));
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((current - 1) * perPage, current * perPage);
  const link = (n: number, rel: string) => {
    const url = new URL(context.url);
    url.searchParams.set('per_page', String(perPage));
    url.searchParams.set('page', String(n));
    return `<${url.href}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (current > 1) links.push(link(current - 1, 'prev'), link(1, 'first'));
  if (current < last) links.push(link(current + 1, 'next'), link(last, 'last'));
  return { status: 200, body: slice.map(render), headers: links.length > 0 ? { link: links.join(', ') } : {} };
}
