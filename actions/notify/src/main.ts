import * as core from '@actions/core';
import { ConfigurationError, readInputs, VerdictError, writeSummary } from '@archway/kit';
import type { Channel } from './channels/channel.ts';
import { type Facts, shouldSend } from './conditions.ts';
import { runContext } from './context.ts';
import { inputs, outputs } from './contract.ts';
import { type Delivery, deliverAll } from './delivery/deliver.ts';
import { bodyTemplateText, compileMessage } from './message.ts';
import { summaryMarkdown } from './report.ts';
import { readResults } from './results/read.ts';
import { buildView } from './view.ts';

const GITHUB_KINDS = new Set<Channel['kind']>(['github-status', 'github-comment']);

export async function main(): Promise<void> {
  const given = await readInputs(inputs);
  const needsApi =
    given.channels.some((c) => GITHUB_KINDS.has(c.kind)) || [given.on, ...given.channels.map((c) => c.on)].includes('change');
  if (needsApi && !given.token) {
    throw new ConfigurationError(
      "Input 'token' is empty: github-status, github-comment and on: change need a GitHub token (the default is the job's github.token)",
    );
  }
  const templates = await compileMessage(given.title, await bodyTemplateText(given.message, given.template));
  const results = await readResults('results', given.results);
  const context = runContext();

  const github = lazyClient(given.token);
  const wantsChange = [given.on, ...given.channels.map((c) => c.on)].includes('change');
  const facts: Facts = { status: given.status, results };
  if (given.token) {
    const run = await (await import('./runs.ts')).readRunFacts(await github(), context.branch, wantsChange);
    context.durationSeconds = run.durationSeconds;
    if (wantsChange) facts.previousConclusion = run.previousConclusion;
  }

  const message = templates.render(buildView(context, given.status, results));
  const chosen = given.channels.map((channel, index) => ({ channel, index, decision: shouldSend(channel.on ?? given.on, facts) }));
  const skipped: Delivery[] = chosen
    .filter((c) => !c.decision.send)
    .map((c) => ({
      channel: c.channel.name,
      ok: false,
      skipped: `on: ${c.channel.on ?? given.on}, ${c.decision.reason}`,
      attempts: 0,
      ms: 0,
    }));
  const sent = await deliverAll(
    chosen.filter((c) => c.decision.send),
    { message, results, github },
  );
  const deliveries = [...sent, ...skipped];

  const failed = deliveries.filter((d) => !d.ok && !d.skipped);
  outputs.set('sent', deliveries.filter((d) => d.ok).length);
  outputs.set('skipped', deliveries.filter((d) => d.skipped).length);
  outputs.set('deliveries', deliveries);
  await writeSummary(summaryMarkdown(message, deliveries));
  for (const d of deliveries)
    core.info(
      `${d.channel}: ${d.ok ? `sent (${d.attempts} attempt${d.attempts === 1 ? '' : 's'}, ${d.ms} ms)` : d.skipped ? `skipped (${d.skipped})` : 'failed'}`,
    );
  for (const d of failed) if (!given.failOnError) core.warning(`${d.channel}: not delivered: ${d.error}`);
  if (failed.length > 0 && given.failOnError) {
    throw new VerdictError(
      `${failed.length} of ${deliveries.length} channels were not delivered: ${failed.map((d) => `${d.channel}: ${d.error}`).join('; ')}`,
    );
  }
}

/** One GitHub client, created on first use (octokit loads only when a channel or `on: change` needs it). */
function lazyClient(token: string) {
  let client: Promise<import('@archway/kit/github').GitHubClient> | undefined;
  return () => {
    client ??= import('@archway/kit/github').then(({ createGitHubClient }) => createGitHubClient({ token }));
    return client;
  };
}
