import { markdownTable } from '@archway/kit';
import { pullRequestNumber } from '@archway/kit/context';
import type { GitHubClient } from '@archway/kit/github';
import { shorten } from '../markdown.ts';
import type { Message } from '../message.ts';
import { unescapeMarkdown } from '../view.ts';
import type { ChannelOf } from './channel.ts';
import type { Sent } from './send.ts';

const STATE = { success: 'success', failure: 'failure', cancelled: 'error', partial: 'failure' } as const;
/** GitHub refuses a status description over 140 characters. */
export const STATUS_DESCRIPTION_LIMIT = 140;

export async function sendGitHubStatus(client: GitHubClient, channel: ChannelOf<'github-status'>, message: Message): Promise<Sent> {
  const { currentRepository } = await import('@archway/kit/github');
  const { headSha } = await import('@archway/kit/context');
  const response = await client.rest.repos.createCommitStatus({
    ...currentRepository(),
    sha: headSha(),
    state: STATE[message.view.status],
    context: channel.context,
    description: shorten(unescapeMarkdown(message.view.headline).replace(/\s+/g, ' '), STATUS_DESCRIPTION_LIMIT),
    target_url: message.view.runUrl,
  });
  return { attempts: 1, status: response.status, id: String(response.data.id) };
}

/** The comment's Markdown: the title, the body, the facts as a table, a link to the run. */
export function commentBody(message: Message): string {
  const facts = markdownTable(
    ['', ''],
    message.view.facts.map((f) => [`**${f.name}**`, f.value]),
  );
  return [`### ${message.title}`, '', message.body, '', facts, '', `[View run #${message.view.runNumber}](${message.view.runUrl})`].join(
    '\n',
  );
}

/** One comment per pull request and key, updated in place on every run. Outside a pull request: skipped. */
export async function sendGitHubComment(client: GitHubClient, channel: ChannelOf<'github-comment'>, message: Message): Promise<Sent> {
  const issueNumber = pullRequestNumber();
  if (issueNumber === undefined) return { attempts: 0, skipped: 'not a pull request' };
  const { currentRepository } = await import('@archway/kit/github');
  const { upsertPrComment } = await import('@archway/kit/pr-comment');
  const result = await upsertPrComment(client, {
    ...currentRepository(),
    issueNumber,
    marker: `notify/${channel.key}`,
    body: commentBody(message),
  });
  return { attempts: 1, status: result.action === 'created' ? 201 : 200, id: String(result.id) };
}
