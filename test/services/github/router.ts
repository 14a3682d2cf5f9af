import type { Operation } from './spec.ts';

export interface Route {
  operation: Operation;
  /** Path parameters, percent-decoded. */
  params: Record<string, string>;
}

type Segment = { literal: string } | { param: string };

/** Trailing parameters that may hold slashes (refs, branch and tag names, file paths, base...head). */
const SLASHED_PARAMS = new Set(['ref', 'path', 'basehead', 'branch', 'tag']);

interface Template {
  segments: Segment[];
  operations: Map<string, Operation>;
}

/**
 * Finds the operation of a request path the way GitHub's router does: literal segments win over
 * parameters (`/releases/latest` before `/releases/{release_id}`), and a trailing parameter such as a ref
 * or a file path may contain slashes whether or not the client encoded them.
 */
export class Router {
  readonly #templates: Template[] = [];

  constructor(operations: Operation[]) {
    const byTemplate = new Map<string, Template>();
    for (const operation of operations) {
      let template = byTemplate.get(operation.template);
      if (!template) {
        template = { segments: parseTemplate(operation.template), operations: new Map() };
        byTemplate.set(operation.template, template);
        this.#templates.push(template);
      }
      template.operations.set(operation.method, operation);
    }
  }

  /** The route for method + raw path; `pathKnown` tells a wrong method apart from an unknown path. */
  match(method: string, rawPath: string): { route?: Route; pathKnown: boolean } {
    const parts = rawPath.replace(/\/+$/, '').split('/').slice(1);
    const candidates = this.#candidates(parts);
    const withMethod = candidates.find((c) => c.template.operations.has(method));
    if (!withMethod) return { pathKnown: candidates.length > 0 };
    return { route: { operation: withMethod.template.operations.get(method) as Operation, params: withMethod.params }, pathKnown: true };
  }

  #candidates(parts: string[]): { template: Template; params: Record<string, string>; rank: string }[] {
    const exact: { template: Template; params: Record<string, string>; rank: string }[] = [];
    const greedy: typeof exact = [];
    for (const template of this.#templates) {
      const { segments } = template;
      if (segments.length === parts.length) {
        const params = bind(segments, parts);
        if (params) exact.push({ template, params, rank: rank(segments) });
      } else if (segments.length < parts.length && SLASHED_PARAMS.has((segments.at(-1) as { param?: string }).param ?? '')) {
        const head = parts.slice(0, segments.length - 1);
        const tail = parts.slice(segments.length - 1).join('%2F');
        const params = bind(segments, [...head, tail]);
        if (params) greedy.push({ template, params, rank: rank(segments) });
      }
    }
    const byRank = (a: { rank: string }, b: { rank: string }) => (a.rank < b.rank ? 1 : a.rank > b.rank ? -1 : 0);
    return [...exact.sort(byRank), ...greedy.sort(byRank)];
  }
}

function parseTemplate(template: string): Segment[] {
  return template
    .split('/')
    .slice(1)
    .map((part) => {
      const param = /^\{([^}]+)\}$/.exec(part);
      return param ? { param: param[1] as string } : { literal: part };
    });
}

function bind(segments: Segment[], parts: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (const [i, segment] of segments.entries()) {
    const part = parts[i] as string;
    if ('literal' in segment) {
      if (segment.literal !== part) return undefined;
    } else {
      if (part === '') return undefined;
      try {
        params[segment.param] = decodeURIComponent(part);
      } catch {
        return undefined;
      }
    }
  }
  return params;
}

/** Literal 1, parameter 0: the highest rank has a literal at the first position where two templates differ. */
function rank(segments: Segment[]): string {
  return segments.map((s) => ('literal' in s ? '1' : '0')).join('');
}
