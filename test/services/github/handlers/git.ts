import { notFound, unprocessable } from '../errors.ts';
import { type Context, fields, type Handlers } from '../handler.ts';
import { nodeId, sha1, timestamp } from '../links.ts';
import type { GitTag } from '../state.ts';

function renderRef(context: Context, ref: string, sha: string) {
  const { links, state } = context;
  const type = state.objectType(sha) ?? 'commit';
  return {
    ref,
    node_id: nodeId('REF', ref),
    url: `${links.api}/git/${ref}`,
    object: { type, sha, url: `${links.api}/git/${type === 'tag' ? 'tags' : 'commits'}/${sha}` },
  };
}

function renderTag(context: Context, tag: GitTag) {
  const { links } = context;
  return {
    node_id: nodeId('T', tag.sha),
    sha: tag.sha,
    url: `${links.api}/git/tags/${tag.sha}`,
    tag: tag.tag,
    message: tag.message,
    tagger: tag.tagger,
    object: { ...tag.object, url: `${links.api}/git/${tag.object.type === 'tag' ? 'tags' : 'commits'}/${tag.object.sha}` },
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

/** `ref` as the API takes it in paths (heads/main, tags/v1) -> the full name. */
function fullRef(ref: string): string {
  return ref.startsWith('refs/') ? ref : `refs/${ref}`;
}

function isAncestor(context: Context, ancestor: string, of: string): boolean {
  const seen = new Set<string>();
  const queue = [of];
  while (queue.length > 0) {
    const sha = queue.pop() as string;
    if (sha === ancestor) return true;
    if (seen.has(sha)) continue;
    seen.add(sha);
    queue.push(...(context.state.commits.get(sha)?.parents ?? []));
  }
  return false;
}

export const gitHandlers: Handlers = {
  'git/get-ref'(context) {
    const ref = fullRef(context.params.ref as string);
    const sha = context.state.refs.get(ref);
    if (!sha) throw notFound();
    return { status: 200, body: renderRef(context, ref, sha) };
  },

  'git/list-matching-refs'(context) {
    const prefix = fullRef(context.params.ref as string);
    const refs = [...context.state.refs].filter(([ref]) => ref.startsWith(prefix)).sort(([a], [b]) => a.localeCompare(b));
    return { status: 200, body: refs.map(([ref, sha]) => renderRef(context, ref, sha)) };
  },

  'git/create-ref'(context) {
    const { state } = context;
    const { ref, sha } = fields(context) as { ref: string; sha: string };
    if (!/^refs\/[^/]+\/.+/.test(ref)) throw unprocessable(`Reference name must start with 'refs/' and have at least two slashes.`);
    if (state.refs.has(ref)) throw unprocessable('Reference already exists');
    if (!state.objectType(sha)) throw unprocessable('Object does not exist');
    state.refs.set(ref, sha);
    return { status: 201, body: renderRef(context, ref, sha), headers: { location: `${context.links.api}/git/${ref}` } };
  },

  'git/update-ref'(context) {
    const { state } = context;
    const ref = fullRef(context.params.ref as string);
    const { sha, force } = fields(context) as { sha: string; force?: boolean };
    const current = state.refs.get(ref);
    if (!current) throw unprocessable('Reference does not exist');
    if (!state.objectType(sha)) throw unprocessable('Object does not exist');
    if (!force && ref.startsWith('refs/heads/') && !isAncestor(context, current, sha)) throw unprocessable('Update is not a fast forward');
    state.refs.set(ref, sha);
    return { status: 200, body: renderRef(context, ref, sha) };
  },

  'git/delete-ref'(context) {
    const ref = fullRef(context.params.ref as string);
    if (!context.state.refs.delete(ref)) throw unprocessable('Reference does not exist');
    return { status: 204 };
  },

  'git/create-tag'(context) {
    const { state } = context;
    const body = fields(context) as {
      tag: string;
      message: string;
      object: string;
      type: string;
      tagger?: { name: string; email: string; date?: string };
    };
    const type = state.objectType(body.object);
    if (!type) throw unprocessable('Object does not exist');
    if (type !== body.type) throw unprocessable(`Object is a ${type}, not a ${body.type}`);
    const tagger = {
      name: body.tagger?.name ?? 'github-actions[bot]',
      email: body.tagger?.email ?? '41898282+github-actions[bot]@users.noreply.github.com',
      date: body.tagger?.date ?? timestamp(),
    };
    const tag: GitTag = {
      sha: sha1(`tag ${body.tag}\n${body.object}\n${body.message}\n${state.nextId()}`),
      tag: body.tag,
      message: body.message,
      object: { sha: body.object, type },
      tagger,
    };
    state.tags.set(tag.sha, tag);
    return { status: 201, body: renderTag(context, tag), headers: { location: `${context.links.api}/git/tags/${tag.sha}` } };
  },

  'git/get-tag'(context) {
    const tag = context.state.tags.get(context.params.tag_sha as string);
    if (!tag) throw notFound();
    return { status: 200, body: renderTag(context, tag) };
  },
};
