import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { type HttpReceiver, jsonBody, startHttpReceiver } from './receiver.ts';

export interface WebhookReceiver extends HttpReceiver {
  webhookUrl: string;
  secret: string;
  /** Accepted deliveries (one per Idempotency-Key). */
  deliveries: { headers: Record<string, string | string[] | undefined>; payload: Record<string, unknown> }[];
  /** Repeats of an Idempotency-Key already accepted (answered 200, not stored again). */
  duplicates: number;
}

/**
 * A JSON webhook endpoint that checks an HMAC-SHA256 signature over the raw body (401 when it is missing
 * or wrong, like a GitHub webhook consumer) and drops repeats by Idempotency-Key.
 */
export async function startWebhook(options: { requireSignature?: boolean } = {}): Promise<WebhookReceiver> {
  const secret = randomBytes(16).toString('hex');
  const pathSecret = randomBytes(12).toString('hex');
  const deliveries: WebhookReceiver['deliveries'] = [];
  const seen = new Set<string>();
  const state = { duplicates: 0 };
  const requireSignature = options.requireSignature ?? true;
  const receiver = await startHttpReceiver(({ method, path, headers, body }) => {
    if (method !== 'POST' || path !== `/hooks/${pathSecret}`) return { status: 404, body: { error: 'not found' } };
    if (!String(headers['content-type'] ?? '').startsWith('application/json'))
      return { status: 415, body: { error: 'expected application/json' } };
    if (requireSignature) {
      const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(body).digest('hex')}`);
      const given = Buffer.from(String(headers['x-archway-signature-256'] ?? ''));
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { status: 401, body: { error: 'bad signature' } };
    }
    const payload = jsonBody(body) as Record<string, unknown> | undefined;
    if (!payload) return { status: 400, body: { error: 'not JSON' } };
    const key = String(headers['idempotency-key'] ?? '');
    if (key && seen.has(key)) {
      state.duplicates++;
      return { status: 200, body: { ok: true, duplicate: true } };
    }
    if (key) seen.add(key);
    deliveries.push({ headers, payload });
    return { status: 200, body: { ok: true } };
  });
  return Object.assign(receiver, {
    webhookUrl: `${receiver.url}/hooks/${pathSecret}`,
    secret,
    deliveries,
    get duplicates() {
      return state.duplicates;
    },
  });
}
