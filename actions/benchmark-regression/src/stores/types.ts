import type { HistoryDocument } from '../history.ts';

/** Where a suite's history lives between runs. */
export interface HistoryStore {
  /** Human-readable location for logs and the summary. */
  readonly description: string;
  /** The stored history; `branches` are the ones worth reading, most wanted first. */
  load(branches: readonly string[]): Promise<HistoryDocument>;
  /** Apply `update` to the latest stored history and store the result for `branch`. */
  save(branch: string, update: (doc: HistoryDocument) => HistoryDocument): Promise<void>;
}
