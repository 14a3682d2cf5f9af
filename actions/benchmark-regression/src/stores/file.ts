import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '@archway/kit';
import { emptyHistory, type HistoryDocument, parseHistory } from '../history.ts';
import type { HistoryStore } from './types.ts';

/** History in a JSON file of the workspace, which the workflow keeps (commits, uploads, caches) itself. */
export function fileStore(workspace: string, historyPath: string): HistoryStore {
  const file = path.resolve(workspace, historyPath);
  const read = (): HistoryDocument => {
    if (!existsSync(file)) return emptyHistory();
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new ConfigurationError(`Input 'history-path' (${historyPath}) is not valid JSON: ${(error as Error).message}`);
    }
    return parseHistory(value, `Input 'history-path' (${historyPath})`);
  };
  return {
    description: `the file ${historyPath}`,
    async load() {
      return read();
    },
    async save(_branch, update) {
      const next = update(read());
      mkdirSync(path.dirname(file), { recursive: true });
      // Write beside and rename, so a cancelled step never leaves half a history behind.
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, `${JSON.stringify(next)}\n`);
      renameSync(temporary, file);
    },
  };
}
