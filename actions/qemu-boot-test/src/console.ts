import { StringDecoder } from 'node:string_decoder';
import type { Pattern } from './patterns.ts';

// Terminal escape sequences (CSI, OSC, two-byte) and control characters other than tab and newline: the
// console is matched and logged as the text a person would read.
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
const NOISE = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]|[\x00-\x08\x0b-\x1f\x7f]/g;
// An escape sequence cut by the end of a chunk: held back until the rest arrives.
// biome-ignore lint/suspicious/noControlCharactersInRegex: see above
const UNFINISHED = /\x1b(?:\[[0-?]*[ -/]*|\][^\x07\x1b]*)?$/;

/** Text kept for matching; past this the oldest part no cursor needs is dropped (the log file has it all). */
const KEEP_LIMIT = 8 * 1024 * 1024;
const TAIL_LINES = 40;

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

  /** The first match of `pattern` at or after the absolute offset `from`. */
  find(pattern: Pattern, from: number): { start: number; end: number } | undefined {
    const found = pattern.find(this.text, Math.max(0, from - this.base));
    return found && { start: found.start + this.base, end: found.end + this.base };
  }

  /** Text between two absolute offsets (clamped to what is kept). */
  slice(from: number, to = this.end): string {
    return this.text.slice(Math.max(0, from - this.base), Math.max(0, to - this.base));
  }

  /** Drop text before `offset` once the buffer is large: nothing will search there again. */
  release(offset: number): void {
    if (this.text.length <= KEEP_LIMIT) return;
    const drop = Math.min(offset, this.lineStart) - this.base;
    if (drop <= 0) return;
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
