import type { HistoryDocument } from '../history.ts';

/** The input that names the history file, for messages. */
export const HISTORY_INPUT = 'history-path';
/** A history is bounded by max-history and sample sketches; a bigger file is not one. */
export const MAX_HISTORY_BYTES = 64 * 1024 * 1024;

/** Where a suite's history lives between runs. */
export interface HistoryStore {
  /** Human-readable location for logs and the summary. */
  readonly description: string;
  /** The stored history; `branches` are the ones worth reading, most wanted first. */
  load(branches: readonly string[]): Promise<HistoryDocument>;
  /**
   * Apply `update` to the latest stored history and store the result for `branch`. Resolves to what
   * happened, for the log ("Saved ...", or why it was not saved when that is not a failure of the step).
   */
  save(branch: string, update: (doc: HistoryDocument) => HistoryDocument): Promise<string>;
}
