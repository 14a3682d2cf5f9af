import { StringDecoder } from 'node:string_decoder';
import { errorMessage, inputError } from '../runner/errors.ts';

/**
 * A console pattern: plain text, or /regex/ with flags i, s, u. Regexes always get the m flag, so ^ and $
 * mean the start and end of a console line, and match within one line unless they have the s flag.
 */
export interface TextPattern {
  /** As the user wrote it, for reports. */
  readonly source: string;
  /** Where the first match at or after `from` lies, with its capture groups. */
  find(text: string, from: number): PatternMatch | undefined;
  /** Whether one console line matches. */
  test(line: string): boolean;
  /** How far back from the end of the searched text a match may start: characters, the line start, or anywhere. */
  readonly reach: number | 'line' | 'any';
}

export interface PatternMatch {
  start: number;
  end: number;
  text: string;
  /** Positional captures ($1...) and named ones. */
  groups: string[];
  named: Record<string, string>;
}

const REGEX = /^\/(.+)\/([isu]*)$/s;

/** Parse `text` or `/regex/flags`; a bad regex is the user's mistake, named by `input`. */
export function parsePattern(source: string, input: string): TextPattern {
  const regex = REGEX.exec(source);
  if (!regex) return plainPattern(source);
  let compiled: RegExp;
  try {
    compiled = new RegExp(regex[1] as string, `${regex[2]}mg`);
  } catch (error) {
    throw inputError(input, source, `not a valid regular expression (${errorMessage(error).replace(/^Invalid regular expression: /, '')})`);
  }
  return {
    source,
    reach: regex[2]?.includes('s') ? 'any' : 'line',
    find(text, from) {
      compiled.lastIndex = from;
      const match = compiled.exec(text);
      if (!match) return undefined;
      return {
        start: match.index,
        end: match.index + match[0].length,
        text: match[0],
        groups: [...match].map((g) => g ?? ''),
        named: { ...match.groups },
      };
    },
    test(line) {
      compiled.lastIndex = 0;
      return compiled.test(line);
    },
  };
}

export function plainPattern(source: string): TextPattern {
  return {
    source,
    reach: Math.max(0, source.length - 1),
    find(text, from) {
      const start = text.indexOf(source, from);
      return start < 0 ? undefined : { start, end: start + source.length, text: source, groups: [source], named: {} };
    },
    test: (line) => line.includes(source),
  };
}

// Terminal escape sequences and control characters other than tab and newline: the console is matched as
// the text a person would read.
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
const NOISE = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]|[\x00-\x08\x0b-\x1f\x7f]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: an escape sequence cut by the end of a chunk
const UNFINISHED = /\x1b(?:\[[0-?]*[ -/]*|\][^\x07\x1b]*)?$/;

/** Text before this much is released once no wait needs it (callers keep their own full log). */
const KEEP = 256 * 1024;

interface Waiter {
  pattern: TextPattern;
  scanned: number;
  resolve: (match: PatternMatch) => void;
}

/**
 * Serial output as cleaned text with absolute offsets that stay valid as it grows, and waits for a pattern
 * from an offset. Each arrival rescans only from where a match could still start, so a long session is not
 * quadratic and a thousand quick waits do not slow down (no polling: a wait resolves on the chunk that
 * completes its match).
 */
export class ConsoleWatch {
  private readonly decoder = new StringDecoder('utf8');
  private held = '';
  private text = '';
  private base = 0;
  private partial = '';
  private readonly waiters = new Set<Waiter>();
  private readonly lineListeners: ((line: string) => void)[] = [];
  readonly tail: string[] = [];
  lineCount = 0;

  constructor(private readonly tailSize = 40) {}

  /** Offset just past everything received so far. */
  get end(): number {
    return this.base + this.text.length;
  }

  onLine(listener: (line: string) => void): void {
    this.lineListeners.push(listener);
  }

  push(chunk: Buffer | Uint8Array | string): void {
    const raw = this.held + (typeof chunk === 'string' ? chunk : this.decoder.write(Buffer.from(chunk)));
    const cut = UNFINISHED.exec(raw);
    this.held = cut ? cut[0] : '';
    this.append((cut ? raw.slice(0, cut.index) : raw).replace(NOISE, ''));
  }

  /** At the end of the session: what is left of a line counts as a line. */
  flush(): void {
    this.append((this.held + this.decoder.end()).replace(NOISE, ''));
    this.held = '';
    if (this.partial) this.completeLine(this.partial);
    this.partial = '';
  }

  /** The last lines, including an unfinished one. */
  lastLines(count = this.tailSize): string[] {
    const lines = this.partial ? [...this.tail, this.partial] : [...this.tail];
    return lines.slice(-count);
  }

  /** Resolve with the first match at or after `from`; `cancel` drops the wait (on a timeout or a failure). */
  waitFor(pattern: TextPattern, from = this.end): { matched: Promise<PatternMatch>; cancel: () => void } {
    let waiter: Waiter | undefined;
    const matched = new Promise<PatternMatch>((resolve) => {
      waiter = { pattern, scanned: Math.max(from, this.base), resolve };
    });
    const w = waiter as Waiter;
    if (!this.check(w)) this.waiters.add(w);
    return { matched, cancel: () => this.waiters.delete(w) };
  }

  private append(clean: string): void {
    if (!clean) return;
    this.text += clean;
    let start = 0;
    for (let nl = clean.indexOf('\n'); nl >= 0; nl = clean.indexOf('\n', start)) {
      this.completeLine(this.partial + clean.slice(start, nl));
      this.partial = '';
      start = nl + 1;
    }
    this.partial += clean.slice(start);
    for (const waiter of [...this.waiters]) if (this.check(waiter)) this.waiters.delete(waiter);
    this.release();
  }

  private completeLine(line: string): void {
    this.lineCount++;
    this.tail.push(line);
    if (this.tail.length > this.tailSize) this.tail.shift();
    for (const listener of this.lineListeners) listener(line);
  }

  private check(waiter: Waiter): boolean {
    const relative = waiter.scanned - this.base;
    const found = waiter.pattern.find(this.text, Math.max(0, relative));
    if (found) {
      waiter.resolve({ ...found, start: found.start + this.base, end: found.end + this.base });
      return true;
    }
    const { reach } = waiter.pattern;
    const lineStart = this.text.lastIndexOf('\n') + 1;
    const resume =
      reach === 'any' ? relative : reach === 'line' ? Math.max(relative, lineStart) : Math.max(relative, this.text.length - reach);
    waiter.scanned = this.base + resume;
    return false;
  }

  /** Drop text no wait can reach any more, keeping a margin. */
  private release(): void {
    if (this.text.length < 2 * KEEP) return;
    let keepFrom = this.end - KEEP;
    for (const waiter of this.waiters) keepFrom = Math.min(keepFrom, waiter.scanned);
    const drop = keepFrom - this.base;
    if (drop <= 0) return;
    this.text = this.text.slice(drop);
    this.base += drop;
  }
}
