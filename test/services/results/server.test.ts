import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, afterEach, before, describe, it } from 'node:test';
import { BlockBlobClient } from '@azure/storage-blob';
import { type ResultsServer, startResultsService } from '../index.ts';

let results: ResultsServer;

const CACHE = 'github.actions.results.api.v1.CacheService';
const ARTIFACTS = 'github.actions.results.api.v1.ArtifactService';

async function twirp(service: string, method: string, body: unknown, token = results.env.ACTIONS_RUNTIME_TOKEN) {
  const response = await fetch(`${results.url}/twirp/${service}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function saveCache(key: string, version: string, content: string): Promise<void> {
  const created = await twirp(CACHE, 'CreateCacheEntry', { key, version });
  assert.equal(created.status, 200, JSON.stringify(created.body));
  const put = await fetch(created.body.signed_upload_url as string, {
    method: 'PUT',
    headers: { 'x-ms-blob-type': 'BlockBlob' },
    body: content,
  });
  assert.equal(put.status, 201);
  const finalized = await twirp(CACHE, 'FinalizeCacheEntryUpload', { key, version, size_bytes: String(Buffer.byteLength(content)) });
  assert.deepEqual(finalized.body.ok, true, JSON.stringify(finalized.body));
}

async function lookup(key: string, restoreKeys: string[], version: string): Promise<string | undefined> {
  const { body } = await twirp(CACHE, 'GetCacheEntryDownloadURL', { key, restore_keys: restoreKeys, version });
  if (body.ok !== true) return undefined;
  const download = await fetch(body.signed_download_url as string);
  assert.equal(download.status, 200);
  return `${body.matched_key}=${await download.text()}`;
}

before(async () => {
  results = await startResultsService();
});
afterEach(() => results.assertNoViolations());
after(() => results.stop());

describe('the runtime token', () => {
  it('is a JWT whose scp names the run and job for @actions/artifact', () => {
    const [, payload] = results.env.ACTIONS_RUNTIME_TOKEN?.split('.') ?? [];
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as { scp: string };
    assert.ok(claims.scp.split(' ').includes(`Actions.Results:${results.runBackendId}:${results.jobBackendId}`), claims.scp);
    assert.equal(results.env.ACTIONS_CACHE_SERVICE_V2, 'True');
  });
});

describe('CacheService', () => {
  it('matches the exact key first, then the newest entry with a prefix, per key in order, same version only', async () => {
    await saveCache('deps-linux-aaa', 'v1', 'old');
    await saveCache('deps-linux-bbb', 'v1', 'new');
    await saveCache('deps-linux-ccc', 'v2', 'other version');
    assert.equal(await lookup('deps-linux-aaa', ['deps-linux-'], 'v1'), 'deps-linux-aaa=old', 'exact match wins');
    assert.equal(await lookup('deps-linux-zzz', ['deps-linux-'], 'v1'), 'deps-linux-bbb=new', 'newest prefix match');
    assert.equal(await lookup('deps-linux-zzz', ['nope-', 'deps-linux-a'], 'v1'), 'deps-linux-aaa=old', 'restore keys in order');
    assert.equal(await lookup('deps-', [], 'v1'), 'deps-linux-bbb=new', 'the primary key is also a prefix');
    assert.equal(await lookup('deps-linux-ccc', [], 'v1'), undefined, 'another version never matches');
    assert.deepEqual(
      results.cacheEntries().map((e) => `${e.key}@${e.version}:${e.sizeBytes}`),
      ['deps-linux-aaa@v1:3', 'deps-linux-bbb@v1:3', 'deps-linux-ccc@v2:13'],
    );
  });

  it('refuses a second entry for the same key and version, and a finalize that does not match the upload', async () => {
    const again = await twirp(CACHE, 'CreateCacheEntry', { key: 'deps-linux-aaa', version: 'v1' });
    assert.deepEqual(again, {
      status: 409,
      body: { code: 'already_exists', msg: 'cache entry with the same key, version, and scope already exists' },
    });
    await twirp(CACHE, 'CreateCacheEntry', { key: 'never-uploaded', version: 'v1' });
    assert.deepEqual((await twirp(CACHE, 'FinalizeCacheEntryUpload', { key: 'never-uploaded', version: 'v1', size_bytes: '5' })).body, {
      ok: false,
      entry_id: '0',
      message: 'nothing was uploaded for cache key never-uploaded',
    });
    assert.equal((await twirp(CACHE, 'FinalizeCacheEntryUpload', { key: 'unknown', version: 'v1', size_bytes: '5' })).status, 404);
  });
});

describe('ArtifactService', () => {
  const ids = () => ({ workflow_run_backend_id: results.runBackendId, workflow_job_run_backend_id: results.jobBackendId });

  it('stores what the blocks assemble to in block-list order, checks size and digest, lists, signs and deletes', async () => {
    const created = await twirp(ARTIFACTS, 'CreateArtifact', { ...ids(), name: 'logs', version: 7, mime_type: 'application/zip' });
    assert.equal(created.body.ok, true);
    const blob = new BlockBlobClient(created.body.signed_upload_url as string);
    const parts = [Buffer.alloc(1024, 'a'), Buffer.alloc(1024, 'b'), Buffer.alloc(10, 'c')];
    const blockIds = parts.map((_, i) => Buffer.from(`block-${i}`).toString('base64'));
    // Staged out of order, as parallel uploads finish: Azurite must assemble them as the list says.
    for (const i of [2, 0, 1]) await blob.stageBlock(blockIds[i] as string, parts[i] as Buffer, (parts[i] as Buffer).length);
    await blob.commitBlockList(blockIds, { blobHTTPHeaders: { blobContentType: 'application/zip' } });
    const content = Buffer.concat(parts);
    const digest = `sha256:${createHash('sha256').update(content).digest('hex')}`;

    const wrongHash = await twirp(ARTIFACTS, 'FinalizeArtifact', {
      ...ids(),
      name: 'logs',
      size: String(content.length),
      hash: `sha256:${'0'.repeat(64)}`,
    });
    assert.equal(wrongHash.status, 400);
    const finalized = await twirp(ARTIFACTS, 'FinalizeArtifact', { ...ids(), name: 'logs', size: String(content.length), hash: digest });
    assert.equal(finalized.body.ok, true);

    const listed = await twirp(ARTIFACTS, 'ListArtifacts', { ...ids(), name_filter: 'logs' });
    const [artifact] = listed.body.artifacts as Record<string, unknown>[];
    assert.equal(artifact?.database_id, finalized.body.artifact_id);
    assert.equal(artifact?.size, String(content.length));
    assert.equal(artifact?.digest, digest);
    assert.match(String(artifact?.created_at), /^\d{4}-\d\d-\d\dT/);

    const signed = await twirp(ARTIFACTS, 'GetSignedArtifactURL', { ...ids(), name: 'logs' });
    const download = await fetch(signed.body.signed_url as string);
    assert.deepEqual(Buffer.from(await download.arrayBuffer()), content);
    assert.equal(download.headers.get('content-type'), 'application/zip');

    const duplicate = await twirp(ARTIFACTS, 'CreateArtifact', { ...ids(), name: 'logs', version: 7 });
    assert.equal(duplicate.status, 409);
    assert.equal((await twirp(ARTIFACTS, 'DeleteArtifact', { ...ids(), name: 'logs' })).body.ok, true);
    assert.deepEqual(results.artifacts(), []);
    assert.equal((await fetch(signed.body.signed_url as string)).status, 404, 'the blob is gone');
    assert.equal((await twirp(ARTIFACTS, 'GetSignedArtifactURL', { ...ids(), name: 'logs' })).status, 404);
  });

  it('only serves the run and job of the runtime token', async () => {
    const other = await twirp(ARTIFACTS, 'CreateArtifact', { ...ids(), workflow_run_backend_id: 'another-run', name: 'x', version: 7 });
    assert.equal(other.status, 403);
  });
});

describe('what the real clients could not have sent', () => {
  it('refuses unknown fields, a foreign token, unknown methods and non-JSON with Twirp errors, as violations', async () => {
    assert.equal((await twirp(CACHE, 'CreateCacheEntry', { key: 'k', verison: 'v' })).body.code, 'malformed');
    assert.equal((await twirp(CACHE, 'CreateCacheEntry', { key: 'k', version: 'v' }, 'a.b.c')).status, 401);
    assert.equal((await twirp(CACHE, 'DeleteCacheEntry', {})).body.code, 'bad_route');
    const text = await fetch(`${results.url}/twirp/${CACHE}/CreateCacheEntry`, {
      method: 'POST',
      headers: { authorization: `Bearer ${results.env.ACTIONS_RUNTIME_TOKEN}`, 'content-type': 'application/protobuf' },
      body: 'x',
    });
    assert.equal(text.status, 400);
    const violations = results.violations.splice(0);
    assert.equal(violations.length, 4, violations.join('\n'));
    assert.match(violations[0] ?? '', /unknown field .*verison/);
  });
});

describe('fault injection', () => {
  it('answers Twirp calls with 5xx or 429 in Twirp JSON, blob requests in Azure XML, and can delay', async () => {
    results.inject({ kind: 'status', status: 503, path: `/twirp/${CACHE}/` });
    results.inject({ kind: 'status', status: 429, headers: { 'retry-after': '2' }, path: `/twirp/${CACHE}/` });
    const unavailable = await twirp(CACHE, 'GetCacheEntryDownloadURL', { key: 'x', version: 'v1' });
    assert.deepEqual(unavailable, { status: 503, body: { code: 'unavailable', msg: 'injected HTTP 503' } });
    assert.equal((await twirp(CACHE, 'GetCacheEntryDownloadURL', { key: 'x', version: 'v1' })).body.code, 'resource_exhausted');
    assert.equal((await twirp(CACHE, 'GetCacheEntryDownloadURL', { key: 'x', version: 'v1' })).status, 200);

    results.inject({ kind: 'status', status: 500, method: 'PUT', path: '/devstoreaccount1/' });
    const created = await twirp(CACHE, 'CreateCacheEntry', { key: 'faulty', version: 'v1' });
    const put = await fetch(created.body.signed_upload_url as string, {
      method: 'PUT',
      headers: { 'x-ms-blob-type': 'BlockBlob' },
      body: 'x',
    });
    assert.equal(put.status, 500);
    assert.match(await put.text(), /<Code>InternalError<\/Code>/);

    results.inject({ kind: 'delay', ms: 300, path: `/twirp/${CACHE}/GetCacheEntryDownloadURL` });
    await twirp(CACHE, 'GetCacheEntryDownloadURL', { key: 'x', version: 'v1' });
    const last = results.requests.at(-1);
    assert.ok((last?.finishedAt ?? 0) - (last?.startedAt ?? 0) >= 290, 'the answer was delayed');
    assert.deepEqual(results.pendingFaults, []);
  });
});
