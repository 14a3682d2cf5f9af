import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { RequestError } from '@octokit/request-error';
import { type GitHubApiServer, INITIAL_SHA, startGitHubApi } from '../index.ts';
import { type PlainClient, plainOctokit } from './plain-octokit.ts';

let gh: GitHubApiServer;
let octokit: PlainClient;
let repo: { owner: string; repo: string };

async function failure(call: Promise<unknown>): Promise<RequestError> {
  try {
    await call;
  } catch (error) {
    return error as RequestError;
  }
  assert.fail('the call was expected to fail');
}

/** The JSON body of an error answer. */
function errorBody(error: RequestError): { message?: string; errors?: unknown[]; documentation_url?: string } {
  return (error.response?.data ?? {}) as { message?: string; errors?: unknown[]; documentation_url?: string };
}

/** The test expected exactly these violations: check and clear them so afterEach passes. */
function takeViolations(): string[] {
  return gh.violations.splice(0);
}

before(async () => {
  gh = await startGitHubApi();
  octokit = plainOctokit(gh.token, gh.url);
  repo = { owner: gh.owner, repo: gh.repo };
});
afterEach(() => gh.assertNoViolations());
after(() => gh.stop());

describe('releases', () => {
  it('creates, finds, lists, publishes and deletes releases as GitHub does', async () => {
    const { data: draft } = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'v0.9.0', draft: true, name: 'Draft' });
    assert.equal(draft.draft, true);
    assert.equal(draft.published_at, null);
    assert.equal(gh.state.refs.has('refs/tags/v0.9.0'), false, 'a draft does not create its tag');
    assert.equal(
      (await failure(octokit.rest.repos.getReleaseByTag({ ...repo, tag: 'v0.9.0' }))).status,
      404,
      'drafts are not found by tag',
    );

    const { data: v1 } = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'v1.0.0', body: 'notes' });
    assert.equal(gh.state.refs.get('refs/tags/v1.0.0'), INITIAL_SHA, 'publishing creates the tag on target_commitish');
    assert.equal((await octokit.rest.repos.getReleaseByTag({ ...repo, tag: 'v1.0.0' })).data.id, v1.id);
    assert.equal((await octokit.rest.repos.getLatestRelease(repo)).data.id, v1.id);
    await octokit.rest.repos.createRelease({ ...repo, tag_name: 'v2.0.0-rc.1', prerelease: true });
    assert.equal((await octokit.rest.repos.getLatestRelease(repo)).data.id, v1.id, 'a prerelease is never the latest');

    const duplicate = await failure(octokit.rest.repos.createRelease({ ...repo, tag_name: 'v1.0.0' }));
    assert.equal(duplicate.status, 422);
    assert.deepEqual(errorBody(duplicate).errors, [{ resource: 'Release', field: 'tag_name', code: 'already_exists' }]);

    const all = await octokit.paginate(octokit.rest.repos.listReleases, { ...repo, per_page: 1 });
    assert.deepEqual(
      all.map((r) => r.tag_name),
      ['v2.0.0-rc.1', 'v1.0.0', 'v0.9.0'],
      'newest first, across pages',
    );

    const { data: published } = await octokit.rest.repos.updateRelease({ ...repo, release_id: draft.id, draft: false, tag_name: 'v0.9.1' });
    assert.equal(published.draft, false);
    assert.ok(published.published_at);
    assert.equal(gh.state.refs.get('refs/tags/v0.9.1'), INITIAL_SHA);

    assert.equal((await octokit.rest.repos.deleteRelease({ ...repo, release_id: v1.id })).status, 204);
    assert.equal((await failure(octokit.rest.repos.getRelease({ ...repo, release_id: v1.id }))).status, 404);
    assert.ok(gh.state.refs.has('refs/tags/v1.0.0'), 'deleting a release keeps its tag');
  });

  it('uploads assets to upload_url, refuses a duplicate name, serves the bytes and deletes them', async () => {
    const { data: release } = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'assets-1' });
    assert.match(
      release.upload_url,
      new RegExp(`^${gh.url}/repos/${gh.owner}/${gh.repo}/releases/${release.id}/assets\\{\\?name,label\\}$`),
    );
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252]);
    const upload = () =>
      octokit.rest.repos.uploadReleaseAsset({
        ...repo,
        release_id: release.id,
        url: release.upload_url,
        name: 'firmware image.bin',
        label: 'Firmware',
        data: bytes as unknown as string,
        headers: { 'content-type': 'application/octet-stream' },
      });
    const { data: asset } = await upload();
    assert.equal(asset.name, 'firmware.image.bin', 'GitHub renames special characters');
    assert.equal(asset.label, 'Firmware');
    assert.equal(asset.size, bytes.length);
    assert.equal(asset.state, 'uploaded');

    const duplicate = await failure(upload());
    assert.equal(duplicate.status, 422);
    assert.deepEqual(errorBody(duplicate).errors, [{ resource: 'ReleaseAsset', field: 'name', code: 'already_exists' }]);

    const listed = await octokit.rest.repos.listReleaseAssets({ ...repo, release_id: release.id });
    assert.deepEqual(
      listed.data.map((a) => a.name),
      ['firmware.image.bin'],
    );
    const download = await fetch(asset.browser_download_url);
    assert.deepEqual(Buffer.from(await download.arrayBuffer()), bytes);
    const viaApi = await octokit.rest.repos.getReleaseAsset({
      ...repo,
      asset_id: asset.id,
      headers: { accept: 'application/octet-stream' },
    });
    assert.deepEqual(Buffer.from(viaApi.data as unknown as ArrayBuffer), bytes);

    await octokit.rest.repos.deleteReleaseAsset({ ...repo, asset_id: asset.id });
    assert.deepEqual((await octokit.rest.repos.listReleaseAssets({ ...repo, release_id: release.id })).data, []);
  });
});

