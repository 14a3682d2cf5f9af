import { PacedWriter } from './pacing.ts';
import type { Generator, Profile, Rule } from './profile.ts';
import { seededRandom } from './random.ts';

type Scalar = string | number | boolean;

/** {{name}} from the captures, the device's state and the telemetry values; an unknown name stays as written. */
export function renderTemplate(template: string, values: Record<string, Scalar | undefined>): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, name: string) => (values[name] === undefined ? whole : String(values[name])));
}

function holds(when: Record<string, Scalar> | undefined, state: Record<string, Scalar>): boolean {
  return Object.entries(when ?? {}).every(([key, value]) => String(state[key]) === String(value));
}

/** A value generator: constant, a ramp that wraps, or a random walk kept within bounds; seeded. */
function generator(spec: Generator, random: () => number): () => Scalar {
  const round = (n: number) => (spec.decimals === undefined ? n : Number(n.toFixed(spec.decimals)));
  const format = (n: number) => (spec.decimals === undefined ? n : n.toFixed(spec.decimals));
  if (spec.ramp) {
    const { from, to, step } = spec.ramp;
    let value = from - step;
    return () => {
      value = value + step > to ? from : value + step;
      return format(round(value));
    };
  }
  if (spec['random-walk']) {
    const { start, step, min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY } = spec['random-walk'];
    let value = start;
    let first = true;
    return () => {
      if (!first) value = Math.min(max, Math.max(min, value + (random() * 2 - 1) * step));
      first = false;
      return format(round(value));
    };
  }
  return () => spec.constant ?? '';
}

/**
 * The device end of a virtual serial device: it boots with the profile's banner, answers complete lines by
 * the first rule that matches (captures and state fill the templated reply; a rule may change state, wait,
 * or reboot the device), prints telemetry on its schedule, and sends everything at the profile's baud rate.
 */
export class VirtualDevice {
  private state: Record<string, Scalar> = {};
  private line = '';
  private lastWasCr = false;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly writer: PacedWriter;
  private readonly random: () => number;
  /** Lines received and replies sent, for the report. */
  requests = 0;

  constructor(
    readonly profile: Profile,
    send: (data: Buffer) => void,
  ) {
    this.writer = new PacedWriter(profile.baud, send);
    this.random = seededRandom(profile.seed ?? 1);
  }

  start(): void {
    this.state = { ...this.profile.state };
    if (this.profile.banner !== undefined)
      this.writer.write(Buffer.from(this.toWire(this.profile.banner.replace(/\n$/, '')) + this.profile.newline));
    for (const item of this.profile.telemetry) {
      const values = Object.fromEntries(Object.entries(item.values ?? {}).map(([name, spec]) => [name, generator(spec, this.random)]));
      const timer = setInterval(() => {
        if (!holds(item.when, this.state)) return;
        const now = Object.fromEntries(Object.entries(values).map(([name, next]) => [name, next()]));
        this.sendLines([renderTemplate(item.line, { ...this.state, ...now })]);
      }, item.everyMs);
      this.timers.add(timer);
    }
  }

  /** Bytes from the host. */
  receive(data: Buffer): void {
    if (this.profile.echo) this.writer.write(data);
    for (const byte of data) {
      const cr = byte === 0x0d;
      if (cr || byte === 0x0a) {
        // \r\n is one line end, not an empty line after it.
        if (!(byte === 0x0a && this.lastWasCr)) this.answer(this.line);
        this.line = '';
      } else {
        this.line += String.fromCharCode(byte);
      }
      this.lastWasCr = cr;
    }
  }

  /** Stop the timers and drop unsent output (power off, or the cable pulled). */
  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.writer.clear();
  }

  restart(): void {
    this.stop();
    this.line = '';
    this.start();
  }

  private answer(raw: string): void {
    const line = Buffer.from(raw, 'latin1').toString('utf8').trim();
    if (line === '') return;
    this.requests++;
    for (const rule of this.profile.rules) {
      if (!holds(rule.when, this.state)) continue;
      const captures = rule.matches(line);
      if (captures) {
        this.apply(rule, { line, ...captures });
        return;
      }
    }
    const unknown = this.profile['unknown-reply'];
    if (unknown !== undefined) this.sendLines(this.render(unknown, { line }));
  }

  private apply(rule: Rule, captures: Record<string, string>): void {
    const values = () => ({ ...this.state, ...captures });
    for (const [key, value] of Object.entries(rule.set ?? {}))
      this.state[key] = typeof value === 'string' ? renderTemplate(value, values()) : value;
    for (const [key, step] of Object.entries(rule.add ?? {})) this.state[key] = Number(this.state[key] ?? 0) + step;
    const reply = rule.reply === undefined ? [] : this.render(rule.reply, values());
    const act = () => {
      this.sendLines(reply);
      if (rule.restart) this.restart();
    };
    if (rule.delayMs <= 0) {
      act();
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      act();
    }, rule.delayMs);
    this.timers.add(timer);
  }

  private render(reply: string | string[], values: Record<string, Scalar | undefined>): string[] {
    return (Array.isArray(reply) ? reply : [reply]).map((l) => renderTemplate(l, values));
  }

  /** Lines end with the profile's newline, except a prompt ending in a space, which waits on its line. */
  private sendLines(lines: string[]): void {
    if (lines.length === 0) return;
    const text = lines.map((l, i) => (i === lines.length - 1 && / $/.test(l) ? l : l + this.profile.newline)).join('');
    this.writer.write(Buffer.from(text, 'utf8'));
  }

  private toWire(text: string): string {
    return text.replace(/\r?\n/g, this.profile.newline);
  }
}
