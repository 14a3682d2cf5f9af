import { rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError, errorMessage } from '@archway/kit';
import { emptyHistory, type HistoryDocument, parseHistory } from '../history.ts';
import { HISTORY_INPUT, type HistoryStore, MAX_HISTORY_BYTES } from './types.ts';

/**
 * History in a JSON file of the workspace, which the workflow keeps (commits, uploads, caches) itself.
 * The path is the user's, so it is resolved, read and written through the kit's safe file access: inside
 * the workspace, a regular file, never written through a symlink.
 */
export function fileStore(historyPath: string): HistoryStore {
  const label = `Input '${HISTORY_INPUT}' (${historyPath})`;
  const read = async (): Promise<HistoryDocument> => {
    const { readUserFile, resolveUserPath } = await import('@archway/kit/files');
    const file = await resolveUserPath(HISTORY_INPUT, historyPath);
    if (
      !(await stat(file).then(
        () => true,
        () => false,
      ))
    )
      return emptyHistory();
    const text = await readUserFile(HISTORY_INPUT, historyPath, { maxBytes: MAX_HISTORY_BYTES, what: 'history file' });
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new ConfigurationError(`${label} is not valid JSON: ${errorMessage(error)}`);
    }
    return parseHistory(value, label);
  };
  return {
    description: `the file ${historyPath}`,
    load: read,
    async save(_branch, update) {
      const { resolveUserPath, writeUserFile } = await import('@archway/kit/files');
      const next = update(await read());
      const file = await resolveUserPath(HISTORY_INPUT, historyPath);
      // Write beside and rename, so a cancelled step never leaves half a history behind.
      const temporary = path.join(path.dirname(historyPath), `.${path.basename(historyPath)}.${process.pid}.tmp`);
      const written = await writeUserFile(HISTORY_INPUT, temporary, `${JSON.stringify(next)}\n`, { roots: ['workspace'] });
      try {
        await rename(written, file);
      } catch (error) {
        await rm(written, { force: true });
        throw new ConfigurationError(`${label}: cannot replace the history file: ${errorMessage(error)}`);
      }
      return `Saved this run to ${historyPath}.`;
    },
  };
}
