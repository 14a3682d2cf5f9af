import { closeSync, constants, existsSync, openSync, writeSync } from 'node:fs';
import tty from 'node:tty';
import * as core from '@actions/core';
import { ConfigurationError, type RunningProcess, startProcess } from '@archway/kit';
import { trackForPost } from '@archway/kit/leftover-processes';
import { findOnPath } from '@archway/kit/process';

/** socat, installed from Debian's packages when missing: it makes the PTY pair (a real tty for the host side). */
export async function ensureSocat(): Promise<string> {
  const found = findOnPath('socat');
  if (found) return found;
  if (!findOnPath('apt-get'))
    throw new ConfigurationError('socat is not on PATH and apt-get is not available to install it: install socat first');
  core.info('socat is missing: installing the Debian package socat');
  const { aptInstall } = await import('@archway/kit/apt');
  await aptInstall(['socat']);
  const installed = findOnPath('socat');
  if (!installed) throw new Error('socat was installed but is still not on PATH');
  return installed;
}

/**
 * A PTY pair: socat makes the pty and links its host end at `link` (what a user's program opens, like
 * /dev/ttyUSB0); its device end is socat's stdio, which the action drives. Raw mode, no echo: bytes pass
 * unchanged, as through a USB serial adapter.
 */
export class PtyPair {
  private proc: RunningProcess | undefined;
  private hostFd: number | undefined;
  private drain: tty.ReadStream | undefined;
  private listener: ((data: Buffer) => void) | undefined;

  constructor(
    private readonly socat: string,
    readonly link: string,
  ) {}

  /** Start socat and wait until the link exists; the action then holds the host end open and drains it. */
  async open(onDeviceInput: (data: Buffer) => void): Promise<void> {
    this.listener = onDeviceInput;
    const proc = startProcess(this.socat, [`PTY,link=${this.link},raw,echo=0`, 'STDIO'], { killGraceMs: 300 });
    trackForPost(proc.pid);
    proc.child.stdout?.on('data', (data: Buffer) => this.listener?.(data));
    this.proc = proc;
    const deadline = Date.now() + 10_000;
    while (!existsSync(this.link)) {
      if (Date.now() > deadline || proc.child.exitCode !== null)
        throw new Error(`socat did not create the PTY ${this.link}: ${(await proc.stop())?.stderr ?? ''}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    // Holding the host end keeps the pty up while the user's program closes and reopens it; draining it
    // while no program reads keeps the device from stalling on a full tty buffer.
    this.hostFd = openSync(this.link, constants.O_RDWR | constants.O_NOCTTY);
    this.startDrain();
  }

  /**
   * Read and discard on a descriptor of its own. A paused stream would still read ahead (up to its
   * high-water mark) and take bytes meant for the user's program, so the drain is closed while a program
   * reads and opened again after.
   */
  private startDrain(): void {
    if (this.drain || this.hostFd === undefined) return;
    const drain = new tty.ReadStream(openSync(this.link, constants.O_RDWR | constants.O_NOCTTY));
    drain.setRawMode(true);
    drain.on('data', () => undefined);
    drain.on('error', () => undefined);
    this.drain = drain;
  }

  private stopDrain(): void {
    this.drain?.destroy();
    this.drain = undefined;
  }

  /** Bytes from the device to the host end. */
  toHost(data: Buffer): void {
    this.proc?.child.stdin?.write(data);
  }

  /** Bytes typed at the host end, as a user's program would write them. */
  fromHost(data: Uint8Array): void {
    if (this.hostFd !== undefined) writeSync(this.hostFd, data);
  }

  /** While a user's program reads the port, the action stops draining it (else they would split the bytes). */
  pauseDrain(): void {
    this.stopDrain();
  }

  resumeDrain(): void {
    this.startDrain();
  }

  /** Take the pty away: socat exits and removes the link; the host's open descriptors see the hang-up. */
  async close(): Promise<void> {
    this.stopDrain();
    try {
      if (this.hostFd !== undefined) closeSync(this.hostFd);
    } catch {
      // Already closed.
    }
    this.hostFd = undefined;
    await this.proc?.stop();
    this.proc = undefined;
  }
}
