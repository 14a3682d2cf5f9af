import { request, withAttempts } from '../delivery/attempts.ts';
import type { Message } from '../message.ts';
import { unescapeMarkdown } from '../view.ts';
import type { ChannelOf } from './channel.ts';
import type { Sent } from './send.ts';

const STYLE: Record<string, string> = { success: 'good', failure: 'attention', cancelled: 'default', partial: 'warning' };

/** A Teams Workflows message: one Adaptive Card 1.4 with the title, the body, the facts and a button to the run. */
export function teamsPayload(message: Message): Record<string, unknown> {
  // TextBlock reads a small Markdown subset (bold, italic, lists, links) and no backslash escapes.
  const text = (markdown: string) => unescapeMarkdown(markdown);
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            {
              type: 'Container',
              style: STYLE[message.view.status] ?? 'default',
              items: [{ type: 'TextBlock', text: message.title, weight: 'Bolder', size: 'Medium', wrap: true }],
            },
            { type: 'TextBlock', text: text(message.body), wrap: true },
            { type: 'FactSet', facts: message.view.facts.map((f) => ({ title: f.name, value: text(f.value) })) },
          ],
          actions: [{ type: 'Action.OpenUrl', title: `View run #${message.view.runNumber}`, url: message.view.runUrl }],
        },
      },
    ],
  };
}

/** A Workflows webhook answers 202 Accepted. */
export async function sendTeams(channel: ChannelOf<'teams'>, message: Message): Promise<Sent> {
  const result = await withAttempts(() =>
    request(channel.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(teamsPayload(message)) }),
  );
  if (result.error || !result.value)
    throw Object.assign(result.error ?? new Error('no answer'), { attempts: result.attempts, status: result.status });
  return { attempts: result.attempts, status: result.value.status };
}
