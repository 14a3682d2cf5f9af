import type { GitHubClient } from '@archway/kit/github';
import type { Message } from '../message.ts';
import type { Results } from '../results/results.ts';
import type { Channel } from './channel.ts';

/** What a channel answered. */
export interface Sent {
  attempts: number;
  /** HTTP status, or the SMTP reply code. */
  status?: number;
  /** The message's id there: a Discord message id, a Slack ts, a comment id, a Message-ID. */
  id?: string;
  /** Set when the channel decided not to send (github-comment outside a pull request). */
  skipped?: string;
}

export interface SendContext {
  message: Message;
  results: Results;
  /** Unique per channel and run attempt: the idempotency key and Message-ID. */
  deliveryId: string;
  github: () => Promise<GitHubClient>;
}

/** Send to one channel; each module loads only when its channel is used. */
export async function send(channel: Channel, context: SendContext): Promise<Sent> {
  const { message, results, deliveryId } = context;
  switch (channel.kind) {
    case 'slack-webhook':
      return (await import('./slack.ts')).sendSlackWebhook(channel, message);
    case 'slack-api':
      return (await import('./slack.ts')).sendSlackApi(channel, message, deliveryId);
    case 'discord':
      return (await import('./discord.ts')).sendDiscord(channel, message);
    case 'teams':
      return (await import('./teams.ts')).sendTeams(channel, message);
    case 'email':
      return (await import('./email.ts')).sendEmail(channel, message, deliveryId);
    case 'webhook':
      return (await import('./webhook.ts')).sendWebhook(channel, message, results, deliveryId);
    case 'pushgateway': {
      const { unescapeMarkdown } = await import('../view.ts');
      return (await import('./pushgateway.ts')).sendPushgateway(
        channel,
        message,
        results,
        unescapeMarkdown(message.view.repository),
        unescapeMarkdown(message.view.branch),
      );
    }
    case 'github-status':
      return (await import('./github.ts')).sendGitHubStatus(await context.github(), channel, message);
    case 'github-comment':
      return (await import('./github.ts')).sendGitHubComment(await context.github(), channel, message);
  }
}
