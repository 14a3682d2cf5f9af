import { type AttemptPolicy, DEFAULT_POLICY, request, withAttempts } from '../delivery/attempts.ts';
import type { Message } from '../message.ts';
import type { Results } from '../results/results.ts';
import type { ChannelOf } from './channel.ts';
import { exposition, metricsOf } from './metrics.ts';
import type { Sent } from './send.ts';

/** A grouping key segment; base64url (the `@base64` form) keeps slashes in branch names intact. */
function segment(name: string, value: string): string {
  return `${encodeURIComponent(name)}@base64/${Buffer.from(value).toString('base64url') || '='}`;
}

/** The group's URL: job, then repository and branch, then the channel's own labels. */
export function groupUrl(channel: ChannelOf<'pushgateway'>, repository: string, branch: string): string {
  const labels: Record<string, string> = { repository, branch, ...channel.labels };
  return `${channel.url}/metrics/${segment('job', channel.job)}/${Object.entries(labels)
    .map(([k, v]) => segment(k, v))
    .join('/')}`;
}

/** PUT replaces the whole group, so a repeat changes nothing: retried on any transient failure. */
export async function sendPushgateway(
  channel: ChannelOf<'pushgateway'>,
  message: Message,
  results: Results,
  repository: string,
  branch: string,
): Promise<Sent> {
  const body = exposition(metricsOf(message.view.status, message.view.durationSeconds, results));
  const policy: AttemptPolicy = { ...DEFAULT_POLICY, idempotent: true };
  const result = await withAttempts(
    () =>
      request(groupUrl(channel, repository, branch), {
        method: 'PUT',
        headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' },
        body,
      }),
    policy,
  );
  if (result.error || !result.value)
    throw Object.assign(result.error ?? new Error('no answer'), { attempts: result.attempts, status: result.status });
  return { attempts: result.attempts, status: result.value.status };
}