describe('git refs and tags', () => {
  it('creates annotated tags and refs, refuses what git refuses, updates and deletes', async () => {
    const { data: tag } = await octokit.rest.git.createTag({
      ...repo,
      tag: 'v3.0.0',
      message: 'Release 3',
      object: INITIAL_SHA,
      type: 'commit',
    });
    const { data: ref } = await octokit.rest.git.createRef({ ...repo, ref: 'refs/tags/v3.0.0', sha: tag.sha });
    assert.equal(ref.object.type, 'tag');
    assert.equal((await octokit.rest.git.getRef({ ...repo, ref: 'tags/v3.0.0' })).data.object.sha, tag.sha);
    assert.equal((await octokit.rest.git.getTag({ ...repo, tag_sha: tag.sha })).data.object.sha, INITIAL_SHA);

    assert.equal(
      (await failure(octokit.rest.git.createRef({ ...repo, ref: 'refs/tags/v3.0.0', sha: INITIAL_SHA }))).message.split(' - ')[0],
      'Reference already exists',
    );
    assert.equal(
      (await failure(octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/x', sha: 'f'.repeat(40) }))).message.split(' - ')[0],
      'Object does not exist',
    );

    const head = gh.state.commit('feature/a', { 'a.txt': 'a' });
    await octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/other', sha: head.sha });
    const matching = await octokit.rest.git.listMatchingRefs({ ...repo, ref: 'heads/' });
    assert.deepEqual(
      matching.data.map((r) => r.ref),
      ['refs/heads/feature/a', 'refs/heads/main', 'refs/heads/other'],
    );
    const notFastForward = await failure(octokit.rest.git.updateRef({ ...repo, ref: 'heads/other', sha: INITIAL_SHA }));
    assert.equal(notFastForward.status, 422);
    await octokit.rest.git.updateRef({ ...repo, ref: 'heads/other', sha: INITIAL_SHA, force: true });
    assert.equal(gh.state.refs.get('refs/heads/other'), INITIAL_SHA);
    await octokit.rest.git.deleteRef({ ...repo, ref: 'heads/other' });
    assert.equal((await failure(octokit.rest.git.getRef({ ...repo, ref: 'heads/other' }))).status, 404);
  });
});

describe('commit statuses', () => {
  it('records statuses and combines the latest per context', async () => {
    await octokit.rest.repos.createCommitStatus({ ...repo, sha: INITIAL_SHA, state: 'pending', context: 'ci/build' });
    await octokit.rest.repos.createCommitStatus({ ...repo, sha: INITIAL_SHA, state: 'success', context: 'ci/build', description: 'ok' });
    await octokit.rest.repos.createCommitStatus({ ...repo, sha: INITIAL_SHA, state: 'success', context: 'ci/test' });
    const combined = await octokit.rest.repos.getCombinedStatusForRef({ ...repo, ref: INITIAL_SHA });
    assert.equal(combined.data.state, 'success');
    assert.equal(combined.data.total_count, 2);
    const listed = await octokit.rest.repos.listCommitStatusesForRef({ ...repo, ref: 'main' });
    assert.deepEqual(
      listed.data.map((s) => `${s.context}:${s.state}`),
      ['ci/test:success', 'ci/build:success', 'ci/build:pending'],
    );
    const unknown = await failure(octokit.rest.repos.createCommitStatus({ ...repo, sha: 'a'.repeat(40), state: 'success' }));
    assert.equal(unknown.status, 422);
    assert.equal(gh.state.statuses.length, 3);
  });
});

describe('check runs', () => {
  const annotations = (n: number, from = 1) =>
    Array.from({ length: n }, (_, i) => ({
      path: 'src/a.c',
      start_line: from + i,
      end_line: from + i,
      annotation_level: 'warning' as const,
      message: `w${from + i}`,
    }));

  it('takes 50 annotations per request, appends them across updates, and completes with a conclusion', async () => {
    const { data: run } = await octokit.rest.checks.create({
      ...repo,
      name: 'lint',
      head_sha: INITIAL_SHA,
      status: 'in_progress',
      output: { title: 'Lint', summary: 'running', annotations: annotations(50) },
    });
    assert.equal(run.output.annotations_count, 50);
    const checkRunId = Number(run.id);
    const tooMany = await failure(
      octokit.rest.checks.update({
        ...repo,
        check_run_id: checkRunId,
        output: { title: 'Lint', summary: 'x', annotations: annotations(51) },
      }),
    );
    assert.equal(tooMany.status, 422);
    const violations = takeViolations();
    assert.equal(violations.length, 1, violations.join('\n'));
    assert.match(
      violations[0] ?? '',
      /body\/output\/annotations must NOT have more than 50 items/,
      'more than 50 annotations breaks the description',
    );
    const { data: done } = await octokit.rest.checks.update({
      ...repo,
      check_run_id: checkRunId,
      conclusion: 'failure',
      output: { title: 'Lint', summary: '100 warnings', annotations: annotations(50, 51) },
    });
    assert.equal(done.status, 'completed');
    assert.ok(done.completed_at);
    assert.equal(done.output.annotations_count, 100);
    const stored = gh.state.checkRuns.find((r) => r.id === checkRunId);
    assert.equal(stored?.annotations.length, 100);
    const listed = await octokit.paginate(octokit.rest.checks.listAnnotations, { ...repo, check_run_id: checkRunId, per_page: 100 });
    assert.deepEqual(
      listed.map((a) => a.start_line),
      Array.from({ length: 100 }, (_, i) => i + 1),
    );
    const forRef = await octokit.rest.checks.listForRef({ ...repo, ref: INITIAL_SHA, check_name: 'lint' });
    assert.equal(forRef.data.total_count, 1);
    const incomplete = await failure(octokit.rest.checks.create({ ...repo, name: 'x', head_sha: INITIAL_SHA, status: 'completed' }));
    assert.equal(incomplete.status, 422, 'completed without a conclusion');
  });
});

describe('issue and pull request comments', () => {
  it('creates, updates and lists comments', async () => {
    const { data: comment } = await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: '<!-- marker --> first' });
    await octokit.rest.issues.createComment({ ...repo, issue_number: 8, body: 'elsewhere' });
    await octokit.rest.issues.updateComment({ ...repo, comment_id: comment.id, body: '<!-- marker --> second' });
    const listed = await octokit.rest.issues.listComments({ ...repo, issue_number: 7 });
    assert.deepEqual(
      listed.data.map((c) => c.body),
      ['<!-- marker --> second'],
    );
    assert.equal(gh.state.comments.length, 2);
  });
});

