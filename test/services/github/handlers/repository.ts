import { gunzipSync } from 'node:zlib';
import { ApiError, notFound } from '../errors.ts';
import { fields, type Handlers } from '../handler.ts';
import { timestamp } from '../links.ts';

/** The gzip-compressed SARIF GitHub accepts per upload. */
const SARIF_GZIP_LIMIT = 10 * 1024 * 1024;

const created = timestamp(new Date('2024-01-01T00:00:00Z'));

export const repositoryHandlers: Handlers = {
  'repos/get'(context) {
    const { links, state } = context;
    const host = new URL(links.origin).host;
    return {
      status: 200,
      body: {
        ...links.repository(state.id),
        clone_url: `${links.html}.git`,
        git_url: `git://${host}/${links.owner}/${links.repo}.git`,
        ssh_url: `git@${host}:${links.owner}/${links.repo}.git`,
        svn_url: links.html,
        mirror_url: null,
        homepage: null,
        language: 'C',
        default_branch: state.defaultBranch,
        forks: 0,
        forks_count: 0,
        stargazers_count: 0,
        watchers: 0,
        watchers_count: 0,
        subscribers_count: 0,
        network_count: 0,
        open_issues: 0,
        open_issues_count: 0,
        size: 0,
        has_issues: true,
        has_projects: true,
        has_wiki: true,
        has_pages: false,
        has_discussions: false,
        archived: false,
        disabled: false,
        license: null,
        visibility: 'public',
        topics: [],
        created_at: created,
        updated_at: created,
        pushed_at: timestamp(),
        permissions: { admin: false, maintain: false, push: context.canWrite, triage: context.canWrite, pull: true },
      },
    };
  },

  'repos/generate-release-notes'(context) {
    const body = fields(context) as { tag_name: string; previous_tag_name?: string };
    const { links } = context;
    const range = body.previous_tag_name ? `compare/${body.previous_tag_name}...${body.tag_name}` : `commits/${body.tag_name}`;
    return { status: 200, body: { name: body.tag_name, body: `## What's Changed\n\n**Full Changelog**: ${links.html}/${range}` } };
  },

  'code-scanning/upload-sarif'(context) {
    const { state } = context;
    const body = fields(context) as { commit_sha: string; ref: string; sarif: string; tool_name?: string };
    if (!state.commits.has(body.commit_sha)) throw notFound();
    const gzip = Buffer.from(body.sarif, 'base64');
    if (gzip.length > SARIF_GZIP_LIMIT) throw new ApiError(413, 'Payload Too Large');
    let sarif: { version?: string; runs?: unknown[] };
    try {
      sarif = JSON.parse(gunzipSync(gzip).toString('utf8'));
    } catch {
      throw new ApiError(400, 'Invalid request: sarif must be gzip-compressed, base64-encoded SARIF JSON');
    }
    if (sarif.version !== '2.1.0' || !Array.isArray(sarif.runs))
      throw new ApiError(400, 'Invalid request: the SARIF file is not SARIF 2.1.0');
    const id = `${state.nextId()}-sarif`;
    state.sarifs.push({ id, commit_sha: body.commit_sha, ref: body.ref, tool_name: body.tool_name, sarif });
    return { status: 202, body: { id, url: `${context.links.api}/code-scanning/sarifs/${id}` } };
  },

  'code-scanning/get-sarif'(context) {
    const upload = context.state.sarifs.find((s) => s.id === context.params.sarif_id);
    if (!upload) throw notFound();
    return {
      status: 200,
      body: {
        processing_status: 'complete',
        analyses_url: `${context.links.api}/code-scanning/analyses?sarif_id=${upload.id}`,
        errors: null,
      },
    };
  },
};
