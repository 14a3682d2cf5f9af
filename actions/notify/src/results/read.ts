import path from 'node:path';
import { ConfigurationError, errorMessage } from '@archway/kit';
import { FILE_LIMITS, findUserFiles, readUserFile, workspaceDir } from '@archway/kit/files';
import { benchmarkReader } from './formats/benchmark.ts';
import { bootReader } from './formats/boot.ts';
import type { FormatReader } from './formats/format.ts';
import { gateReader } from './formats/gate.ts';
import { hardwareReader } from './formats/hardware.ts';
import { sbomReader } from './formats/sbom.ts';
import { emptyResults, type Results } from './results.ts';

const READERS: readonly FormatReader[] = [gateReader, benchmarkReader, sbomReader, bootReader, hardwareReader];
const KNOWN = READERS.flatMap((r) => r.formats.map((f) => `${f} (${r.what})`)).join(', ');

/** Every result file the patterns match, each read by the reader its `format` field names. */
export async function readResults(input: string, patterns: readonly string[]): Promise<Results> {
  const results = emptyResults();
  if (patterns.length === 0) return results;
  const files = await findUserFiles(input, patterns, { maxFiles: 1000 });
  if (files.length === 0) throw new ConfigurationError(`Input '${input}' matched no file (${patterns.join(', ')})`);
  for (const file of files) {
    const shown = path.relative(workspaceDir(), file);
    const text = await readUserFile(input, file, { maxBytes: FILE_LIMITS.data, what: 'result file' });
    await readResultText(text, shown, results).catch((error: unknown) => {
      throw error instanceof ConfigurationError
        ? new ConfigurationError(`Input '${input}': ${error.message.charAt(0).toLowerCase()}${error.message.slice(1)}`)
        : error;
    });
  }
  return results;
}

/** One result file's text, added to `into`. */
export async function readResultText(text: string, file: string, into: Results): Promise<void> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`The result file ${file} is not JSON: ${errorMessage(error)}`);
  }
  const format = (value as { format?: unknown } | null)?.format;
  const reader = READERS.find((r) => r.formats.includes(format as string));
  if (!reader) {
    const got = typeof format === 'string' ? `has the format '${format.slice(0, 80)}'` : "has no 'format' field";
    throw new ConfigurationError(`The result file ${file} ${got}; notify reads ${KNOWN}`);
  }
  await reader.read(value, file, into);
}
