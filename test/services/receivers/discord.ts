import { randomBytes } from 'node:crypto';
import { type HttpReceiver, jsonBody, startHttpReceiver } from './receiver.ts';

/** discord.com/developers/docs/resources/message#embed-object-embed-limits and execute-webhook. */
const LIMITS = {
  content: 2000,
  embeds: 10,
  total: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
};

export interface DiscordMessage {
  id: string;
  content?: string;
  embeds: Record<string, unknown>[];
  allowed_mentions?: unknown;
}

export interface DiscordReceiver extends HttpReceiver {
  webhookUrl: string;
  messages: DiscordMessage[];
  /** Posts answered 429 because the bucket was empty (a client that reads the headers waits instead). */
  rateLimited: number;
}

/** Discord's "Invalid Form Body" errors for a webhook message, by field path. */
export function discordProblems(payload: unknown): string[] {
  const p = payload as { content?: unknown; embeds?: unknown };
  if (!p || typeof p !== 'object') return ['body: not an object'];
  const problems: string[] = [];
  const content = typeof p.content === 'string' ? p.content : '';
  if (content.length > LIMITS.content) problems.push(`content: Must be ${LIMITS.content} or fewer in length.`);
  const embeds = (p.embeds ?? []) as Record<string, unknown>[];
  if (!Array.isArray(embeds)) return ['embeds: not an array'];
  if (embeds.length > LIMITS.embeds) problems.push(`embeds: Must be ${LIMITS.embeds} or fewer in length.`);
  if (content.length === 0 && embeds.length === 0) problems.push('Cannot send an empty message');
  let total = 0;
  const check = (value: unknown, max: number, where: string) => {
    if (value === undefined) return;
    if (typeof value !== 'string') return problems.push(`${where}: not a string`);
    total += value.length;
    if (value.length > max) problems.push(`${where}: Must be ${max} or fewer in length.`);
  };
  for (const [i, e] of embeds.entries()) {
    check(e.title, LIMITS.title, `embeds.${i}.title`);
    check(e.description, LIMITS.description, `embeds.${i}.description`);
    check((e.footer as { text?: unknown } | undefined)?.text, LIMITS.footer, `embeds.${i}.footer.text`);
    check((e.author as { name?: unknown } | undefined)?.name, LIMITS.author, `embeds.${i}.author.name`);
    if (e.color !== undefined && (!Number.isInteger(e.color) || (e.color as number) < 0 || (e.color as number) > 0xffffff))
      problems.push(`embeds.${i}.color: invalid`);
    const fields = (e.fields ?? []) as { name?: unknown; value?: unknown }[];
    if (fields.length > LIMITS.fields) problems.push(`embeds.${i}.fields: Must be ${LIMITS.fields} or fewer in length.`);
    for (const [j, f] of fields.entries()) {
      if (typeof f.name !== 'string' || f.name === '' || typeof f.value !== 'string' || f.value === '')
        problems.push(`embeds.${i}.fields.${j}: name and value are required`);
      check(f.name, LIMITS.fieldName, `embeds.${i}.fields.${j}.name`);
      check(f.value, LIMITS.fieldValue, `embeds.${i}.fields.${j}.value`);
    }
  }
  if (total > LIMITS.total) problems.push(`embeds: Embed size exceeds maximum size of ${LIMITS.total}`);
  return problems;
}

/**
 * A Discord webhook: validates like Discord (400 code 50035 "Invalid Form Body"; 50006 for an empty
 * message), answers the message with ?wait=true else 204, and keeps a rate-limit bucket: every answer
 * carries X-RateLimit-Limit/-Remaining/-Reset/-Reset-After/-Bucket, and a post into an empty bucket gets
 * 429 with Retry-After and a body with retry_after, as Discord does.
 */
export async function startDiscord(options: { limit?: number; windowMs?: number } = {}): Promise<DiscordReceiver> {
  const limit = options.limit ?? 5;
  const windowMs = options.windowMs ?? 2000;
  const id = '1234567890123456789';
  const token = randomBytes(24).toString('base64url');
  const messages: DiscordMessage[] = [];
  let windowStart = 0;
  let used = 0;
  let counter = 0;
  const state = { rateLimited: 0 };
  const receiver = await startHttpReceiver(({ method, path, query, body }) => {
    if (path !== `/api/webhooks/${id}/${token}`) return { status: 401, body: { message: 'Invalid Webhook Token', code: 50027 } };
    if (method !== 'POST') return { status: 405, body: { message: '405: Method Not Allowed', code: 0 } };
    const now = Date.now();
    if (now - windowStart >= windowMs) {
      windowStart = now;
      used = 0;
    }
    const resetAfter = Math.max(0, (windowStart + windowMs - now) / 1000);
    const headers = (remaining: number) => ({
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-reset': ((windowStart + windowMs) / 1000).toFixed(3),
      'x-ratelimit-reset-after': resetAfter.toFixed(3),
      'x-ratelimit-bucket': 'webhook-bucket',
    });
    if (used >= limit) {
      state.rateLimited++;
      return {
        status: 429,
        headers: { ...headers(0), 'retry-after': String(Math.ceil(resetAfter)), 'x-ratelimit-scope': 'user' },
        body: { message: 'You are being rate limited.', retry_after: Number(resetAfter.toFixed(3)), global: false },
      };
    }
    used++;
    const payload = jsonBody(body);
    const problems = discordProblems(payload);
    if (problems.length > 0) {
      const empty = problems.includes('Cannot send an empty message');
      return {
        status: 400,
        headers: headers(limit - used),
        body: empty
          ? { message: 'Cannot send an empty message', code: 50006 }
          : { message: 'Invalid Form Body', code: 50035, errors: problems },
      };
    }
    const p = payload as { content?: string; embeds?: Record<string, unknown>[]; allowed_mentions?: unknown };
    const message: DiscordMessage = {
      id: String(1_100_000_000_000_000_000n + BigInt(++counter)),
      ...(p.content ? { content: p.content } : {}),
      embeds: p.embeds ?? [],
      ...(p.allowed_mentions ? { allowed_mentions: p.allowed_mentions } : {}),
    };
    messages.push(message);
    if (query.get('wait') !== 'true') return { status: 204, headers: headers(limit - used) };
    return {
      status: 200,
      headers: headers(limit - used),
      body: { id: message.id, type: 0, channel_id: '42', content: message.content ?? '', embeds: message.embeds, webhook_id: id },
    };
  });
  return Object.assign(receiver, {
    webhookUrl: `${receiver.url}/api/webhooks/${id}/${token}`,
    messages,
    get rateLimited() {
      return state.rateLimited;
    },
  });
}
