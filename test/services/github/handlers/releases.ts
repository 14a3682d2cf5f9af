import { createHash } from 'node:crypto';
import { ApiError, notFound, validationFailed } from '../errors.ts';
import { type Context, fields, type Handlers, page, type Reply } from '../handler.ts';
import { nodeId, timestamp } from '../links.ts';
import type { Release, ReleaseAsset, RepositoryState } from '../state.ts';

/** Where github.com shows a release: its tag, or `untagged-<hash>` while it is a draft (the tag may not exist yet). */
function tagPath(release: Release): string {
  return release.draft
    ? `untagged-${createHash('sha1').update(String(release.id)).digest('hex').slice(0, 20)}`
    : encodeURIComponent(release.tag_name);
}

export function renderRelease(context: Context, release: Release) {
  const { links, state } = context;
  return {
    url: `${links.api}/releases/${release.id}`,
    assets_url: `${links.api}/releases/${release.id}/assets`,
    upload_url: `${links.origin}/repos/${links.owner}/${links.repo}/releases/${release.id}/assets{?name,label}`,
    html_url: `${links.html}/releases/tag/${tagPath(release)}`,
    id: release.id,
    author: links.actor(),
    node_id: nodeId('RE', release.id),
    tag_name: release.tag_name,
    target_commitish: release.target_commitish,
    name: release.name,
    draft: release.draft,
    immutable: false,
    prerelease: release.prerelease,
    created_at: release.created_at,
    updated_at: release.updated_at,
    published_at: release.published_at,
    assets: state.releaseAssets(release.id).map((asset) => renderAsset(context, asset)),
    tarball_url: release.draft ? null : `${links.api}/tarball/${encodeURIComponent(release.tag_name)}`,
    zipball_url: release.draft ? null : `${links.api}/zipball/${encodeURIComponent(release.tag_name)}`,
    body: release.body,
  };
}

export function renderAsset(context: Context, asset: ReleaseAsset) {
  const { links, state } = context;
  const release = state.releases.find((r) => r.id === asset.release_id) as Release;
  return {
    url: `${links.api}/releases/assets/${asset.id}`,
    id: asset.id,
    node_id: nodeId('RA', asset.id),
    name: asset.name,
    label: asset.label,
    uploader: links.actor(),
    content_type: asset.content_type,
    state: asset.state,
    size: asset.size,
    digest: asset.digest,
    download_count: asset.download_count,
    created_at: asset.created_at,
    updated_at: asset.updated_at,
    browser_download_url: `${links.html}/releases/download/${tagPath(release)}/${encodeURIComponent(asset.name)}`,
  };
}

/** Drafts are visible only to callers with push access, as on GitHub. */
function findRelease(context: Context, id: unknown): Release {
  const release = context.state.releases.find((r) => r.id === id);
  if (!release || (release.draft && !context.canWrite)) throw notFound();
  return release;
}

function findAsset(context: Context, id: unknown): ReleaseAsset {
  const asset = context.state.assets.find((a) => a.id === id);
  if (!asset) throw notFound();
  findRelease(context, asset.release_id);
  return asset;
}

