import { branchStore } from './branch.ts';
import { cacheStore } from './cache.ts';
import { fileStore } from './file.ts';
import type { HistoryStore } from './types.ts';

export type Storage = 'cache' | 'branch' | 'file';

export function openStore(
  storage: Storage,
  o: { suite: string; workspace: string; dataBranch: string; historyPath: string },
): HistoryStore {
  switch (storage) {
    case 'cache':
      return cacheStore(o.suite);
    case 'branch':
      return branchStore({ workspace: o.workspace, branch: o.dataBranch, historyPath: o.historyPath });
    case 'file':
      return fileStore(o.workspace, o.historyPath);
  }
}

export type { HistoryStore } from './types.ts';
