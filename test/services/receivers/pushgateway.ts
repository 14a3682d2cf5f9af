import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { type RunningProcess, startProcess } from '@archway/kit/process';

export interface Pushgateway {
  url: string;
  /** GET /metrics: everything pushed, with the grouping labels and push_time_seconds per group. */
  metrics(): Promise<string>;
  stop(): Promise<void>;
}

export const PUSHGATEWAY = '/usr/bin/prometheus-pushgateway';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Debian's prometheus-pushgateway on 127.0.0.1 with a free port, in memory (no persistence file). */
export async function startPushgateway(): Promise<Pushgateway> {
  for (let tries = 0; ; tries++) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const process: RunningProcess = startProcess(PUSHGATEWAY, [`--web.listen-address=127.0.0.1:${port}`, '--log.level=warn']);
    let exited = false;
    process.exited.then(() => {
      exited = true;
    });
    for (let i = 0; i < 100 && !exited; i++) {
      const ready = await fetch(`${url}/-/ready`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) {
        return {
          url,
          metrics: async () => (await fetch(`${url}/metrics`)).text(),
          stop: async () => {
            await process.stop();
          },
        };
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await process.stop();
    if (tries >= 2) throw new Error(`prometheus-pushgateway did not become ready on ${url}`);
  }
}
