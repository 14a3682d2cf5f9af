import { StringDecoder } from 'node:string_decoder';
import type { Pattern } from './patterns.ts';

// Terminal escape sequences (CSI, OSC, two-byte) and control characters other than tab and newline: the
// console is matched and logged as the text a person would read.
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
const NOISE = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]|[\x00-\x08\x0b-\x1f\x7f]/g;
// An escape sequence cut by the end of a chunk: held back until the rest arrives.
// biome-ignore lint/suspicious/noControlCharactersInRegex: see above
const UNFINISHED = /\x1b(?:\[[0-?]*[ -/]*|\][^\x07\x1b]*)?$/;

/** Text no search needs is dropped once there is this much of it (the log file has everything). */
const RELEASE_AT = 64 * 1024;
const TAIL_LINES = 40;

/**
 * A pattern looked for from an offset, remembering how far it has looked: each new chunk is searched
 * from where a match could still start, not from the beginning again (a long boot is not quadratic).
 */
export class Search {
  scanned: number;
  constructor(
    readonly pattern: Pattern,
    readonly from: number,
  ) {
    this.scanned = from;
  }
}

/**
 * The serial console as cleaned text, with absolute offsets that stay valid as text arrives. Matching
 * works on everything received, complete lines or not, so a prompt without a newline is seen.
 */
export class ConsoleText {
  private readonly decoder = new StringDecoder('utf8');
  private held = '';
  private text = '';
  private base = 0;
  private lineStart = 0;
  private partial = '';
  lineCount = 0;
  /** The last complete lines, for error messages. */
  readonly tail: string[] = [];

  /** Absolute offset of the end of what has arrived. */
  get end(): number {
    return this.base + this.text.length;
  }

  /** Add raw console output; returns the lines it completed. */
  push(chunk: Buffer | string): string[] {
    const raw = this.held + (typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
    const cut = UNFINISHED.exec(raw);
    this.held = cut ? cut[0] : '';
    return this.append((cut ? raw.slice(0, cut.index) : raw).replace(NOISE, ''));
  }

  /** At the end: whatever is left becomes the last line. */
  flush(): string[] {
    const lines = this.append((this.held + this.decoder.end()).replace(NOISE, ''));
    this.held = '';
    if (this.partial) lines.push(this.completeLine(this.partial));
    this.partial = '';
    return lines;
  }

  /** The incomplete line at the end (a prompt, typically). */
  get partialLine(): string {
    return this.partial;
  }

  /** The first match of a search, looking only where a match not seen before could be. */
  next(search: Search): { start: number; end: number } | undefined {
    const found = this.find(search.pattern, this.resumePoint(search));
    if (!found) search.scanned = this.end;
    return found;
  }

  /** The earliest offset a search still needs kept. */
  resumePoint(search: Search): number {
    const { reach } = search.pattern;
    if (reach === 'any') return search.from;
    const resume = reach === 'line' ? this.lineStartAt(search.scanned) : search.scanned - reach;
    return Math.max(search.from, resume);
  }

  private find(pattern: Pattern, from: number): { start: number; end: number } | undefined {
    const found = pattern.find(this.text, Math.max(0, from - this.base));
    return found && { start: found.start + this.base, end: found.end + this.base };
  }

  private lineStartAt(offset: number): number {
    if (offset >= this.lineStart) return this.lineStart;
    return this.text.lastIndexOf('\n', offset - this.base - 1) + 1 + this.base;
  }

  /** The absolute offset of the next newline at or after `offset`, if it has arrived. */
  newlineAfter(offset: number): number | undefined {
    const at = this.text.indexOf('\n', Math.max(0, offset - this.base));
    return at < 0 ? undefined : at + this.base;
  }

  /** Text between two absolute offsets (clamped to what is kept). */
  slice(from: number, to = this.end): string {
    return this.text.slice(Math.max(0, from - this.base), Math.max(0, to - this.base));
  }

  /** Drop text before `offset` (nothing will look there again), once that is worth a copy. */
  release(offset: number): void {
    const drop = Math.min(offset, this.end) - this.base;
    if (drop < RELEASE_AT && drop < this.text.length / 2) return;
    this.text = this.text.slice(drop);
    this.base += drop;
  }

  private append(clean: string): string[] {
    const from = this.end;
    this.text += clean;
    const lines: string[] = [];
    // Lines are cut from the new chunk (plus the partial line before it), never from the whole text.
    let partial = this.partial;
    let lineFrom = 0;
    let newline = clean.indexOf('\n');
    while (newline >= 0) {
      lines.push(this.completeLine(partial + clean.slice(lineFrom, newline)));
      partial = '';
      lineFrom = newline + 1;
      this.lineStart = from + lineFrom;
      newline = clean.indexOf('\n', lineFrom);
    }
    this.partial = partial + clean.slice(lineFrom);
    return lines;
  }

  private completeLine(line: string): string {
    this.lineCount++;
    this.tail.push(line);
    if (this.tail.length > TAIL_LINES) this.tail.shift();
    return line;
  }
}