/** git check-ref-format, roughly: what GitHub refuses as a tag name. */
function validTagName(tag: string): boolean {
  const hasControl = [...tag].some((c) => (c.codePointAt(0) ?? 0) < 0x20 || c === '\x7f');
  return tag !== '' && tag !== '@' && !hasControl && !/[\s~^:?*[\\]|\.\.|@\{|\/\/|^\/|\/$|\.lock$|^\.|\/\.|\.$/.test(tag);
}

/** Publishing a release creates its tag from target_commitish when the tag does not exist yet. */
function ensureTag(state: RepositoryState, release: Release): void {
  const ref = `refs/tags/${release.tag_name}`;
  if (state.refs.has(ref)) return;
  const commit = state.resolveCommit(release.target_commitish);
  if (!commit) throw validationFailed('Release', 'target_commitish', 'invalid');
  state.refs.set(ref, commit.sha);
}

function assertTagFree(state: RepositoryState, tag: string, except?: number): void {
  if (state.releases.some((r) => r.tag_name === tag && !r.draft && r.id !== except))
    throw validationFailed('Release', 'tag_name', 'already_exists');
}

function applyLatest(state: RepositoryState, release: Release, makeLatest: unknown): void {
  if (makeLatest === 'true' && !release.draft && !release.prerelease) {
    for (const other of state.releases) other.explicitLatest = false;
    release.explicitLatest = true;
  } else if (makeLatest === 'false' || makeLatest === 'legacy') {
    release.explicitLatest = false;
  }
}

/**
 * GitHub renames asset file names with special characters and leading or trailing periods; this keeps
 * letters, digits and - _ . + @ and turns anything else into a period.
 */
export function githubAssetName(name: string): string {
  const renamed = name.replace(/[^A-Za-z0-9._+@-]/g, '.').replace(/^\.+|\.+$/g, '');
  return renamed === '' ? 'default' : renamed;
}

export const releaseHandlers: Handlers = {
  'repos/create-release'(context) {
    const { state } = context;
    const body = fields(context);
    const tag = body.tag_name as string;
    if (!validTagName(tag)) throw validationFailed('Release', 'tag_name', 'invalid');
    const draft = body.draft === true;
    if (!draft) assertTagFree(state, tag);
    const now = timestamp();
    const release: Release = {
      id: state.nextId(),
      tag_name: tag,
      target_commitish: (body.target_commitish as string | undefined) ?? state.defaultBranch,
      name: (body.name as string | undefined) ?? (body.generate_release_notes ? tag : null),
      body: generatedNotes(context, body, tag),
      draft,
      prerelease: body.prerelease === true,
      created_at: now,
      updated_at: now,
      published_at: draft ? null : now,
      explicitLatest: false,
    };
    if (!draft) ensureTag(state, release);
    state.releases.push(release);
    applyLatest(state, release, body.make_latest ?? 'true');
    return { status: 201, body: renderRelease(context, release), headers: { location: `${context.links.api}/releases/${release.id}` } };
  },

  'repos/get-release': (context) => ({
    status: 200,
    body: renderRelease(context, findRelease(context, Number(context.params.release_id))),
  }),

  'repos/get-release-by-tag'(context) {
    const release = context.state.releases.find((r) => r.tag_name === context.params.tag && !r.draft);
    if (!release) throw notFound();
    return { status: 200, body: renderRelease(context, release) };
  },

  'repos/get-latest-release'(context) {
    const release = context.state.latestRelease();
    if (!release) throw notFound();
    return { status: 200, body: renderRelease(context, release) };
  },

  'repos/list-releases'(context) {
    const visible = context.state.releases.filter((r) => context.canWrite || !r.draft);
    const newestFirst = [...visible].sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
    return page(context, newestFirst, (release) => renderRelease(context, release));
  },

  'repos/update-release'(context) {
    const { state } = context;
    const release = findRelease(context, Number(context.params.release_id));
    const body = fields(context);
    const tag = (body.tag_name as string | undefined) ?? release.tag_name;
    if (!validTagName(tag)) throw validationFailed('Release', 'tag_name', 'invalid');
    const draft = (body.draft as boolean | undefined) ?? release.draft;
    if (!draft) assertTagFree(state, tag, release.id);
    const publishing = release.draft && !draft;
    Object.assign(release, {
      tag_name: tag,
      target_commitish: (body.target_commitish as string | undefined) ?? release.target_commitish,
      name: body.name === undefined ? release.name : body.name,
      body: body.body === undefined ? release.body : body.body,
      draft,
      prerelease: (body.prerelease as boolean | undefined) ?? release.prerelease,
      updated_at: timestamp(),
    });
    if (publishing) release.published_at = timestamp();
    if (!draft) ensureTag(state, release);
    applyLatest(state, release, body.make_latest ?? (publishing ? 'true' : undefined));
    return { status: 200, body: renderRelease(context, release) };
  },

  'repos/delete-release'(context) {
    const { state } = context;
    const release = findRelease(context, Number(context.params.release_id));
    state.releases.splice(state.releases.indexOf(release), 1);
    for (const asset of state.releaseAssets(release.id)) state.assets.splice(state.assets.indexOf(asset), 1);
    return { status: 204 };
  },

  'repos/upload-release-asset'(context) {
    const { state } = context;
    const release = findRelease(context, Number(context.params.release_id));
    const data = Buffer.isBuffer(context.body) ? context.body : Buffer.alloc(0);
    const contentType = context.headers['content-type'];
    if (!contentType) throw new ApiError(400, 'Content-Type header is required');
    const name = githubAssetName(context.query.name as string);
    if (state.releaseAssets(release.id).some((a) => a.name === name)) throw validationFailed('ReleaseAsset', 'name', 'already_exists');
    const now = timestamp();
    const asset: ReleaseAsset = {
      id: state.nextId(),
      release_id: release.id,
      name,
      label: (context.query.label as string | undefined) ?? '',
      content_type: contentType,
      size: data.length,
      digest: `sha256:${createHash('sha256').update(data).digest('hex')}`,
      state: 'uploaded',
      download_count: 0,
      created_at: now,
      updated_at: now,
      data,
    };
    state.assets.push(asset);
    return { status: 201, body: renderAsset(context, asset) };
  },

  'repos/list-release-assets'(context) {
    const release = findRelease(context, Number(context.params.release_id));
    return page(context, context.state.releaseAssets(release.id), (asset) => renderAsset(context, asset));
  },

  'repos/get-release-asset'(context) {
    const asset = findAsset(context, Number(context.params.asset_id));
    if ((context.headers.accept ?? '').includes('application/octet-stream')) {
      return { status: 302, headers: { location: renderAsset(context, asset).browser_download_url } };
    }
    return { status: 200, body: renderAsset(context, asset) };
  },

  'repos/update-release-asset'(context) {
    const { state } = context;
    const asset = findAsset(context, Number(context.params.asset_id));
    const body = fields(context);
    if (typeof body.name === 'string') {
      const name = githubAssetName(body.name);
      if (state.releaseAssets(asset.release_id).some((a) => a.name === name && a.id !== asset.id)) {
        throw validationFailed('ReleaseAsset', 'name', 'already_exists');
      }
      asset.name = name;
    }
    if (typeof body.label === 'string') asset.label = body.label;
    asset.updated_at = timestamp();
    return { status: 200, body: renderAsset(context, asset) };
  },

  'repos/delete-release-asset'(context) {
    const asset = findAsset(context, Number(context.params.asset_id));
    context.state.assets.splice(context.state.assets.indexOf(asset), 1);
    return { status: 204 };
  },
};

function generatedNotes(context: Context, body: Record<string, unknown>, tag: string): string | null {
  const given = (body.body as string | undefined) ?? null;
  if (body.generate_release_notes !== true) return given;
  const notes = `**Full Changelog**: ${context.links.html}/commits/${tag}`;
  return given ? `${given}\n\n${notes}` : notes;
}

/**
 * github.com's download link for an asset: /{owner}/{repo}/releases/download/{tag}/{name}, or
 * .../download/untagged-<hash>/{name} for a draft's asset (where the API's octet-stream answer sends a
 * client that may see the draft).
 */
export function downloadAsset(state: RepositoryState, tag: string, name: string): Reply | undefined {
  const release = state.releases.find((r) => tagPath(r) === tag || tagPath(r) === encodeURIComponent(tag));
  const asset = release && state.releaseAssets(release.id).find((a) => a.name === name);
  if (!asset) return undefined;
  asset.download_count += 1;
  return {
    status: 200,
    raw: asset.data,
    headers: { 'content-type': 'application/octet-stream', 'content-disposition': `attachment; filename=${asset.name}` },
  };
}
