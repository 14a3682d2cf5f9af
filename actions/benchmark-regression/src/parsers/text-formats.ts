import type { Measurement } from '../model.ts';
import { readNumber, type Source } from './source.ts';

/**
 * Rust's libtest bencher (`cargo bench` on nightly, or `bencher`), which groups thousands with ',':
 *   test bench_fib_20 ... bench:      37,174 ns/iter (+/- 7,527)
 */
export function parseCargo(source: Source): Measurement[] {
  const found: Measurement[] = [];
  source.lines.forEach((line, at) => {
    const m = /^test (.+?)\s+\.\.\. bench:\s+(\S+) (\S+) \(\+\/- (\S+)\)\s*$/.exec(line);
    if (!m) return;
    const value = readNumber(source, at, m[2] as string, 'grouped', 'cargo');
    readNumber(source, at, m[4] as string, 'grouped', 'cargo');
    found.push({ name: m[1] as string, value, unit: m[3] as string, extra: `± ${m[4]}` });
  });
  return found;
}

interface GoLine {
  at: number;
  pkg: string;
  printed: string;
  iterations: string;
  metrics: { value: number; unit: string }[];
}

/**
 * `go test -bench`: "<name>[-<procs>] <iterations> <value> <unit> [<value> <unit>...]" per the Go benchmark
 * data format. The first metric keeps the benchmark's name, further ones are "<name> - <unit>". With
 * `-count N` a benchmark repeats, and each line becomes one sample. Names are qualified by package when
 * the output covers several packages. The GOMAXPROCS suffix is dropped only where it really is one (see
 * procsSuffix), so `size-1024` stays `size-1024`.
 */
export function parseGo(source: Source): Measurement[] {
  const lines: GoLine[] = [];
  let pkg = '';
  source.lines.forEach((line, at) => {
    if (line.startsWith('pkg: ')) pkg = line.slice(5).trim();
    const m = /^(Benchmark\S*)\s+(\d+)\s+(\S.*)$/.exec(line);
    if (!m) return;
    const fields = (m[3] as string).trim().split(/\s+/);
    // Not a result line (a benchmark's own log output that happens to start with its name).
    if (fields.length < 2 || fields.length % 2 !== 0) return;
    const metrics: GoLine['metrics'] = [];
    for (let i = 0; i < fields.length; i += 2) {
      metrics.push({ value: readNumber(source, at, fields[i] as string, 'plain', 'go test -bench'), unit: fields[i + 1] as string });
    }
    lines.push({ at, pkg, printed: m[1] as string, iterations: m[2] as string, metrics });
  });
  const packages = [...new Set(lines.map((l) => l.pkg))];
  const found: Measurement[] = [];
  for (const p of packages) {
    const own = lines.filter((l) => l.pkg === p);
    const series = procsSuffix(own.map((l) => l.printed));
    for (const line of own) {
      const { name, procs } = series(line.printed);
      const base = packages.length > 1 ? `${p}/${name}` : name;
      line.metrics.forEach(({ value, unit }, i) => {
        found.push({
          name: i === 0 ? base : `${base} - ${unit}`,
          value,
          unit,
          extra: `${line.iterations} times${procs ? `, ${procs} procs` : ''}`,
        });
      });
    }
  }
  return found;
}

/**
 * Go appends "-<GOMAXPROCS>" to every benchmark name, except when GOMAXPROCS is 1, so a trailing
 * "-<digits>" may be the benchmark's own (`size-1024`). Go runs every benchmark of a package at every
 * GOMAXPROCS of `-cpu`, so the printed names are the same base names once per procs value: find the
 * suffix shared by the largest set of base names, and accept it only when the names are exactly those
 * bases with each procs value (and the bases alone, for GOMAXPROCS 1). With one procs value the suffix is
 * dropped, so a series survives a runner with another core count; with several (`-cpu 1,2`) the printed
 * names stay, since each procs value is a series of its own. Anything else keeps the printed names.
 * Either way two printed names never become one series.
 */
export function procsSuffix(printed: readonly string[]): (name: string) => { name: string; procs?: string } {
  const names = new Set(printed);
  const bySuffix = new Map<string, Set<string>>();
  for (const name of names) {
    const m = /^(.*\S)-(\d+)$/.exec(name);
    if (!m) continue;
    const bases = bySuffix.get(m[2] as string) ?? new Set<string>();
    bases.add(m[1] as string);
    bySuffix.set(m[2] as string, bases);
  }
  const asPrinted = (name: string) => ({ name });
  const largest = [...bySuffix.values()].sort((a, b) => b.size - a.size)[0];
  if (!largest) return asPrinted;
  const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
  const procs = [...bySuffix].filter(([, bases]) => sameSet(bases, largest)).map(([n]) => n);
  const covered = new Set(procs.flatMap((n) => [...largest].map((b) => `${b}-${n}`)));
  const rest = new Set([...names].filter((n) => !covered.has(n)));
  if (rest.size > 0 && !sameSet(rest, largest)) return asPrinted;
  if (procs.length === 1 && rest.size === 0) {
    const suffix = `-${procs[0]}`;
    return (name) => ({ name: name.slice(0, -suffix.length), procs: procs[0] as string });
  }
  return (name) => {
    const n = /-(\d+)$/.exec(name)?.[1];
    return { name, procs: n && procs.includes(n) && covered.has(name) ? n : '1' };
  };
}

/** benchmark.js: "fib(20) x 11,465 ops/sec ±1.12% (91 runs sampled)". */
export function parseBenchmarkJs(source: Source): Measurement[] {
  const found: Measurement[] = [];
  source.lines.forEach((line, at) => {
    const start = line.lastIndexOf(' x ');
    if (start <= 0) return;
    const m = /^ x (\S+) (\S+) (?:±|\+-)\s?([\d.]+)% \((\d+) runs? sampled\)\s*$/.exec(line.slice(start));
    if (!m) return;
    const value = readNumber(source, at, m[1] as string, 'grouped', 'benchmark.js');
    found.push({ name: line.slice(0, start).trim(), value, unit: m[2] as string, extra: `±${m[3]}%, ${m[4]} runs` });
  });
  return found;
}

/** Luau's bench.py: "SUCCESS: base64   :   15.041ms +/-  0.636% on luau". */
export function parseBenchmarkLuau(source: Source): Measurement[] {
  const found: Measurement[] = [];
  source.lines.forEach((line, at) => {
    const m = /^SUCCESS:\s*(.+?)\s*:\s*([^\s+]*?)\s*(ns|us|ms|s)\s+\+\/-\s*([\d.]+)%(?:\s+on\s+(\S+))?/.exec(line);
    if (!m) return;
    const value = readNumber(source, at, m[2] as string, 'plain', 'benchmarkluau');
    found.push({ name: m[1] as string, value, unit: m[3] as string, extra: `±${m[4]}%${m[5] ? ` on ${m[5]}` : ''}` });
  });
  return found;
}
