import type { Better } from './model.ts';

const TIME_UNITS: Record<string, number> = { ps: 1e-3, ns: 1, us: 1e3, µs: 1e3, μs: 1e3, ms: 1e6, s: 1e9, sec: 1e9, min: 6e10 };
const TIME_WORD = /^(ps|ns|us|µs|μs|ms|s|sec|secs|second|seconds|min|minute|minutes)$/i;

/**
 * Which way is better, from the unit alone: a rate (something per unit of time, `ops`, `Hz`) is better
 * bigger; times, sizes and counts per operation are better smaller. `ns/op` is a time per operation,
 * `MB/s` and `ops/sec` are rates.
 */
export function betterFromUnit(unit: string): Better {
  const u = unit.trim();
  if (/^(ops|operations|iter|iterations|items|requests|req|runs)\b/i.test(u)) return 'bigger';
  if (/hz$/i.test(u) || /per\s+second/i.test(u) || /throughput/i.test(u)) return 'bigger';
  const slash = u.lastIndexOf('/');
  if (slash > 0 && TIME_WORD.test(u.slice(slash + 1).trim())) return 'bigger';
  return 'smaller';
}

/** Split a time unit with an optional per-something suffix ("us", "ms/iter", "ns/op") into its parts. */
function timeUnit(unit: string): { factor: number; suffix: string } | undefined {
  const match = /^\s*(ps|ns|us|µs|μs|ms|s|sec|min)(\/.*)?\s*$/.exec(unit);
  if (!match?.[1]) return undefined;
  const factor = TIME_UNITS[match[1]];
  return factor === undefined ? undefined : { factor, suffix: match[2] ?? '' };
}

/**
 * The factor that converts a value in `from` into `to`, or undefined when they are not the same kind
 * (e.g. a tool that prints "us" one day and "ms" the next is still comparable; "ns/op" and "B/op" are not).
 */
export function conversionFactor(from: string, to: string): number | undefined {
  if (from === to) return 1;
  const a = timeUnit(from);
  const b = timeUnit(to);
  if (!a || !b || a.suffix !== b.suffix) return undefined;
  return a.factor / b.factor;
}

/** A value with its time unit scaled to nanoseconds, for formats whose printed unit changes with magnitude. */
export function toNanoseconds(value: number, unit: string): number | undefined {
  const t = timeUnit(unit);
  return t && t.suffix === '' ? value * t.factor : undefined;
}
