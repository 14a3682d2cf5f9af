import { ConfigurationError, errorMessage } from '@archway/kit';
import type { ConcreteTool, Measurement, Tool } from '../model.ts';
import { parseAsv } from './asv.ts';
import { parseBootTimingsFile } from './boot-timings.ts';
import { parseCallgrind } from './callgrind.ts';
import { parseCatch2Console, parseCatch2Xml } from './catch2.ts';
import { parseCriterion, parseCriterionText } from './criterion.ts';
import { detectJson, detectText } from './detect.ts';
import {
  parseBenchmarkDotNet,
  parseBmf,
  parseCustom,
  parseGoogleBenchmark,
  parseHyperfine,
  parseJmh,
  parseJulia,
  parsePytest,
  parseVitest,
} from './json-formats.ts';
import { parsePerfStat } from './perf-stat.ts';
import { type Source, textSource } from './source.ts';
import { parseBenchmarkJs, parseBenchmarkLuau, parseCargo, parseGo } from './text-formats.ts';

const INPUT = 'output-file';
/** Benchmark output beyond this is not benchmark output; the limit keeps memory bounded. */
export const MAX_OUTPUT_BYTES = 32 * 1024 * 1024;
/** A line-oriented format's longest line. */
export const MAX_LINE_CHARS = 64 * 1024;

/** One output file the user named: its real path, its text, and how messages name it. */
interface Output {
  given: string;
  file: string;
  label: string;
  text: string;
}

function parseJsonText(output: Output, tool: string): unknown {
  try {
    return JSON.parse(output.text);
  } catch (error) {
    throw new ConfigurationError(`${output.label}: not valid ${tool} output: it is not JSON (${errorMessage(error)})`);
  }
}

/** The lines of a line-oriented format, refusing a line too long to be one (a binary or a runaway log). */
function linesOf(output: Output): Source {
  const source = textSource(output.text, output.label);
  const at = source.lines.findIndex((l) => l.length > MAX_LINE_CHARS);
  if (at !== -1) throw source.error(at, `longer than ${MAX_LINE_CHARS} characters; that is not a line of benchmark output`);
  return source;
}

async function parseOutput(output: Output, requested: Tool): Promise<{ tool: ConcreteTool; found: Measurement[] }> {
  let json: unknown;
  let tool: ConcreteTool | undefined = requested === 'auto' ? undefined : requested === 'gungraun' ? 'iai-callgrind' : requested;
  if (!tool) {
    const detected = detectJson(output.text);
    json = detected.json;
    tool = detected.tool ?? (detected.isJson ? undefined : detectText(output.text));
    if (!tool) {
      throw new ConfigurationError(
        `${output.label}: could not recognise the benchmark format; set the 'tool' input (e.g. go, cargo, googlecpp, catch2, pytest, hyperfine)`,
      );
    }
  }
  const doc = () => json ?? parseJsonText(output, tool);
  const { label } = output;
  switch (tool) {
    case 'cargo':
      return { tool, found: parseCargo(linesOf(output)) };
    case 'go':
      return { tool, found: parseGo(linesOf(output)) };
    case 'benchmarkjs':
      return { tool, found: parseBenchmarkJs(linesOf(output)) };
    case 'benchmarkluau':
      return { tool, found: parseBenchmarkLuau(linesOf(output)) };
    case 'catch2':
      return {
        tool,
        found: /^\s*<(\?xml|Catch)/.test(output.text) ? await parseCatch2Xml(output.file, label) : parseCatch2Console(linesOf(output)),
      };
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
      return {
        tool,
        found: /^\s*\{/.test(output.text) ? await parseCriterion(INPUT, output.given, label) : parseCriterionText(linesOf(output)),
      };
    case 'bmf':
      return { tool, found: parseBmf(doc(), label) };
    case 'iai-callgrind':
      return { tool, found: parseCallgrind(linesOf(output)) };
    case 'asv':
      return { tool, found: parseAsv(output.text, label) };
    case 'vitest':
      return { tool, found: parseVitest(doc(), label) };
    case 'perf-stat':
      return { tool, found: parsePerfStat(linesOf(output)) };
    case 'boot-timings':
      return { tool, found: await parseBootTimingsFile(output.text, label) };
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

/** Nothing that is not a finite number leaves a parser: it would be stored, and judged, as a value. */
function checkFinite(found: readonly Measurement[], label: string): void {
  for (const m of found) {
    if (!Number.isFinite(m.value) || m.samples?.some((s) => !Number.isFinite(s))) {
      throw new ConfigurationError(`${label}: benchmark '${m.name}' has a value that is not a finite number`);
    }
  }
}

/**
 * Read every output file with the given (or recognised) tool. Files are resolved and read through the
 * kit's safe file access: inside the workspace, regular files only, at most MAX_OUTPUT_BYTES each.
 */
export async function readMeasurements(
  files: readonly string[],
  tool: Tool,
): Promise<{ measurements: Measurement[]; tools: ConcreteTool[] }> {
  const { readUserFile, resolveUserPath } = await import('@archway/kit/files');
  const { stat } = await import('node:fs/promises');
  const all: Measurement[] = [];
  const tools = new Set<ConcreteTool>();
  for (const given of files) {
    const file = await resolveUserPath(INPUT, given);
    const label = `Input '${INPUT}' (${given})`;
    const isDirectory = await stat(file).then(
      (s) => s.isDirectory(),
      () => false,
    );
    let result: { tool: ConcreteTool; found: Measurement[] };
    if (isDirectory) {
      if (tool !== 'auto' && tool !== 'criterion') {
        throw new ConfigurationError(`${label} is a directory; only tool 'criterion' (or 'auto') reads a directory`);
      }
      result = { tool: 'criterion', found: await parseCriterion(INPUT, given, label) };
    } else {
      const text = await readUserFile(INPUT, given, { maxBytes: MAX_OUTPUT_BYTES, what: 'benchmark output' });
      result = await parseOutput({ given, file, label, text }, tool);
    }
    if (result.found.length === 0) {
      throw new ConfigurationError(
        `${label}: no benchmark results found in this ${result.tool} output${tool === 'auto' ? '' : ` (tool: ${tool})`}`,
      );
    }
    checkFinite(result.found, label);
    tools.add(result.tool);
    all.push(...result.found);
  }
  return { measurements: mergeRepeats(all), tools: [...tools] };
}
