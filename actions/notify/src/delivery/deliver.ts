import { errorMessage, redact } from '@archway/kit';
import type { Channel } from '../channels/channel.ts';
import { type SendContext, send } from '../channels/send.ts';

export interface Delivery {
  channel: string;
  ok: boolean;
  /** Why the channel was not sent to (by `on`, or not applicable). */
  skipped?: string;
  status?: number;
  id?: string;
  attempts: number;
  ms: number;
  error?: string;
}

/** Unique per step, run attempt and channel; the same on every retry. */
export function deliveryId(index: number): string {
  const step = [process.env.GITHUB_RUN_ID, process.env.GITHUB_RUN_ATTEMPT, process.env.GITHUB_ACTION, String(index)]
    .map((part) => (part ?? '').replace(/[^A-Za-z0-9_-]/g, '-'))
    .join('.');
  return `archway-${step}`;
}

/**
 * Every channel at once and independently: one that fails (after its own retries) is recorded and the others
 * go on. Each channel is sent to at most once per message.
 */
export async function deliverAll(
  channels: { channel: Channel; index: number }[],
  context: Omit<SendContext, 'deliveryId'>,
): Promise<Delivery[]> {
  return Promise.all(
    channels.map(async ({ channel, index }) => {
      const started = performance.now();
      const ms = () => Math.round(performance.now() - started);
      try {
        const sent = await send(channel, { ...context, deliveryId: deliveryId(index) });
        if (sent.skipped) return { channel: channel.name, ok: false, skipped: sent.skipped, attempts: sent.attempts, ms: ms() };
        return {
          channel: channel.name,
          ok: true,
          ...(sent.status !== undefined ? { status: sent.status } : {}),
          ...(sent.id !== undefined ? { id: sent.id } : {}),
          attempts: sent.attempts,
          ms: ms(),
        };
      } catch (error) {
        const { attempts, status } = error as { attempts?: number; status?: number };
        return {
          channel: channel.name,
          ok: false,
          ...(status !== undefined ? { status } : {}),
          attempts: attempts ?? 1,
          ms: ms(),
          error: redact(errorMessage(error)).slice(0, 500),
        };
      }
    }),
  );
}
