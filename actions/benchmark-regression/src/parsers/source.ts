import { ConfigurationError, showValue } from '@archway/kit';

/**
 * One benchmark output file as the parsers see it: its lines, and how to name a place in it. Every
 * number a parser reads goes through one of the grammars below, so a value that is not a number in the
 * tool's own format is an error naming the file and line instead of a NaN or a value 1000 times off.
 */
export interface Source {
  /** "Input 'output-file' (bench.txt)" */
  readonly label: string;
  readonly lines: readonly string[];
  /** A ConfigurationError naming the file and the 0-based line index `at`. */
  error(at: number, message: string): ConfigurationError;
}

export function textSource(text: string, label: string): Source {
  const lines = text.split(/\r?\n/);
  return {
    label,
    lines,
    error: (at, message) => new ConfigurationError(`${label} line ${at + 1}: ${message}`),
  };
}

/** A plain decimal as C's printf, Go's strconv and Python's repr write it: `12`, `0.37`, `1.5e-07`. */
const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Thousands grouped with ',' and '.' before decimals (Rust libtest, benchmark.js): `1,234,567.5`. */
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * Read `text` as a number in a tool's format: 'plain' accepts only a decimal, 'grouped' also accepts
 * ',' between thousands. Anything else (`1.234.567`, `1.234,56`, `12 345`, `nan`, `inf`) is refused
 * with an error naming the line, since guessing a locale turns values silently wrong.
 */
export function readNumber(source: Source, at: number, text: string, style: 'plain' | 'grouped', tool: string): number {
  const clean = text.trim();
  const ok = PLAIN.test(clean) || (style === 'grouped' && GROUPED.test(clean));
  const value = ok ? Number(clean.replace(/,/g, '')) : Number.NaN;
  if (!Number.isFinite(value)) {
    const expected = style === 'grouped' ? "digits with ',' between thousands and '.' before decimals" : "digits with '.' before decimals";
    throw source.error(at, `${showValue(clean)} is not a number in ${tool}'s format (${expected})`);
  }
  return value;
}