describe('repository contents', () => {
  it('commits files on a branch, checks the blob sha on update, serves them base64 and raw', async () => {
    const branch = await failure(
      octokit.rest.repos.createOrUpdateFileContents({ ...repo, path: 'data.json', message: 'm', content: 'e30=', branch: 'gh-pages' }),
    );
    assert.equal(branch.status, 404, 'the branch must exist');
    const created = await octokit.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: 'bench/data.json',
      message: 'add',
      content: Buffer.from('[1]').toString('base64'),
    });
    assert.equal(created.status, 201);
    const { data: file } = await octokit.rest.repos.getContent({ ...repo, path: 'bench/data.json' });
    assert.ok(!Array.isArray(file) && file.type === 'file');
    assert.equal(Buffer.from(file.content, 'base64').toString(), '[1]');

    const noSha = await failure(
      octokit.rest.repos.createOrUpdateFileContents({ ...repo, path: 'bench/data.json', message: 'm', content: 'WzJd' }),
    );
    assert.equal(noSha.status, 422);
    const staleSha = await failure(
      octokit.rest.repos.createOrUpdateFileContents({
        ...repo,
        path: 'bench/data.json',
        message: 'm',
        content: 'WzJd',
        sha: 'b'.repeat(40),
      }),
    );
    assert.equal(staleSha.status, 409);
    const updated = await octokit.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: 'bench/data.json',
      message: 'update',
      content: 'WzJd',
      sha: file.sha,
    });
    assert.equal(updated.status, 200);
    assert.equal(gh.state.contents.get('main')?.get('bench/data.json')?.toString(), '[2]');

    const raw = await octokit.rest.repos.getContent({ ...repo, path: 'bench/data.json', mediaType: { format: 'raw' } });
    assert.equal(String(raw.data), '[2]');
    const dir = await octokit.rest.repos.getContent({ ...repo, path: 'bench' });
    assert.ok(Array.isArray(dir.data));
    assert.deepEqual(
      dir.data.map((e) => e.name),
      ['data.json'],
    );
    await octokit.rest.repos.deleteFile({ ...repo, path: 'bench/data.json', message: 'rm', sha: updated.data.content?.sha as string });
    assert.equal((await failure(octokit.rest.repos.getContent({ ...repo, path: 'bench/data.json' }))).status, 404);
  });
});

