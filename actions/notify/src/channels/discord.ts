import { request, withAttempts } from '../delivery/attempts.ts';
import { shorten, splitText } from '../markdown.ts';
import type { Message } from '../message.ts';
import { unescapeMarkdown } from '../view.ts';
import type { ChannelOf } from './channel.ts';
import type { Sent } from './send.ts';

/** Discord's limits (discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  total: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
} as const;

const COLOURS: Record<string, number> = { success: 0x2ea043, failure: 0xd1242f, cancelled: 0x6e7781, partial: 0xd29922 };

interface Embed {
  title?: string;
  url?: string;
  description: string;
  color: number;
  fields?: { name: string; value: string; inline: boolean }[];
  footer?: { text: string };
}

/** Characters that count against the 6,000 of one message. */
function embedSize(e: Embed): number {
  return (
    (e.title?.length ?? 0) +
    e.description.length +
    (e.footer?.text.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/**
 * Embeds with the status colour: the title links to the run, the body is the description (split over
 * several embeds, and several messages when the 10-embed / 6,000-character limits say so), the facts fields.
 */
export function discordMessages(message: Message): { embeds: Embed[]; allowed_mentions: { parse: never[] } }[] {
  // Discord reads Markdown itself; only < and > need no escape (mentions are switched off below).
  const body = unescapeMarkdown(message.body, /[<>]/);
  const colour = COLOURS[message.view.status] ?? 0;
  const pieces = splitText(body, DISCORD_LIMITS.description);
  const embeds: Embed[] = pieces.map((description, i) => ({
    ...(i === 0 ? { title: shorten(message.title, DISCORD_LIMITS.title), url: message.view.runUrl } : {}),
    description,
    color: colour,
  }));
  const last = embeds[embeds.length - 1] as Embed;
  last.fields = message.view.facts.slice(0, DISCORD_LIMITS.fields).map((f) => ({
    name: shorten(f.name, DISCORD_LIMITS.fieldName),
    value: shorten(unescapeMarkdown(f.value, /[<>]/), DISCORD_LIMITS.fieldValue),
    inline: true,
  }));
  last.footer = { text: shorten(`${unescapeMarkdown(message.view.repository)} · run #${message.view.runNumber}`, DISCORD_LIMITS.footer) };
  const messages: { embeds: Embed[]; allowed_mentions: { parse: never[] } }[] = [];
  let current: Embed[] = [];
  let size = 0;
  for (const embed of embeds) {
    const n = embedSize(embed);
    if (current.length === DISCORD_LIMITS.embeds || (current.length > 0 && size + n > DISCORD_LIMITS.total)) {
      messages.push({ embeds: current, allowed_mentions: { parse: [] } });
      current = [];
      size = 0;
    }
    current.push(embed);
    size += n;
  }
  messages.push({ embeds: current, allowed_mentions: { parse: [] } });
  return messages;
}

/**
 * POST ?wait=true so Discord answers with the message (its id). Between messages of one notification the
 * X-RateLimit-Remaining / X-RateLimit-Reset-After headers are honoured; a 429 waits what it says.
 */
export async function sendDiscord(channel: ChannelOf<'discord'>, message: Message): Promise<Sent> {
  const url = new URL(channel.url);
  url.searchParams.set('wait', 'true');
  let attempts = 0;
  let id: string | undefined;
  let waitMs = 0;
  for (const payload of discordMessages(message)) {
    if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
    const result = await withAttempts(() =>
      request(url.href, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) }),
    );
    attempts += result.attempts;
    if (result.error || !result.value) throw Object.assign(result.error ?? new Error('no answer'), { attempts, status: result.status });
    const headers = result.value.headers;
    waitMs = headers.get('x-ratelimit-remaining') === '0' ? Number(headers.get('x-ratelimit-reset-after') ?? 0) * 1000 : 0;
    id ??= (JSON.parse(result.value.text || '{}') as { id?: string }).id;
  }
  return { attempts, status: 200, ...(id ? { id } : {}) };
}
