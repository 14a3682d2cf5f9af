import { durationMs, seededRandom } from './random.ts';

export interface FaultSpec {
  seed: number;
  drop?: number;
  corrupt?: number;
  delay?: { probability: number; ms: number };
  disconnect?: Outage;
  'broker-restart'?: Outage;
}

interface Outage {
  after: string | number;
  for?: string | number;
}

/** When an outage starts and how long it lasts, in milliseconds from the start of the run. */
export function outage(spec: Outage | undefined): { afterMs: number; forMs: number } | undefined {
  if (!spec) return undefined;
  return { afterMs: durationMs(spec.after) ?? 0, forMs: durationMs(spec.for ?? '1s') ?? 1000 };
}

export interface FaultCounts {
  dropped: number;
  corrupted: number;
  delayed: number;
  disconnects: number;
  brokerRestarts: number;
}

/**
 * Byte faults on the link from the device to the host: each byte draws from a generator seeded by the
 * fault spec, so the same seed hits the same bytes of the same output on every run. A delay holds that
 * byte and everything after it (order is kept, as on a real line).
 */
export class FaultyLine {
  readonly counts: FaultCounts = { dropped: 0, corrupted: 0, delayed: 0, disconnects: 0, brokerRestarts: 0 };
  private readonly random: () => number;
  private held: Buffer[] = [];
  private heldUntil = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly spec: FaultSpec,
    private readonly sink: (data: Buffer) => void,
  ) {
    this.random = seededRandom(spec.seed);
  }

  get active(): boolean {
    return Boolean(this.spec.drop || this.spec.corrupt || this.spec.delay);
  }

  write(data: Buffer): void {
    if (!this.active) {
      this.sink(data);
      return;
    }
    const out: number[] = [];
    for (const byte of data) {
      // Three draws per byte whatever happens, so one fault kind does not shift the others' sequence.
      const [drop, corrupt, delay] = [this.random(), this.random(), this.random()];
      const bit = Math.floor(this.random() * 8);
      if (this.spec.drop && drop < this.spec.drop) {
        this.counts.dropped++;
        continue;
      }
      let value = byte;
      if (this.spec.corrupt && corrupt < this.spec.corrupt) {
        value ^= 1 << bit;
        this.counts.corrupted++;
      }
      if (this.spec.delay && delay < this.spec.delay.probability) {
        this.counts.delayed++;
        this.emit(Buffer.from(out));
        out.length = 0;
        this.heldUntil = Math.max(this.heldUntil, performance.now() + this.spec.delay.ms);
      }
      out.push(value);
    }
    this.emit(Buffer.from(out));
  }

  /** Drop what is held (the line went down). */
  clear(): void {
    this.held = [];
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private emit(data: Buffer): void {
    if (data.length === 0) return;
    if (this.held.length === 0 && performance.now() >= this.heldUntil) {
      this.sink(data);
      return;
    }
    this.held.push(data);
    if (!this.timer) this.timer = setTimeout(() => this.release(), Math.max(0, this.heldUntil - performance.now()));
  }

  private release(): void {
    this.timer = undefined;
    const data = Buffer.concat(this.held);
    this.held = [];
    this.sink(data);
  }
}
