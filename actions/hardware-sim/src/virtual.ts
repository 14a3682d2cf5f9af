import path from 'node:path';
import { VirtualDevice } from './device.ts';
import { type FaultSpec, FaultyLine, outage } from './faults.ts';
import type { BoardLink } from './link.ts';
import type { Profile } from './profile.ts';
import { ensureSocat, PtyPair } from './pty.ts';

export interface VirtualLink extends BoardLink {
  readonly device: string;
  readonly faults: FaultyLine;
  /** While a user's program owns the port. */
  hostProgramStarted(): void;
  hostProgramEnded(): void;
}

/**
 * A virtual device on a PTY pair: the profile's engine on the device end, the user's program (or the
 * scenario's write-serial) on the host end. What the device sends passes the seeded byte faults on its way
 * to the host, and is what the steps see, so a wait-serial sees what a host would read. A disconnect fault
 * takes the port away (socat exits, the link vanishes) and brings it back at the same path with the device
 * rebooted.
 */
export async function startVirtualDevice(profile: Profile, dir: string, faults: FaultSpec, startedAt: number): Promise<VirtualLink> {
  const socat = await ensureSocat();
  const device = path.join(dir, 'ttyV0');
  const pty = new PtyPair(socat, device);
  const listeners: ((data: Buffer) => void)[] = [];
  // What the device sends before the steps listen (its banner) is kept for the first listener.
  const early: Buffer[] = [];
  const line = new FaultyLine(faults, (data) => {
    pty.toHost(data);
    if (listeners.length === 0) early.push(data);
    for (const listener of listeners) listener(data);
  });
  const engine = new VirtualDevice(profile, (data) => line.write(data));
  let programs = 0;
  let connected = false;
  const connect = async () => {
    await pty.open((data) => engine.receive(data));
    if (programs > 0) pty.pauseDrain();
    connected = true;
    engine.start();
  };
  await connect();

  const timers: NodeJS.Timeout[] = [];
  const disconnect = outage(faults.disconnect);
  if (disconnect) {
    const delay = Math.max(0, disconnect.afterMs - (performance.now() - startedAt));
    timers.push(
      setTimeout(async () => {
        engine.stop();
        line.clear();
        connected = false;
        line.counts.disconnects++;
        await pty.close();
        timers.push(setTimeout(() => void connect(), disconnect.forMs));
      }, delay),
    );
  }

  return {
    command: [socat, `PTY,link=${device},raw,echo=0`, 'STDIO'],
    device,
    faults: line,
    write(data) {
      if (connected) pty.fromHost(data);
    },
    onData(listener) {
      listeners.push(listener);
      if (early.length > 0) listener(Buffer.concat(early.splice(0)));
    },
    onExit: () => undefined,
    hostProgramStarted() {
      programs++;
      pty.pauseDrain();
    },
    hostProgramEnded() {
      programs--;
      if (programs === 0) pty.resumeDrain();
    },
    async stop() {
      for (const timer of timers) clearTimeout(timer);
      engine.stop();
      line.clear();
      await pty.close();
    },
  };
}
