import { ApiError, notFound, unprocessable } from '../errors.ts';
import { type Context, fields, type Handlers, type Reply } from '../handler.ts';
import { blobSha, nodeId, sha1 } from '../links.ts';
import type { Commit, RepositoryState } from '../state.ts';

function contentLinks(context: Context, path: string, ref: string, sha: string, type: 'file' | 'dir') {
  const { links } = context;
  const encodedPath = path.split('/').map(encodeURIComponent).join('/');
  const self = `${links.api}/contents/${encodedPath}?ref=${encodeURIComponent(ref)}`;
  const git = `${links.api}/git/${type === 'file' ? 'blobs' : 'trees'}/${sha}`;
  const html = `${links.html}/${type === 'file' ? 'blob' : 'tree'}/${encodeURIComponent(ref)}/${encodedPath}`;
  return {
    url: self,
    html_url: html,
    git_url: git,
    download_url: type === 'file' ? `${links.html}/raw/${encodeURIComponent(ref)}/${encodedPath}` : null,
    _links: { self, git, html },
  };
}

function fileEntry(context: Context, path: string, data: Buffer, ref: string) {
  const sha = blobSha(data);
  return {
    type: 'file' as const,
    size: data.length,
    name: path.split('/').at(-1) as string,
    path,
    sha,
    ...contentLinks(context, path, ref, sha, 'file'),
  };
}

/** Base64 wrapped at 60 columns, as the contents API returns it. */
function wrappedBase64(data: Buffer): string {
  return (data.toString('base64').match(/.{1,60}/g) ?? []).map((line) => `${line}\n`).join('');
}

function directoryEntries(context: Context, commit: Commit, dir: string, ref: string) {
  const prefix = dir === '' ? '' : `${dir}/`;
  const entries = new Map<string, ReturnType<typeof fileEntry> | { type: 'dir'; name: string; path: string; size: number; sha: string }>();
  for (const [path, data] of commit.files) {
    if (!path.startsWith(prefix)) continue;
    const [name, ...rest] = path.slice(prefix.length).split('/');
    const child = `${prefix}${name}`;
    if (rest.length === 0) entries.set(child, fileEntry(context, child, data, ref));
    else if (!entries.has(child))
      entries.set(child, { type: 'dir', name: name as string, path: child, size: 0, sha: sha1(`${commit.sha}:${child}`) });
  }
  return [...entries.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((entry) => (entry.type === 'dir' ? { ...entry, ...contentLinks(context, entry.path, ref, entry.sha, 'dir') } : entry));
}

function isRawRequest(context: Context): boolean {
  return /application\/vnd\.github(\.v3)?\.raw/.test(context.headers.accept ?? '');
}

function renderCommit(context: Context, commit: Commit) {
  const { links } = context;
  const person = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com', date: commit.date };
  return {
    sha: commit.sha,
    node_id: nodeId('C', commit.sha),
    url: `${links.api}/git/commits/${commit.sha}`,
    html_url: `${links.html}/commit/${commit.sha}`,
    author: person,
    committer: person,
    message: commit.message,
    tree: { url: `${links.api}/git/trees/${sha1(`tree ${commit.sha}`)}`, sha: sha1(`tree ${commit.sha}`) },
    parents: commit.parents.map((sha) => ({ url: `${links.api}/git/commits/${sha}`, html_url: `${links.html}/commit/${sha}`, sha })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

/** The branch a write goes to: it must exist (create it with a ref first, as on GitHub). */
function targetBranch(state: RepositoryState, branch: unknown): string {
  const name = (branch as string | undefined) ?? state.defaultBranch;
  if (!state.refs.has(`refs/heads/${name}`)) throw new ApiError(404, `Branch ${name} not found`);
  return name;
}

function headFiles(state: RepositoryState, branch: string): Map<string, Buffer> {
  return (state.resolveCommit(branch) as Commit).files;
}

function checkSha(path: string, existing: Buffer, sha: unknown): void {
  if (sha === undefined) throw unprocessable('Invalid request.\n\n"sha" wasn\'t supplied.');
  if (sha !== blobSha(existing)) throw new ApiError(409, `${path} does not match ${sha}`);
}

export const contentHandlers: Handlers = {
  'repos/get-content'(context): Reply {
    const { state } = context;
    const path = (context.params.path as string).replace(/^\/+|\/+$/g, '');
    const ref = (context.query.ref as string | undefined) ?? state.defaultBranch;
    const commit = state.resolveCommit(ref);
    if (!commit) throw new ApiError(404, `No commit found for the ref ${ref}`);
    const data = commit.files.get(path);
    if (data) {
      if (isRawRequest(context))
        return { status: 200, raw: data, headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' } };
      return { status: 200, body: { ...fileEntry(context, path, data, ref), content: wrappedBase64(data), encoding: 'base64' } };
    }
    const entries = directoryEntries(context, commit, path, ref);
    if (entries.length === 0) throw notFound();
    return { status: 200, body: entries };
  },

  'repos/create-or-update-file-contents'(context) {
    const { state } = context;
    const path = context.params.path as string;
    const body = fields(context) as { message: string; content: string; sha?: string; branch?: string };
    const branch = targetBranch(state, body.branch);
    if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(body.content)) throw unprocessable('Invalid request.\n\ncontent is not valid Base64.');
    const existing = headFiles(state, branch).get(path);
    if (existing) checkSha(path, existing, body.sha);
    const data = Buffer.from(body.content, 'base64');
    const commit = state.commit(branch, { [path]: data }, { message: body.message });
    return {
      status: existing ? 200 : 201,
      body: { content: fileEntry(context, path, data, branch), commit: renderCommit(context, commit) },
    };
  },

  'repos/delete-file'(context) {
    const { state } = context;
    const path = context.params.path as string;
    const body = fields(context) as { message: string; sha: string; branch?: string };
    const branch = targetBranch(state, body.branch);
    const existing = headFiles(state, branch).get(path);
    if (!existing) throw notFound();
    checkSha(path, existing, body.sha);
    const commit = state.commit(branch, { [path]: null }, { message: body.message });
    return { status: 200, body: { content: null, commit: renderCommit(context, commit) } };
  },
};

/** github.com's raw file link: /{owner}/{repo}/raw/{ref}/{path}. */
export function rawFile(state: RepositoryState, ref: string, path: string): Reply | undefined {
  const data = state.resolveCommit(ref)?.files.get(path);
  return data ? { status: 200, raw: data, headers: { 'content-type': 'text/plain; charset=utf-8' } } : undefined;
}
