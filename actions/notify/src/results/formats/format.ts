import type { Results } from '../results.ts';

/**
 * One kind of result file, recognised by its `format` field. A new kind plugs in by adding a reader to
 * READERS in read.ts: it validates the parsed JSON (through the kit's contract where one exists) and adds
 * what notify shows to the results.
 */
export interface FormatReader {
  /** The `format` values this reader accepts, current first. */
  formats: readonly string[];
  /** What the file is, for messages. */
  what: string;
  read(value: unknown, file: string, into: Results): Promise<void>;
}
