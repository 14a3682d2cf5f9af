/** A small seeded generator (mulberry32): the same seed gives the same faults and telemetry on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** "500ms", "2s", "1.5 s", "1m", or a number of milliseconds (Wokwi's scenarios write both). */
export function durationMs(value: string | number): number | undefined {
  if (typeof value === 'number') return value >= 0 ? value : undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m)?\s*$/.exec(value);
  if (!match) return undefined;
  const n = Number(match[1]);
  return match[2] === 's' ? n * 1000 : match[2] === 'm' ? n * 60_000 : n;
}
