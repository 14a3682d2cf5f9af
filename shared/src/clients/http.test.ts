import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fetchWithRetry, retryAfterMs } from './http.ts';

describe('fetchWithRetry', () => {
  const answers: { status: number; headers?: Record<string, string> }[] = [];
  const seen: number[] = [];
  const server = createServer((_req, res) => {
    seen.push(Date.now());
    const next = answers.shift() ?? { status: 200 };
    res.writeHead(next.status, next.headers).end(String(next.status));
  });
  let url = '';
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  after(() => server.close());

  it('retries 503 and 429, waiting as long as Retry-After says', async () => {
    seen.length = 0;
    answers.push({ status: 503 }, { status: 429, headers: { 'retry-after': '1' } });
    const response = await fetchWithRetry(url, {}, { baseDelayMs: 10 });
    assert.equal(response.status, 200);
    assert.equal(seen.length, 3);
    assert.ok((seen[2] ?? 0) - (seen[1] ?? 0) >= 950, 'waited for Retry-After');
  });

  it('gives up after the bounded number of retries and returns the last answer', async () => {
    seen.length = 0;
    answers.push({ status: 502 }, { status: 502 }, { status: 502 });
    const response = await fetchWithRetry(url, {}, { retries: 2, baseDelayMs: 5 });
    assert.equal(response.status, 502);
    assert.equal(seen.length, 3);
  });

  it('does not retry a client error', async () => {
    seen.length = 0;
    answers.push({ status: 404 });
    assert.equal((await fetchWithRetry(url, {}, { baseDelayMs: 5 })).status, 404);
    assert.equal(seen.length, 1);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    assert.equal(retryAfterMs(new Response(null, { headers: { 'retry-after': '7' } }), now), 7000);
    assert.equal(retryAfterMs(new Response(null, { headers: { 'retry-after': 'Thu, 01 Jan 2026 00:00:30 GMT' } }), now), 30000);
    assert.equal(retryAfterMs(new Response(null)), undefined);
  });
});
