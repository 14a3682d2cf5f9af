import { type AttemptPolicy, DEFAULT_POLICY, NotAccepted, Refused, request, withAttempts } from '../delivery/attempts.ts';
import { shorten, splitText, toSlackMrkdwn } from '../markdown.ts';
import type { Message } from '../message.ts';
import type { ChannelOf } from './channel.ts';
import type { Sent } from './send.ts';

/** Block Kit's limits (api.slack.com/reference/block-kit). */
export const SLACK_LIMITS = {
  blocks: 50,
  sectionText: 3000,
  headerText: 150,
  fields: 10,
  fieldText: 2000,
  buttonText: 75,
  fallbackText: 4000,
} as const;

type Block = Record<string, unknown>;

/** The message as Block Kit messages: a header, the body in sections, the facts as fields, a button to the run. */
export async function slackMessages(message: Message): Promise<{ text: string; blocks: Block[] }[]> {
  const body = await toSlackMrkdwn(message.body);
  const facts = await Promise.all(message.view.facts.map(async (f) => `*${f.name}*\n${await toSlackMrkdwn(f.value)}`));
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: shorten(message.title, SLACK_LIMITS.headerText), emoji: true } },
  ];
  for (const piece of splitText(body, SLACK_LIMITS.sectionText))
    if (piece) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: piece } });
  if (facts.length > 0) {
    blocks.push({
      type: 'section',
      fields: facts.slice(0, SLACK_LIMITS.fields).map((text) => ({ type: 'mrkdwn', text: shorten(text, SLACK_LIMITS.fieldText) })),
    });
  }
  blocks.push({
    type: 'actions',
    elements: [{ type: 'button', text: { type: 'plain_text', text: `View run #${message.view.runNumber}` }, url: message.view.runUrl }],
  });
  const fallback = shorten(`${message.title}: ${message.view.headline.replace(/\\(.)/g, '$1')}`, SLACK_LIMITS.fallbackText);
  const messages: { text: string; blocks: Block[] }[] = [];
  for (let i = 0; i < blocks.length; i += SLACK_LIMITS.blocks)
    messages.push({ text: fallback, blocks: blocks.slice(i, i + SLACK_LIMITS.blocks) });
  return messages;
}

/** An incoming webhook answers "ok", or an error word such as invalid_blocks. */
export async function sendSlackWebhook(channel: ChannelOf<'slack-webhook'>, message: Message): Promise<Sent> {
  let attempts = 0;
  let status: number | undefined;
  for (const payload of await slackMessages(message)) {
    const result = await withAttempts(() => request(channel.url, json(payload)));
    attempts += result.attempts;
    if (result.error) throw Object.assign(result.error, { attempts, status: result.status });
    status = result.value?.status;
  }
  return { attempts, ...(status ? { status } : {}) };
}

interface SlackApiAnswer {
  ok: boolean;
  error?: string;
  ts?: string;
  channel?: string;
  messages?: { ts: string; thread_ts?: string; metadata?: { event_type?: string; event_payload?: Record<string, unknown> } }[];
}

const EVENT_TYPE = 'archway_notify';

/**
 * The Web API: chat.postMessage with message metadata naming the run, so a later step can find this run's
 * message (conversations.history) to update it (`update`) or to reply in its thread (`thread`), and so a
 * retry after an uncertain failure first looks whether the message arrived.
 */
export async function sendSlackApi(channel: ChannelOf<'slack-api'>, message: Message, deliveryId: string): Promise<Sent> {
  const call = async (method: string, body: Record<string, unknown>): Promise<SlackApiAnswer> => {
    const answer = await request(`${channel.apiUrl}/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', authorization: `Bearer ${channel.token}` },
      body: JSON.stringify(body),
    });
    const parsed = JSON.parse(answer.text) as SlackApiAnswer;
    if (!parsed.ok) {
      if (parsed.error === 'ratelimited') throw new NotAccepted(`Slack ${method}: ratelimited`, answer.status);
      throw new Refused(`Slack ${method}: ${parsed.error ?? 'not ok'}`, answer.status);
    }
    return parsed;
  };
  const runId = message.view.runId;
  const findRunMessages = async () => {
    const history = await call('conversations.history', { channel: channel.channel, limit: 100, include_all_metadata: true });
    return (history.messages ?? []).filter((m) => m.metadata?.event_type === EVENT_TYPE && m.metadata.event_payload?.run_id === runId);
  };
  const policy: AttemptPolicy = { ...DEFAULT_POLICY, idempotent: true };
  let attempts = 0;
  let ts: string | undefined;
  const payloads = await slackMessages(message);
  const earlier = channel.update || channel.thread ? (await findRunMessages()).at(-1) : undefined;
  for (const [index, payload] of payloads.entries()) {
    const metadata = { event_type: EVENT_TYPE, event_payload: { run_id: runId, delivery: `${deliveryId}-${index}` } };
    const result = await withAttempts(async (attempt) => {
      if (attempt > 1) {
        const arrived = (await findRunMessages()).find((m) => m.metadata?.event_payload?.delivery === metadata.event_payload.delivery);
        if (arrived) return { ok: true, ts: arrived.ts } as SlackApiAnswer;
      }
      if (channel.update && earlier && index === 0)
        return call('chat.update', { channel: channel.channel, ts: earlier.ts, ...payload, metadata });
      const thread = channel.thread && earlier ? { thread_ts: earlier.thread_ts ?? earlier.ts } : {};
      return call('chat.postMessage', { channel: channel.channel, ...payload, ...thread, metadata });
    }, policy);
    attempts += result.attempts;
    if (result.error) throw Object.assign(result.error, { attempts, status: result.status });
    ts ??= result.value?.ts;
  }
  return { attempts, status: 200, ...(ts ? { id: ts } : {}) };
}

function json(payload: unknown): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(payload) };
}