describe('the repository, release notes and code scanning', () => {
  it('describes the repository, generates release notes and takes SARIF uploads', async () => {
    const { data: repository } = await octokit.rest.repos.get(repo);
    assert.equal(repository.default_branch, 'main');
    assert.equal(repository.full_name, `${gh.owner}/${gh.repo}`);
    const notes = await octokit.rest.repos.generateReleaseNotes({ ...repo, tag_name: 'v2.0.0', previous_tag_name: 'v1.0.0' });
    assert.match(notes.data.body, /compare\/v1\.0\.0\.\.\.v2\.0\.0/);

    const sarif = { version: '2.1.0', runs: [{ tool: { driver: { name: 'scanner' } }, results: [] }] };
    const encoded = gzipSync(JSON.stringify(sarif)).toString('base64');
    const { data: receipt, status } = await octokit.rest.codeScanning.uploadSarif({
      ...repo,
      commit_sha: INITIAL_SHA,
      ref: 'refs/heads/main',
      sarif: encoded,
    });
    assert.equal(status, 202);
    assert.equal(
      (await octokit.rest.codeScanning.getSarif({ ...repo, sarif_id: receipt.id as string })).data.processing_status,
      'complete',
    );
    assert.deepEqual(gh.state.sarifs[0]?.sarif, sarif);
    const notGzip = await failure(
      octokit.rest.codeScanning.uploadSarif({ ...repo, commit_sha: INITIAL_SHA, ref: 'refs/heads/main', sarif: 'bm90IGd6aXA=' }),
    );
    assert.equal(notGzip.status, 400);
  });
});

describe('authentication', () => {
  it('lets the read-only token read but answers its writes 403, and refuses unknown tokens', async () => {
    const readOnly = plainOctokit(gh.readOnlyToken, gh.url);
    await readOnly.rest.repos.listReleases(repo);
    const denied = await failure(readOnly.rest.issues.createComment({ ...repo, issue_number: 1, body: 'x' }));
    assert.equal(denied.status, 403);
    assert.match(denied.message, /^Resource not accessible by integration/);
    const stranger = plainOctokit('ghs_not-a-token', gh.url);
    assert.equal((await failure(stranger.rest.repos.listReleases(repo))).status, 401);
    const anonymous = await fetch(`${gh.url}/repos/${gh.owner}/${gh.repo}/statuses/${INITIAL_SHA}`, {
      method: 'POST',
      body: '{"state":"success"}',
    });
    assert.equal(anonymous.status, 401);
  });

  it('answers 404 for another repository', async () => {
    assert.equal((await failure(octokit.rest.repos.listReleases({ owner: 'someone', repo: 'else' }))).status, 404);
  });
});

