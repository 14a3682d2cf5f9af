import { markdownTable } from '@archway/kit';
import type { Delivery } from './delivery/deliver.ts';
import type { Message } from './message.ts';

/** The job summary: the message as GitHub shows it, then one row per channel. */
export function summaryMarkdown(message: Message, deliveries: Delivery[]): string {
  const rows = deliveries.map((d) => [
    d.channel,
    d.ok ? '✅ sent' : d.skipped ? `➖ skipped: ${d.skipped}` : `❌ ${d.error ?? 'failed'}`,
    d.status ?? '',
    d.attempts,
    `${d.ms} ms`,
  ]);
  return [
    `## Notification: ${message.title}`,
    '',
    message.body,
    '',
    markdownTable(['Channel', 'Result', 'Status', 'Attempts', 'Time'], rows),
    '',
  ].join('\n');
}
