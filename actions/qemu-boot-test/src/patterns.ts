import { errorMessage, inputError } from '@archway/kit';

/**
 * A console pattern: plain text, or /regex/ with flags i, s, u. Regexes always get the m flag, so ^ and
 * $ mean the start and end of a console line, which is what a person reading a log means. A regex
 * matches within one line unless it has the s flag.
 */
export interface Pattern {
  /** As the user wrote it, for reports. */
  source: string;
  /**
   * How far a match can reach back from where it ends, which says where a search that found nothing
   * must resume when more text arrives: a number of characters, the start of the line, or anywhere.
   */
  reach: number | 'line' | 'any';
  /** Where the first match starting at `from` lies, or undefined. */
  find(text: string, from: number): { start: number; end: number } | undefined;
  /** Whether one console line matches. */
  test(line: string): boolean;
}

const REGEX = /^\/(.+)\/([isu]*)$/s;

export function parsePattern(source: string, input: string): Pattern {
  const regex = REGEX.exec(source);
  if (!regex) return plainText(source);
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
      return { start: match.index, end: match.index + match[0].length };
    },
    test(line) {
      compiled.lastIndex = 0;
      return compiled.test(line);
    },
  };
}

/** A pattern that is the text itself, whatever it looks like. */
export function plainText(source: string): Pattern {
  return {
    source,
    reach: source.length - 1,
    find(text, from) {
      const start = text.indexOf(source, from);
      return start < 0 ? undefined : { start, end: start + source.length };
    },
    test: (line) => line.includes(source),
  };
}
