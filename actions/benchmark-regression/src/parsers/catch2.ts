import { ConfigurationError } from '@archway/kit';
import { streamXmlFile } from '@archway/kit/xml';
import type { Measurement } from '../model.ts';
import { toNanoseconds } from '../units.ts';
import { readNumber, type Source } from './source.ts';

const VALUE = String.raw`(\S+) (ns|us|µs|ms|s)`;
const START = new RegExp(String.raw`^(.*?)\s+(\d+)\s+(\d+)\s+${VALUE}\s*$`);
/** A mean or std-dev line; older v2 reporters put the rest of a wrapped name at its start. */
const VALUES = new RegExp(String.raw`^(\S.*?)?\s+${VALUE}\s+${VALUE}\s+${VALUE}\s*$`);
const HEADER = /^benchmark name(\s+)samples\s+iterations\s+(estimated|est run time)/;
/** Catch2's text wrapping (TextFlow) breaks after these characters, or before the next set. */
const BREAK_AFTER = '])}>.,:;*+-=&/\\';
const BREAK_BEFORE = '[({<|';

/** A benchmark as both reporters give it, before names are qualified. */
interface Found extends Measurement {
  testCase: string;
}

/**
 * Catch2's console reporter (v2 "estimated", v3 "est run time" headers). Each benchmark is a start line
 * (name, samples, iterations, estimated time), a mean line and a std-dev line, under a header naming its
 * test case (and sections). A name too long for its column wraps onto lines before the start line, or
 * (older v2 releases) onto the mean and std-dev lines. Catch2 picks the time unit per value, so values are
 * converted to nanoseconds.
 */
export function parseCatch2Console(source: Source): Measurement[] {
  const { lines } = source;
  const found: Found[] = [];
  let testCase = '';
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    // A test case header: a dashed rule, its name (and indented sections), a rule, then its location.
    if (/^-{20,}$/.test(line) && !HEADER.test(lines[i - 1] ?? '') && !/^\s/.test(lines[i - 1] ?? '')) {
      const end = lines.findIndex((l, j) => j > i && /^-{20,}$/.test(l));
      if (end > i + 1 && /^\.{20,}$/.test(lines[end + 2] ?? '')) {
        testCase = lines
          .slice(i + 1, end)
          .map((l) => l.trim())
          .join(' / ');
        i = end + 3;
        continue;
      }
    }
    const header = HEADER.exec(line);
    if (!header) {
      i++;
      continue;
    }
    // The name column is as wide as the header's first column; TextFlow wraps names two narrower.
    const width = 'benchmark name'.length + (header[1] as string).length - 2;
    while (i < lines.length && !/^-+$/.test(lines[i] as string)) i++;
    i++;
    let pending: string[] = [];
    for (; i < lines.length; i++) {
      const row = lines[i] as string;
      if (/^(=+|-+)$/.test(row)) break;
      if (row.trim() === '') continue;
      const start = START.exec(row);
      if (!start) {
        pending.push(row.trimEnd());
        continue;
      }
      const mean = VALUES.exec(lines[i + 1] ?? '');
      const spread = VALUES.exec(lines[i + 2] ?? '');
      const parts = [...pending, (start[1] ?? '').trimEnd(), ...[mean?.[1], spread?.[1]].filter((p) => p !== undefined)];
      const name = unwrap(parts, width);
      pending = [];
      if (!mean || !spread) throw source.error(i + 1, `Catch2 benchmark '${name}' lacks its mean and std dev lines`);
      const ns = (m: RegExpExecArray, at: number) =>
        toNanoseconds(readNumber(source, at, m[2] as string, 'plain', 'Catch2'), m[3] as string) as number;
      const value = ns(mean, i + 1);
      const sd = ns(spread, i + 2);
      found.push({ testCase, name, value, unit: 'ns', extra: `± ${round(sd)} ns, ${start[2]} samples × ${start[3]} iterations` });
      i += 2;
    }
  }
  return qualify(found);
}

/**
 * Join a name that Catch2 wrapped over several lines. TextFlow breaks at a space (which it drops), after
 * or before a punctuation character (kept), or, with no break in a full line, inside a word with an added
 * '-'. So: a full line ending in an added '-' loses it and joins directly; a line ending in, or followed
 * by, a break character joins directly; otherwise a space was dropped.
 */
function unwrap(parts: string[], width: number): string {
  let name = (parts[0] ?? '').trim();
  for (let k = 1; k < parts.length; k++) {
    const prev = (parts[k - 1] ?? '').trim();
    const next = (parts[k] ?? '').trim();
    const forced = prev.length === width && prev.endsWith('-') && !hasBreak(prev.slice(0, -1));
    if (forced) name = name.slice(0, -1) + next;
    else if (BREAK_AFTER.includes(prev.at(-1) ?? '') || BREAK_BEFORE.includes(next[0] ?? '')) name += next;
    else name += ` ${next}`;
  }
  return name;
}

function hasBreak(text: string): boolean {
  return [...text].some((c) => c === ' ' || BREAK_AFTER.includes(c) || BREAK_BEFORE.includes(c));
}

/** Catch2's XML reporter (`-r xml`): <BenchmarkResults name samples iterations> with <mean value> in ns. */
export async function parseCatch2Xml(file: string, label: string): Promise<Measurement[]> {
  const found: Found[] = [];
  const path: string[] = [];
  let current: { name: string; samples: string; iterations: string; mean?: string; sd?: string } | undefined;
  await streamXmlFile(
    file,
    {
      open(name, attributes) {
        if (name === 'TestCase' || name === 'Section') path.push(attributes.name ?? '');
        else if (name === 'BenchmarkResults') {
          current = { name: attributes.name ?? '', samples: attributes.samples ?? '?', iterations: attributes.iterations ?? '?' };
        } else if (current && name === 'mean') current.mean = attributes.value;
        else if (current && name === 'standardDeviation') current.sd = attributes.value;
      },
      close(name) {
        if (name === 'TestCase' || name === 'Section') path.pop();
        if (name !== 'BenchmarkResults' || !current) return;
        const mean = current.mean === undefined ? Number.NaN : Number(current.mean);
        if (!Number.isFinite(mean)) {
          throw new ConfigurationError(`${label}: Catch2 benchmark '${current.name}' has no finite mean value (${current.mean ?? 'none'})`);
        }
        const sd = Number(current.sd);
        found.push({
          testCase: path.join(' / '),
          name: current.name,
          value: mean,
          unit: 'ns',
          extra: `${Number.isFinite(sd) ? `± ${round(sd)} ns, ` : ''}${current.samples} samples × ${current.iterations} iterations`,
        });
        current = undefined;
      },
    },
    label,
  );
  return qualify(found);
}

/**
 * A benchmark name is its series' name, unless two test cases (or sections) use the same one: then each
 * becomes "<test case> / <benchmark>", so they stay two series.
 */
function qualify(found: Found[]): Measurement[] {
  const cases = new Map<string, Set<string>>();
  for (const f of found) cases.set(f.name, (cases.get(f.name) ?? new Set()).add(f.testCase));
  return found.map(({ testCase, ...m }) => ((cases.get(m.name)?.size ?? 0) > 1 ? { ...m, name: `${testCase} / ${m.name}` } : m));
}

function round(value: number): number {
  return Number(value.toPrecision(4));
}
