import { ConfigurationError, errorMessage } from '@archway/kit';

/** The one shape of a lockfile error: which file, which line, what is wrong. */
export function lockfileError(file: string, line: number | undefined, message: string): ConfigurationError {
  return new ConfigurationError(`Lockfile ${file} cannot be read${line ? ` at line ${line}` : ''}: ${message}`);
}

/** Offsets where each line starts, for the text read last (readers ask for many lines of one text). */
let indexed: { text: string; starts: number[] } | undefined;

function lineStarts(text: string): number[] {
  if (indexed?.text !== text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    indexed = { text, starts };
  }
  return indexed.starts;
}

/** The 1-based line holding `offset` (a binary search in the text's line index). */
export function lineAt(text: string, offset: number): number {
  const starts = lineStarts(text);
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

export function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = errorMessage(error);
    const position = /position (\d+)/.exec(message);
    const line = /line (\d+)/.exec(message);
    throw lockfileError(
      file,
      line ? Number(line[1]) : position ? lineAt(text, Number(position[1])) : undefined,
      `not valid JSON (${message.replace(/ in JSON at position \d+.*$/, '').replace(/ \(line \d+ column \d+\)$/, '')})`,
    );
  }
}

export async function parseToml(file: string, text: string): Promise<Record<string, unknown>> {
  const { parse, TomlError } = await import('smol-toml');
  try {
    return parse(text) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof TomlError) throw lockfileError(file, error.line, `not valid TOML (${error.message.split('\n')[0]})`);
    throw error;
  }
}

export async function parseYamlLockfile(file: string, text: string): Promise<unknown> {
  const { parseDocument } = await import('yaml');
  const doc = parseDocument(text, { uniqueKeys: false });
  const first = doc.errors[0];
  if (first) throw lockfileError(file, first.linePos?.[0]?.line, `not valid YAML (${first.message.split('\n')[0]})`);
  return doc.toJS({ maxAliasCount: 1000 });
}

/** The 1-based line of the first occurrence of `needle`, for pointing a finding at its package. */
export function lineOf(text: string, needle: string, from = 0): number | undefined {
  const index = text.indexOf(needle, from);
  return index === -1 ? undefined : lineAt(text, index);
}

/**
 * lineOf for needles that each occur once and are asked for in file order (the keys of a lockfile as
 * JSON.parse returns them): each search starts where the last one ended, so a whole lockfile costs one
 * pass instead of one pass per package; a needle not found ahead is looked for from the start.
 */
export function lineFinder(text: string): (needle: string) => number | undefined {
  let cursor = 0;
  return (needle) => {
    let index = text.indexOf(needle, cursor);
    if (index === -1) index = text.indexOf(needle);
    if (index === -1) return undefined;
    cursor = index + needle.length;
    return lineAt(text, index);
  };
}

/** Decode an SRI integrity string (`sha512-<base64>`) or a hex checksum into our hash shape. */
export function sriHashes(integrity: unknown): { alg: 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512'; content: string }[] {
  if (typeof integrity !== 'string') return [];
  const algs = { sha1: 'SHA-1', sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' } as const;
  return integrity
    .split(/\s+/)
    .map((part) => /^(sha1|sha256|sha384|sha512)-([A-Za-z0-9+/=]+)$/.exec(part))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ alg: algs[m[1] as keyof typeof algs], content: Buffer.from(m[2] as string, 'base64').toString('hex') }));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}
