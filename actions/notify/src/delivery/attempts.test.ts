import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_POLICY, request, withAttempts } from './attempts.ts';

/** A server that answers each request with the next planned status ('reset' drops the connection). */
let server: Server;
let url = '';
let plan: (number | 'reset')[] = [];
let received = 0;
const headers: Record<number, Record<string, string>> = { 429: { 'retry-after': '0' } };

before(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received++;
      const next = plan.shift() ?? 200;
      if (next === 'reset') return req.socket.resetAndDestroy();
      res.writeHead(next, headers[next] ?? {});
      res.end(next === 200 ? 'ok' : `status ${next}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = () => request(url, { method: 'POST', body: '{}' });
const fast = { ...DEFAULT_POLICY, baseDelayMs: 1 };

describe('attempts', () => {
  it('retries a 429 and a 503, which prove nothing was taken', async () => {
    plan = [429, 503];
    received = 0;
    const result = await withAttempts(post, fast);
    assert.equal(result.error, undefined);
    assert.deepEqual([result.attempts, received], [3, 3]);
  });

  it('does not retry a 500 or a reset on a channel without idempotency, and says why', async () => {
    for (const fault of [500, 'reset'] as const) {
      plan = [fault];
      received = 0;
      const result = await withAttempts(post, fast);
      assert.equal(result.attempts, 1);
      assert.equal(received, 1);
      assert.match(result.error?.message ?? '', /not retried: the channel may have taken it/);
    }
  });

  it('retries a 500 and a reset on an idempotent channel', async () => {
    plan = [500, 'reset'];
    received = 0;
    const result = await withAttempts(post, { ...fast, idempotent: true });
    assert.deepEqual([result.error, result.attempts], [undefined, 3]);
  });

  it('gives up after the last attempt with the last answer', async () => {
    plan = [503, 503, 503, 503];
    const result = await withAttempts(post, fast);
    assert.equal(result.attempts, 4);
    assert.equal(result.status, 503);
    assert.match(result.error?.message ?? '', /^HTTP 503: status 503$/);
  });

  it('does not wait longer than the policy allows', async () => {
    headers[429] = { 'retry-after': '120' };
    plan = [429];
    const result = await withAttempts(post, fast);
    headers[429] = { 'retry-after': '0' };
    assert.equal(result.attempts, 1);
    assert.match(result.error?.message ?? '', /asked to wait 120 s, more than 30 s/);
  });

  it('refuses without retrying a 4xx', async () => {
    plan = [400];
    received = 0;
    const result = await withAttempts(post, fast);
    assert.deepEqual([result.attempts, received, result.status], [1, 1, 400]);
  });

  it('retries a refused connection: nothing was sent', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await withAttempts(() => request(`http://127.0.0.1:${port}/`, { method: 'POST' }), { ...fast, attempts: 2 });
    assert.equal(result.attempts, 2);
    assert.match(result.error?.message ?? '', /the connection failed \(ECONNREFUSED\)/);
  });
});
