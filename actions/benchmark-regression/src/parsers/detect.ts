import { isBootTimings } from '@archway/kit/contracts/boot-timings';
import type { ConcreteTool } from '../model.ts';
import { looksLikeAsv } from './asv.ts';
import { looksLikePerfStat } from './perf-stat.ts';

/** Recognise a tool from a JSON document's shape; `isJson` says whether the text was JSON at all. */
export function detectJson(text: string): { json?: unknown; tool?: ConcreteTool; isJson: boolean } {
  // asv writes Python's NaN for failed benchmarks, which JSON.parse refuses: recognise it first.
  if (looksLikeAsv(text)) return { tool: 'asv', isJson: true };
  if (!/^\s*[[{]/.test(text)) return { isJson: false };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { isJson: false };
  }
  return { json, tool: jsonTool(json), isJson: true };
}

function jsonTool(json: unknown): ConcreteTool | undefined {
  const o = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  if (Array.isArray(json)) {
    const first = json[0] as Record<string, unknown> | undefined;
    if (first && typeof first === 'object' && 'primaryMetric' in first) return 'jmh';
    if (Array.isArray(json[1]) && Array.isArray((json[1] as unknown[])[0])) return 'julia';
    if (first && typeof first === 'object' && 'name' in first && 'value' in first) return 'customSmallerIsBetter';
    return undefined;
  }
  if (isBootTimings(json)) return 'boot-timings';
  if (Array.isArray(o.benchmarks) && 'context' in o) return 'googlecpp';
  if (Array.isArray(o.benchmarks) && ('machine_info' in o || 'commit_info' in o)) return 'pytest';
  if (Array.isArray(o.Benchmarks)) return 'benchmarkdotnet';
  if (Array.isArray(o.files) && (o.files as Record<string, unknown>[]).every((f) => f && Array.isArray(f.groups))) return 'vitest';
  if (Array.isArray(o.results) && (o.results as Record<string, unknown>[]).every((r) => r && 'command' in r)) return 'hyperfine';
  if (typeof o.mean === 'object' && o.mean !== null && 'point_estimate' in (o.mean as object)) return 'criterion';
  const values = Object.values(o);
  if (
    values.length > 0 &&
    values.every((m) => typeof m === 'object' && m !== null && Object.values(m).every((v) => typeof v?.value === 'number'))
  ) {
    return 'bmf';
  }
  return undefined;
}

/** Recognise a tool from text output: the first format whose lines appear. */
export function detectText(text: string): ConcreteTool | undefined {
  if (/^\s*<\?xml|^\s*<Catch/.test(text)) return 'catch2';
  if (/^benchmark name\s+samples\s+iterations/m.test(text)) return 'catch2';
  if (/^test .+ \.\.\. bench:\s+\S+ \S+ \(\+\/- /m.test(text)) return 'cargo';
  if (/\btime:\s+\[\S+ \S+ \S+ \S+ \S+ \S+\]/.test(text)) return 'criterion';
  if (/^Benchmark\S*\s+\d+\s+\S+ \S+/m.test(text)) return 'go';
  if (/ x \S+ \S+ (?:±|\+-)\s?[\d.]+% \(\d+ runs? sampled\)/.test(text)) return 'benchmarkjs';
  if (/^SUCCESS:.+:\s*\S+\s*(ns|us|ms|s)\s+\+\/-/m.test(text)) return 'benchmarkluau';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes may sit between the name and the value.
  if (/^\s+(?:\u001b\[[0-9;]*m)?Instructions:\s+\S/m.test(text)) return 'iai-callgrind';
  if (looksLikePerfStat(text)) return 'perf-stat';
  return undefined;
}
