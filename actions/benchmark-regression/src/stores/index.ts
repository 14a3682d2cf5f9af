import { inputError } from '@archway/kit';
import { branchStore } from './branch.ts';
import { cacheStore } from './cache.ts';
import { fileStore } from './file.ts';
import type { HistoryStore } from './types.ts';

export type Storage = 'cache' | 'branch' | 'file';

export interface StoreOptions {
  suite: string;
  workspace: string;
  dataBranch: string;
  historyPath: string;
  /** The `data-branch-is-code` input: the user accepts history commits on a branch that holds code. */
  dataOnCodeBranch: boolean;
  /** The branches that hold the project's code here: the checked-out one and the default one. */
  codeBranches: readonly string[];
}

export function openStore(storage: Storage, o: StoreOptions): HistoryStore {
  switch (storage) {
    case 'cache':
      return cacheStore(o.suite);
    case 'branch':
      if (!o.dataOnCodeBranch && o.codeBranches.includes(o.dataBranch)) {
        throw inputError(
          'data-branch',
          o.dataBranch,
          "it is the checked-out or the default branch, so the history would be committed onto the project's code; " +
            "name a branch of its own (e.g. gh-pages or benchmark-data), or set 'data-branch-is-code: true' if that is really meant",
        );
      }
      return branchStore({ workspace: o.workspace, branch: o.dataBranch, historyPath: o.historyPath });
    case 'file':
      return fileStore(o.historyPath);
  }
}

export type { HistoryStore } from './types.ts';
