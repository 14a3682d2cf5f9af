import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runContext } from '../context.ts';
import type { Message } from '../message.ts';
import { emptyResults } from '../results/results.ts';
import { buildView } from '../view.ts';
import { DISCORD_LIMITS, discordMessages } from './discord.ts';
import { SLACK_LIMITS, slackMessages } from './slack.ts';
import { teamsPayload } from './teams.ts';

function message(body: string, title = 'ci failed on main'): Message {
  return { title, body, view: buildView(runContext(), 'failure', emptyResults()) };
}

const longBody = Array.from({ length: 4000 }, (_, i) => `word${i}`).join(' ');

describe('channel renderers', () => {
  it('Slack: a header, sections within 3,000 characters, at most 50 blocks per message, every word kept', async () => {
    const paragraph = longBody.split(' ').slice(0, 370).join(' ');
    const huge = Array.from({ length: 60 }, () => paragraph).join('\n\n');
    const messages = await slackMessages(message(huge, 'x'.repeat(400)));
    assert.ok(messages.length >= 2);
    for (const m of messages) {
      assert.ok(m.blocks.length <= SLACK_LIMITS.blocks);
      for (const b of m.blocks as { type: string; text?: { text: string } }[]) {
        if (b.type === 'section' && b.text) assert.ok(b.text.text.length <= SLACK_LIMITS.sectionText);
        if (b.type === 'header') assert.ok((b.text?.text.length ?? 0) <= SLACK_LIMITS.headerText);
      }
    }
    const text = messages
      .flatMap((m) => m.blocks as { type: string; text?: { text: string } }[])
      .filter((b) => b.type === 'section' && b.text)
      .map((b) => b.text?.text)
      .join(' ');
    assert.equal(text.split(/\s+/).filter((w) => w.startsWith('word')).length, 60 * 370);
  });

  it('Discord: embeds with the status colour, split over messages by the 10-embed and 6,000-character limits', () => {
    const messages = discordMessages(message(`${longBody}\n\n${longBody}`));
    assert.ok(messages.length >= 2);
    for (const m of messages) {
      assert.ok(m.embeds.length <= DISCORD_LIMITS.embeds);
      const size = m.embeds.reduce(
        (n, e) =>
          n +
          (e.title?.length ?? 0) +
          e.description.length +
          (e.footer?.text.length ?? 0) +
          (e.fields ?? []).reduce((k, f) => k + f.name.length + f.value.length, 0),
        0,
      );
      assert.ok(size <= DISCORD_LIMITS.total, `${size}`);
      for (const e of m.embeds) assert.ok(e.description.length <= DISCORD_LIMITS.description);
      assert.deepEqual(m.allowed_mentions, { parse: [] });
      assert.ok(m.embeds.every((e) => e.color === 0xd1242f));
    }
    const words = messages
      .flatMap((m) => m.embeds.map((e) => e.description))
      .join(' ')
      .split(/\s+/);
    assert.equal(words.length, 8000);
  });

  it('Teams: one Adaptive Card 1.4 with the title, the body and the facts', () => {
    const payload = teamsPayload(message('**Quality gate failed**: 1 \\< 2')) as {
      attachments: { content: { version: string; body: { type: string; text?: string; facts?: unknown[] }[] } }[];
    };
    const card = payload.attachments[0]?.content;
    assert.equal(card?.version, '1.4');
    assert.deepEqual(
      card?.body.map((b) => b.type),
      ['Container', 'TextBlock', 'FactSet'],
    );
    assert.equal(card?.body[1]?.text, '**Quality gate failed**: 1 < 2');
  });
});
