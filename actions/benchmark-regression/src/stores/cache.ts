import { restoreJson, saveJson } from '@archway/kit/cache-store';
import { emptyHistory, type HistoryDocument, parseHistory } from '../history.ts';
import type { HistoryStore } from './types.ts';

/**
 * History in the Actions cache, one line per branch (a new immutable entry per run). A pull request
 * restores its base branch's newest entry; a push restores its own branch's, falling back to the default
 * branch's, and saves its own. The cache is an aid: when it cannot be reached the run is judged on what
 * it has and the log says the run was not saved.
 */
export function cacheStore(suite: string): HistoryStore {
  const namespace = `benchmark-regression-${suite}`;
  let loaded: HistoryDocument | undefined;
  return {
    description: 'the Actions cache',
    async load(branches) {
      const restored = await restoreJson<unknown>(namespace, branches);
      loaded = restored ? parseHistory(restored.value, `The cached history (${restored.key})`) : emptyHistory();
      return loaded;
    },
    async save(branch, update) {
      const key = await saveJson(namespace, branch, update(loaded ?? emptyHistory()));
      return key
        ? `Saved this run to the Actions cache (${key}).`
        : 'This run was not saved: the Actions cache is not available here or did not take it (see above).';
    },
  };
}
