import { randomBytes } from 'node:crypto';
import { type HttpReceiver, jsonBody, startHttpReceiver } from './receiver.ts';

/** Block Kit's documented limits (api.slack.com/reference/block-kit/blocks). */
const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  headerText: 150,
  fields: 10,
  fieldText: 2000,
  buttonText: 75,
  url: 3000,
  contextElements: 10,
};

export interface SlackPost {
  via: 'webhook' | 'api';
  method?: string;
  channel?: string;
  ts: string;
  thread_ts?: string;
  text?: string;
  blocks: Record<string, unknown>[];
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

export interface SlackReceiver extends HttpReceiver {
  /** The incoming webhook URL (its last path segment is the secret). */
  webhookUrl: string;
  /** The Web API base (pass as api-url) and a bot token it accepts. */
  apiUrl: string;
  token: string;
  /** Every accepted message, in order; chat.update replaces the message it names. */
  posts: SlackPost[];
}

/** The reasons Slack gives for a payload it refuses, checked as Slack checks them. */
export function blockKitProblems(payload: unknown): string[] {
  const p = payload as { text?: unknown; blocks?: unknown };
  if (!p || typeof p !== 'object') return ['invalid_payload'];
  const blocks = p.blocks;
  if (blocks === undefined) return typeof p.text === 'string' && p.text.trim() ? [] : ['no_text'];
  if (!Array.isArray(blocks)) return ['invalid_blocks_format'];
  const problems: string[] = [];
  if (blocks.length > LIMITS.blocks) problems.push(`invalid_blocks: more than ${LIMITS.blocks} blocks (${blocks.length})`);
  const text = (t: unknown, kinds: string[], max: number, where: string) => {
    const o = t as { type?: string; text?: unknown };
    if (!o || !kinds.includes(o.type ?? '') || typeof o.text !== 'string' || o.text.length === 0)
      problems.push(`invalid_blocks: ${where} needs a ${kinds.join('|')} text`);
    else if (o.text.length > max) problems.push(`invalid_blocks: ${where} text is ${o.text.length} characters, more than ${max}`);
  };
  for (const [i, block] of blocks.entries()) {
    const b = block as Record<string, unknown>;
    const where = `blocks[${i}]`;
    switch (b.type) {
      case 'header':
        text(b.text, ['plain_text'], LIMITS.headerText, where);
        break;
      case 'section': {
        if (b.text === undefined && b.fields === undefined) problems.push(`invalid_blocks: ${where} needs text or fields`);
        if (b.text !== undefined) text(b.text, ['mrkdwn', 'plain_text'], LIMITS.sectionText, where);
        if (b.fields !== undefined) {
          const fields = b.fields as unknown[];
          if (!Array.isArray(fields) || fields.length > LIMITS.fields)
            problems.push(`invalid_blocks: ${where} has more than ${LIMITS.fields} fields`);
          else
            fields.forEach((f, j) => {
              text(f, ['mrkdwn', 'plain_text'], LIMITS.fieldText, `${where}.fields[${j}]`);
            });
        }
        break;
      }
      case 'actions': {
        const elements = b.elements as Record<string, unknown>[];
        if (!Array.isArray(elements) || elements.length === 0 || elements.length > 25)
          problems.push(`invalid_blocks: ${where} needs 1..25 elements`);
        for (const [j, e] of (elements ?? []).entries()) {
          if (e.type !== 'button') continue;
          text(e.text, ['plain_text'], LIMITS.buttonText, `${where}.elements[${j}]`);
          if (typeof e.url === 'string' && e.url.length > LIMITS.url) problems.push(`invalid_blocks: ${where}.elements[${j}] url too long`);
        }
        break;
      }
      case 'context': {
        const elements = b.elements as unknown[];
        if (!Array.isArray(elements) || elements.length === 0 || elements.length > LIMITS.contextElements)
          problems.push(`invalid_blocks: ${where} needs 1..10 elements`);
        break;
      }
      case 'divider':
        break;
      default:
        problems.push(`invalid_blocks: ${where} has the unknown type ${JSON.stringify(b.type)}`);
    }
  }
  return problems;
}

/**
 * Slack: an incoming webhook (answers `ok`, or 400 with the error word, 404 no_service for a wrong URL)
 * and the Web API methods notify uses (chat.postMessage, chat.update, conversations.history with message
 * metadata), with a bot token; both refuse payloads that break Block Kit's limits.
 */
export async function startSlack(): Promise<SlackReceiver> {
  const secret = randomBytes(12).toString('hex');
  const token = `xoxb-1111-2222-${randomBytes(12).toString('hex')}`;
  const posts: SlackPost[] = [];
  let clock = 1_700_000_000;
  const nextTs = () => `${clock++}.000${String(posts.length).padStart(3, '0')}`;
  const receiver = await startHttpReceiver(({ method, path, headers, body }) => {
    if (method !== 'POST') return { status: 405, body: 'method_not_allowed' };
    if (path === `/services/T0001/B0001/${secret}`) {
      const payload = jsonBody(body);
      if (payload === undefined) return { status: 400, body: 'invalid_payload' };
      const problems = blockKitProblems(payload);
      if (problems.length > 0) return { status: 400, body: problems[0] as string };
      const p = payload as { text?: string; blocks?: Record<string, unknown>[] };
      posts.push({ via: 'webhook', ts: nextTs(), ...(p.text ? { text: p.text } : {}), blocks: p.blocks ?? [] });
      return { status: 200, body: 'ok' };
    }
    if (path.startsWith('/services/')) return { status: 404, body: 'no_service' };
    const apiMethod = /^\/api\/([a-zA-Z.]+)$/.exec(path)?.[1];
    if (!apiMethod) return { status: 404, body: 'not found' };
    if (headers.authorization !== `Bearer ${token}`)
      return { status: 200, body: { ok: false, error: headers.authorization ? 'invalid_auth' : 'not_authed' } };
    const args = jsonBody(body) as Record<string, unknown> | undefined;
    if (!args) return { status: 200, body: { ok: false, error: 'invalid_json' } };
    const channel = args.channel as string | undefined;
    if (!channel) return { status: 200, body: { ok: false, error: 'channel_not_found' } };
    switch (apiMethod) {
      case 'chat.postMessage': {
        const problems = blockKitProblems(args);
        if (problems.length > 0) return { status: 200, body: { ok: false, error: problems[0] } };
        const post: SlackPost = {
          via: 'api',
          method: apiMethod,
          channel,
          ts: nextTs(),
          ...(args.thread_ts ? { thread_ts: args.thread_ts as string } : {}),
          ...(args.text ? { text: args.text as string } : {}),
          blocks: (args.blocks as Record<string, unknown>[]) ?? [],
          ...(args.metadata ? { metadata: args.metadata as SlackPost['metadata'] } : {}),
        };
        posts.push(post);
        return { status: 200, body: { ok: true, channel, ts: post.ts, message: { type: 'message', ts: post.ts, text: post.text ?? '' } } };
      }
      case 'chat.update': {
        const problems = blockKitProblems(args);
        if (problems.length > 0) return { status: 200, body: { ok: false, error: problems[0] } };
        const post = posts.find((p) => p.channel === channel && p.ts === args.ts);
        if (!post) return { status: 200, body: { ok: false, error: 'message_not_found' } };
        post.method = apiMethod;
        post.blocks = (args.blocks as Record<string, unknown>[]) ?? post.blocks;
        if (args.text) post.text = args.text as string;
        if (args.metadata) post.metadata = args.metadata as SlackPost['metadata'];
        return { status: 200, body: { ok: true, channel, ts: post.ts, text: post.text ?? '' } };
      }
      case 'conversations.history': {
        // Newest first; metadata only when asked for, as Slack does.
        const messages = posts
          .filter((p) => p.channel === channel && !p.thread_ts)
          .reverse()
          .map((p) => ({
            type: 'message',
            ts: p.ts,
            text: p.text ?? '',
            ...(args.include_all_metadata && p.metadata ? { metadata: p.metadata } : {}),
          }));
        return { status: 200, body: { ok: true, messages, has_more: false } };
      }
      default:
        return { status: 200, body: { ok: false, error: 'unknown_method' } };
    }
  });
  return Object.assign(receiver, {
    webhookUrl: `${receiver.url}/services/T0001/B0001/${secret}`,
    apiUrl: `${receiver.url}/api`,
    token,
    posts,
  });
}