describe('checking requests against the OpenAPI description', () => {
  it('answers 422 in GitHub’s shape and records a violation for a wrong body', async () => {
    // @ts-expect-error `tag` instead of `tag_name`: the mistake this test is about.
    const error = await failure(octokit.request('POST /repos/{owner}/{repo}/releases', { ...repo, tag: 'v9' }));
    assert.equal(error.status, 422);
    assert.match(errorBody(error).message ?? '', /^Invalid request\.\n\n"tag_name" wasn't supplied/);
    assert.equal(errorBody(error).documentation_url, 'https://docs.github.com/rest/releases/releases#create-a-release');
    const [violation] = takeViolations();
    assert.match(violation ?? '', /repos\/create-release.*"tag" is not a property of the request body/);
  });

  it('records wrong parameter types, unknown query parameters and unknown paths', async () => {
    const wrongType = await fetch(`${gh.url}/repos/${gh.owner}/${gh.repo}/releases/abc`, {
      headers: { authorization: `token ${gh.token}` },
    });
    assert.equal(wrongType.status, 422);
    const typo = await fetch(`${gh.url}/repos/${gh.owner}/${gh.repo}/releases?per_pag=5`, {
      headers: { authorization: `token ${gh.token}` },
    });
    assert.equal(typo.status, 422);
    const unknown = await fetch(`${gh.url}/repos/${gh.owner}/${gh.repo}/no-such-endpoint`);
    assert.equal(unknown.status, 404);
    const violations = takeViolations();
    assert.equal(violations.length, 3, violations.join('\n'));
    assert.match(violations[0] ?? '', /path parameter "release_id" must be integer/);
    assert.match(violations[1] ?? '', /query parameter "per_pag" is not a parameter of repos\/list-releases/);
    assert.match(violations[2] ?? '', /no such path/);
    assert.throws(() => {
      gh.violations.push('example');
      gh.assertNoViolations();
    }, /1 violation\(s\):\n- example/);
    takeViolations();
  });

  it('logs every request with its operation and answer', async () => {
    const before = gh.requests.length;
    await octokit.rest.repos.listReleases({ ...repo, per_page: 2 });
    const logged = gh.requests.slice(before).map(({ startedAt, finishedAt, ...rest }) => {
      assert.ok(startedAt !== undefined && finishedAt !== undefined && finishedAt >= startedAt, 'timed from arrival to answer');
      return rest;
    });
    assert.deepEqual(logged, [
      {
        method: 'GET',
        path: `/repos/${gh.owner}/${gh.repo}/releases`,
        query: { per_page: '2' },
        body: undefined,
        status: 200,
        operationId: 'repos/list-releases',
      },
    ]);
  });
});

describe('fault injection', () => {
  it('answers matching calls with a status, a delay or a reset, as many times as asked', async () => {
    gh.inject({ kind: 'status', status: 503, times: 2, method: 'GET', path: /\/releases$/ });
    const path = `${gh.url}/repos/${gh.owner}/${gh.repo}/releases`;
    const auth = { authorization: `token ${gh.token}` };
    assert.equal(
      (await fetch(`${gh.url}/repos/${gh.owner}/${gh.repo}/releases/tags/none`, { headers: auth })).status,
      404,
      'another path is not affected',
    );
    assert.equal((await fetch(path, { headers: auth })).status, 503);
    assert.equal((await fetch(path, { headers: auth })).status, 503);
    assert.equal((await fetch(path, { headers: auth })).status, 200);

    gh.inject({ kind: 'reset' });
    await assert.rejects(fetch(path, { headers: auth }));
    gh.inject({ kind: 'delay', ms: 300 });
    const start = performance.now();
    assert.equal((await fetch(path, { headers: auth })).status, 200);
    assert.ok(performance.now() - start >= 290, 'the delayed answer came late');
    gh.inject({ kind: 'status', status: 500, operationId: 'repos/get-latest-release' });
    assert.equal((await fetch(path, { headers: auth })).status, 200, 'another operation is not affected');
    assert.equal((await fetch(`${path}/latest`, { headers: auth })).status, 500);
    assert.deepEqual(gh.pendingFaults, []);
    assert.deepEqual(
      gh.requests.slice(-5, -2).map((r) => r.status),
      [200, 0, 200],
      'a reset is logged with status 0',
    );
  });
});
