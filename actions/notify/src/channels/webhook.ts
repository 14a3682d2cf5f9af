import { createHmac } from 'node:crypto';
import { type AttemptPolicy, DEFAULT_POLICY, request, withAttempts } from '../delivery/attempts.ts';
import type { Message } from '../message.ts';
import type { Results } from '../results/results.ts';
import { unescapeMarkdown } from '../view.ts';
import type { ChannelOf } from './channel.ts';
import type { Sent } from './send.ts';

export const WEBHOOK_FORMAT = 'archway-notify/v1';
export const SIGNATURE_HEADER = 'x-archway-signature-256';

/** The JSON a generic webhook receives: the rendered message, the run and every result read. */
export function webhookPayload(message: Message, results: Results, deliveryId: string): Record<string, unknown> {
  const v = message.view;
  return {
    format: WEBHOOK_FORMAT,
    delivery: deliveryId,
    title: message.title,
    text: message.body,
    status: v.status,
    headline: unescapeMarkdown(v.headline),
    run: {
      repository: unescapeMarkdown(v.repository),
      workflow: unescapeMarkdown(v.workflow),
      id: v.runId,
      number: v.runNumber,
      attempt: v.runAttempt,
      url: v.runUrl,
      branch: unescapeMarkdown(v.branch),
      commit: v.commit,
      actor: unescapeMarkdown(v.actor),
      ...(v.pr ? { pullRequest: { number: v.pr.number, url: v.pr.url } } : {}),
      ...(v.durationSeconds !== null ? { durationSeconds: v.durationSeconds } : {}),
    },
    results,
  };
}

/** `sha256=<hex>` over the exact body, as GitHub signs its webhooks (X-Hub-Signature-256). */
export function signature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * POST the JSON with an Idempotency-Key (the same on every attempt), so a receiver can drop a repeat:
 * that makes retrying after a lost connection or a 500 safe.
 */
export async function sendWebhook(channel: ChannelOf<'webhook'>, message: Message, results: Results, deliveryId: string): Promise<Sent> {
  const body = JSON.stringify(webhookPayload(message, results, deliveryId));
  const headers: Record<string, string> = {
    ...channel.headers,
    'content-type': 'application/json',
    'idempotency-key': deliveryId,
    'x-archway-delivery': deliveryId,
  };
  if (channel.secret) headers[SIGNATURE_HEADER] = signature(channel.secret, body);
  const policy: AttemptPolicy = { ...DEFAULT_POLICY, idempotent: true };
  const result = await withAttempts(() => request(channel.url, { method: 'POST', headers, body }), policy);
  if (result.error || !result.value)
    throw Object.assign(result.error ?? new Error('no answer'), { attempts: result.attempts, status: result.status });
  return { attempts: result.attempts, status: result.value.status, id: deliveryId };
}
