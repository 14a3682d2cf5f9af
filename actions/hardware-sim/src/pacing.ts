/**
 * Bytes leave no faster than a real UART sends them: a 10-bit frame per byte (start, 8 data, stop) at the
 * baud rate. Bytes go out in the batches the elapsed time allows, so pacing costs no timer per byte.
 */
const TICK_MS = 1;

export class PacedWriter {
  private queue: Buffer[] = [];
  private queued = 0;
  private timer: NodeJS.Timeout | undefined;
  /** When the line is next free, in performance.now() milliseconds. */
  private freeAt = 0;
  private readonly msPerByte: number;

  constructor(
    baud: number,
    private readonly sink: (data: Buffer) => void,
  ) {
    this.msPerByte = baud > 0 ? 10_000 / baud : 0;
  }

  write(data: Buffer): void {
    if (data.length === 0) return;
    if (this.msPerByte === 0) {
      this.sink(data);
      return;
    }
    this.queue.push(data);
    this.queued += data.length;
    if (!this.timer) this.flush();
  }

  /** Drop what is still queued (the device went away). */
  clear(): void {
    this.queue = [];
    this.queued = 0;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private flush(): void {
    this.timer = undefined;
    const now = performance.now();
    if (this.freeAt < now) this.freeAt = now;
    // Everything whose transmission starts within the next timer tick (1 ms) goes out now: finer pacing
    // would cost a timer per byte and add latency no real UART has.
    const allowed = Math.floor((now + TICK_MS - this.freeAt) / this.msPerByte) + 1;
    const all = Buffer.concat(this.queue);
    const out = all.subarray(0, Math.min(allowed, all.length));
    const rest = all.subarray(out.length);
    this.queue = rest.length > 0 ? [rest] : [];
    this.queued = rest.length;
    this.freeAt += out.length * this.msPerByte;
    this.sink(out);
    if (this.queued > 0) this.timer = setTimeout(() => this.flush(), Math.max(1, this.freeAt - performance.now()));
  }
}
