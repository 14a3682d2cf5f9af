import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError, inputError } from '@archway/kit';
import type { ConcreteTool, Measurement, Tool } from '../model.ts';
import { betterFromUnit } from '../units.ts';
import { parseCatch2Console, parseCatch2Xml } from './catch2.ts';
import { parseCriterion } from './criterion.ts';
import {
  parseBenchmarkDotNet,
  parseBmf,
  parseCustom,
  parseGoogleBenchmark,
  parseHyperfine,
  parseJmh,
  parseJulia,
  parsePytest,
} from './json-formats.ts';
import { parseBenchmarkJs, parseBenchmarkLuau, parseCargo, parseGo } from './text-formats.ts';

const INPUT = 'output-file';

/** Recognise a tool from a JSON document's shape. */
function detectJson(json: unknown): ConcreteTool | undefined {
  const o = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  if (Array.isArray(json)) {
    const first = json[0] as Record<string, unknown> | undefined;
    if (first && typeof first === 'object' && 'primaryMetric' in first) return 'jmh';
    if (Array.isArray(json[1]) && Array.isArray((json[1] as unknown[])[0])) return 'julia';
    if (first && typeof first === 'object' && 'name' in first && 'value' in first) return 'customSmallerIsBetter';
    return undefined;
  }
  if (Array.isArray(o.benchmarks) && 'context' in o) return 'googlecpp';
  if (Array.isArray(o.benchmarks) && ('machine_info' in o || 'commit_info' in o)) return 'pytest';
  if (Array.isArray(o.Benchmarks)) return 'benchmarkdotnet';
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
function detectText(text: string): ConcreteTool | undefined {
  if (/^\s*<\?xml|^\s*<Catch/.test(text)) return 'catch2';
  if (/^benchmark name\s+samples\s+iterations/m.test(text)) return 'catch2';
  if (/^test .+ \.\.\. bench:\s+[\d,.]+ \S+ \(\+\/- /m.test(text)) return 'cargo';
  if (/^Benchmark\S*\s+\d+\s+[\d.e+-]+ \S+/m.test(text)) return 'go';
  if (/ x [\d,.]+ \S+ (?:±|\+-)\s?[\d.]+% \(\d+ runs? sampled\)/.test(text)) return 'benchmarkjs';
  if (/^SUCCESS:.+:\s*[\d.]+\s*(ns|us|ms|s)\s+\+\/-/m.test(text)) return 'benchmarkluau';
  return undefined;
}

function parseJsonText(text: string, label: string, tool: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`${label}: not valid ${tool} output: it is not JSON (${(error as Error).message})`);
  }
}

async function parseFile(file: string, label: string, requested: Tool): Promise<{ tool: ConcreteTool; found: Measurement[] }> {
  if (statSync(file).isDirectory()) {
    if (requested !== 'auto' && requested !== 'criterion') {
      throw new ConfigurationError(`${label} is a directory; only tool 'criterion' (or 'auto') reads a directory`);
    }
    return { tool: 'criterion', found: parseCriterion(file, label) };
  }
  const text = readFileSync(file, 'utf8');
  let tool: ConcreteTool | undefined = requested === 'auto' ? undefined : requested;
  let json: unknown;
  if (!tool) {
    try {
      json = JSON.parse(text);
      tool = detectJson(json);
    } catch {
      tool = detectText(text);
    }
    if (!tool) {
      throw new ConfigurationError(
        `${label}: could not recognise the benchmark format; set the 'tool' input (e.g. go, cargo, googlecpp, catch2, pytest, hyperfine)`,
      );
    }
  }
  const doc = () => json ?? parseJsonText(text, label, tool);
  switch (tool) {
    case 'cargo':
      return { tool, found: parseCargo(text) };
    case 'go':
      return { tool, found: parseGo(text) };
    case 'benchmarkjs':
      return { tool, found: parseBenchmarkJs(text) };
    case 'benchmarkluau':
      return { tool, found: parseBenchmarkLuau(text) };
    case 'catch2':
      return { tool, found: /^\s*<(\?xml|Catch)/.test(text) ? await parseCatch2Xml(file, label) : parseCatch2Console(text, label) };
    case 'googlecpp':
      return { tool, found: parseGoogleBenchmark(doc(), label) };
    case 'pytest':
      return { tool, found: parsePytest(doc(), label) };
    case 'julia':
      return { tool, found: parseJulia(doc(), label) };
    case 'jmh':
      return { tool, found: parseJmh(doc(), label) };
    case 'benchmarkdotnet':
      return { tool, found: parseBenchmarkDotNet(doc(), label) };
    case 'customBiggerIsBetter':
      return { tool, found: parseCustom(doc(), label, requested === 'auto' ? undefined : 'bigger') };
    case 'customSmallerIsBetter':
      return { tool, found: parseCustom(doc(), label, requested === 'auto' ? undefined : 'smaller') };
    case 'hyperfine':
      return { tool, found: parseHyperfine(doc(), label) };
    case 'criterion':
      return { tool, found: parseCriterion(file, label) };
    case 'bmf':
      return { tool, found: parseBmf(doc(), label) };
  }
}

/** Measurements repeated under one name (go -count, cargo run twice) become one with every value as a sample. */
export function mergeRepeats(measurements: readonly Measurement[]): Measurement[] {
  const byName = new Map<string, Measurement>();
  for (const m of measurements) {
    const seen = byName.get(m.name);
    if (!seen) {
      byName.set(m.name, { ...m });
      continue;
    }
    if (seen.unit !== m.unit) throw new ConfigurationError(`Benchmark '${m.name}' appears with two units, '${seen.unit}' and '${m.unit}'`);
    const values = [...(seen.samples ?? [seen.value]), ...(m.samples ?? [m.value])];
    seen.samples = values;
    seen.value = values.reduce((a, b) => a + b, 0) / values.length;
  }
  return [...byName.values()];
}

/** Read every output file with the given (or recognised) tool; each benchmark gets its direction. */
export async function readMeasurements(
  files: readonly string[],
  tool: Tool,
  workspace: string,
): Promise<{ measurements: Measurement[]; tools: ConcreteTool[] }> {
  const all: Measurement[] = [];
  const tools = new Set<ConcreteTool>();
  for (const given of files) {
    const file = path.resolve(workspace, given);
    try {
      statSync(file);
    } catch {
      throw inputError(INPUT, given, 'expected the path of a benchmark output file or directory (no such file)');
    }
    const label = `Input '${INPUT}' (${given})`;
    const { tool: used, found } = await parseFile(file, label, tool);
    if (found.length === 0) {
      throw new ConfigurationError(
        `${label}: no benchmark results found in this ${used} output${tool === 'auto' ? '' : ` (tool: ${tool})`}`,
      );
    }
    tools.add(used);
    all.push(...found);
  }
  const measurements = mergeRepeats(all).map((m) => ({ ...m, better: m.better ?? betterFromUnit(m.unit) }));
  return { measurements, tools: [...tools] };
}
