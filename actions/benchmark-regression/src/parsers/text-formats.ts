import type { Measurement } from '../model.ts';

/** "1,234.5" -> 1234.5 */
export function number(text: string): number {
  return Number(text.replace(/,/g, ''));
}

/**
 * Rust's libtest bencher (`cargo bench` on nightly, or `bencher`):
 *   test bench_fib_20 ... bench:      37,174 ns/iter (+/- 7,527)
 */
export function parseCargo(text: string): Measurement[] {
  const found: Measurement[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^test (.+?)\s+\.\.\. bench:\s+([\d,.]+) (\S+) \(\+\/- ([\d,.]+)\)\s*$/.exec(line);
    if (!m) continue;
    found.push({ name: m[1] as string, value: number(m[2] as string), unit: m[3] as string, extra: `± ${m[4]}` });
  }
  return found;
}

/**
 * `go test -bench`: "<name>-<procs> <iterations> <value> <unit> [<value> <unit>...]" per the Go benchmark
 * data format. The first metric keeps the benchmark's name, further ones are "<name> - <unit>". With
 * `-count N` a benchmark repeats, and each line becomes one sample. Names are qualified by package when
 * the output covers several packages.
 */
export function parseGo(text: string): Measurement[] {
  const lines = text.split(/\r?\n/);
  const packages = new Set(lines.filter((l) => l.startsWith('pkg: ')).map((l) => l.slice(5).trim()));
  let pkg = '';
  const found: Measurement[] = [];
  for (const line of lines) {
    if (line.startsWith('pkg: ')) pkg = line.slice(5).trim();
    const m = /^(Benchmark\S*?)(?:-(\d+))?\s+(\d+)\s+(\S.*)$/.exec(line);
    if (!m) continue;
    const fields = (m[4] as string).trim().split(/\s+/);
    if (fields.length < 2 || fields.length % 2 !== 0) continue;
    const base = packages.size > 1 ? `${pkg}/${m[1]}` : (m[1] as string);
    for (let i = 0; i < fields.length; i += 2) {
      const value = Number(fields[i]);
      if (!Number.isFinite(value)) break;
      const unit = fields[i + 1] as string;
      found.push({ name: i === 0 ? base : `${base} - ${unit}`, value, unit, extra: `${m[3]} times${m[2] ? `, ${m[2]} procs` : ''}` });
    }
  }
  return found;
}

/** benchmark.js: "fib(20) x 11,465 ops/sec ±1.12% (91 runs sampled)". */
export function parseBenchmarkJs(text: string): Measurement[] {
  const found: Measurement[] = [];
  for (const line of text.split(/\r?\n/)) {
    const at = line.lastIndexOf(' x ');
    if (at <= 0) continue;
    const m = /^ x ([\d,.]+) (\S+) (?:±|\+-)\s?([\d.]+)% \((\d+) runs? sampled\)\s*$/.exec(line.slice(at));
    if (!m) continue;
    found.push({ name: line.slice(0, at).trim(), value: number(m[1] as string), unit: m[2] as string, extra: `±${m[3]}%, ${m[4]} runs` });
  }
  return found;
}

/** Luau's bench.py: "SUCCESS: base64   :   15.041ms +/-  0.636% on luau". */
export function parseBenchmarkLuau(text: string): Measurement[] {
  const found: Measurement[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^SUCCESS:\s*(.+?)\s*:\s*([\d.]+)\s*(ns|us|ms|s)\s+\+\/-\s*([\d.]+)%(?:\s+on\s+(\S+))?/.exec(line);
    if (!m) continue;
    found.push({ name: m[1] as string, value: Number(m[2]), unit: m[3] as string, extra: `±${m[4]}%${m[5] ? ` on ${m[5]}` : ''}` });
  }
  return found;
}
