import { ConfigurationError, errorMessage } from '@archway/kit';
import { FILE_LIMITS, openUserStream, readLines } from '@archway/kit/files';

/** The lines of a text report with their numbers, through the kit's reader, which refuses an overlong line. */
export async function* reportLines(file: string, label: string, input: string): AsyncGenerator<[string, number]> {
  const { stream } = await openUserStream(input, file, { maxBytes: FILE_LIMITS.report, what: 'report' });
  let number = 0;
  try {
    for await (const line of readLines(stream, { input, file: label, maxLineBytes: FILE_LIMITS.line })) {
      number++;
      yield [number === 1 ? line.replace(/^\uFEFF/, '') : line, number];
    }
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(`${label}: cannot read (${errorMessage(error)})`);
  } finally {
    stream.destroy();
  }
}

/** One JSON object per line; blank lines and lines that are not JSON objects (tool noise) are skipped. */
export async function* jsonLines(file: string, label: string, input: string): AsyncGenerator<[Record<string, unknown>, number]> {
  for await (const [line, number] of reportLines(file, label, input)) {
    const text = line.trim();
    if (!text.startsWith('{')) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new ConfigurationError(`${label}: line ${number} is not valid JSON (${errorMessage(error).split('\n')[0]})`);
    }
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) yield [value as Record<string, unknown>, number];
  }
}
