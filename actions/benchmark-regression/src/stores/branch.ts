import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { ConfigurationError, errorMessage, inputError } from '@archway/kit';
import { type ProcessResult, runProcess } from '@archway/kit/process';
import { emptyHistory, type HistoryDocument, parseHistory } from '../history.ts';
import { HISTORY_INPUT, type HistoryStore } from './types.ts';

export interface BranchStoreOptions {
  workspace: string;
  /** The data branch, e.g. gh-pages. */
  branch: string;
  /** The history file's path inside the data branch. */
  historyPath: string;
  remote?: string;
  /** Push attempts before giving up when other jobs keep winning the race. */
  attempts?: number;
}

const BOT = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
const REJECTED = /non-fast-forward|fetch first|\[rejected\]|stale info|failed to update ref|cannot lock ref|incorrect old value/i;

/**
 * History in a file on a data branch (gh-pages or a dedicated one) of the checked-out repository. Commits
 * are made with plumbing (hash-object, a private index, commit-tree), so the workspace's working tree,
 * index and checked-out branch are never touched, and the branch's other files are kept. When another job
 * pushed first, the push is refused; the store then fetches the new tip, applies its update to that
 * history again and retries, so concurrent jobs all land their runs.
 */
export function branchStore(options: BranchStoreOptions): HistoryStore {
  checkDataPath(options.historyPath);
  const remote = options.remote ?? 'origin';
  const localRef = `refs/archway/benchmark-data/${options.branch}`;
  const label = `The history file ${options.historyPath} on branch ${options.branch}`;

  const git = async (args: string[], extra: { input?: string; env?: Record<string, string> } = {}): Promise<ProcessResult> =>
    runProcess('git', ['-C', options.workspace, ...args], {
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...extra.env },
      ...(extra.input === undefined ? {} : { input: extra.input }),
      timeoutMs: 120_000,
    });
  const must = async (args: string[], extra?: { input?: string; env?: Record<string, string> }): Promise<string> => {
    const result = await git(args, extra);
    if (result.exitCode !== 0) {
      throw new ConfigurationError(
        `Could not record the benchmark history: git ${args[0]} failed: ${result.stderr.trim() || result.stdout.trim()}`,
      );
    }
    return result.stdout.trim();
  };

  /** Fetch the data branch's tip into a private ref; undefined when the branch does not exist yet. */
  const fetchTip = async (): Promise<string | undefined> => {
    if ((await git(['rev-parse', '--git-dir'])).exitCode !== 0) {
      throw new ConfigurationError(
        `Input 'storage' is 'branch', but the workspace is not a git repository: check the repository out first (actions/checkout)`,
      );
    }
    const fetched = await git(['fetch', '--no-tags', '--quiet', remote, `+refs/heads/${options.branch}:${localRef}`]);
    if (fetched.exitCode !== 0) {
      if (/couldn't find remote ref|no such ref/i.test(fetched.stderr)) return undefined;
      throw new ConfigurationError(`Could not fetch branch ${options.branch} from ${remote}: ${fetched.stderr.trim()}`);
    }
    return must(['rev-parse', localRef]);
  };

  const readAt = async (tip: string | undefined): Promise<HistoryDocument> => {
    if (!tip) return emptyHistory();
    const shown = await git(['show', `${tip}:${options.historyPath}`]);
    if (shown.exitCode !== 0) return emptyHistory();
    try {
      return parseHistory(JSON.parse(shown.stdout), label);
    } catch (error) {
      if (error instanceof ConfigurationError) throw error;
      throw new ConfigurationError(`${label} is not valid JSON: ${errorMessage(error)}`);
    }
  };

  const commitOnto = async (tip: string | undefined, doc: HistoryDocument, message: string): Promise<string> => {
    const blob = await must(['hash-object', '-w', '--stdin'], { input: `${JSON.stringify(doc)}\n` });
    const scratch = mkdtempSync(path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), 'benchmark-index-'));
    try {
      const env = { GIT_INDEX_FILE: path.join(scratch, 'index') };
      await must(tip ? ['read-tree', tip] : ['read-tree', '--empty'], { env });
      await must(['update-index', '--add', '--cacheinfo', `100644,${blob},${options.historyPath}`], { env });
      const tree = await must(['write-tree'], { env });
      const identity = {
        GIT_AUTHOR_NAME: BOT.name,
        GIT_AUTHOR_EMAIL: BOT.email,
        GIT_COMMITTER_NAME: BOT.name,
        GIT_COMMITTER_EMAIL: BOT.email,
      };
      return await must(['commit-tree', tree, ...(tip ? ['-p', tip] : []), '-m', message], { env: identity });
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  };

  return {
    description: `${options.historyPath} on branch ${options.branch}`,
    async load() {
      return readAt(await fetchTip());
    },
    async save(branch, update) {
      const attempts = options.attempts ?? 8;
      for (let attempt = 1; attempt <= attempts; attempt++) {
        const tip = await fetchTip();
        const next = update(await readAt(tip));
        const commit = await commitOnto(tip, next, `Benchmark history: ${options.historyPath} for ${branch}`);
        const pushed = await git(['push', '--quiet', remote, `${commit}:refs/heads/${options.branch}`]);
        if (pushed.exitCode === 0) return `Saved this run to ${options.historyPath} on branch ${options.branch}.`;
        if (!REJECTED.test(pushed.stderr)) {
          throw new ConfigurationError(
            `Could not push the benchmark history to ${options.branch} (the job needs 'contents: write' and checked-out credentials): ${pushed.stderr.trim()}`,
          );
        }
        core.info(`Another job updated ${options.branch} first; merging with its history and retrying (${attempt}/${attempts}).`);
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt + Math.random() * 400));
      }
      throw new ConfigurationError(
        `Could not push the benchmark history to ${options.branch} after ${attempts} attempts: other jobs kept updating it`,
      );
    },
  };
}

/**
 * The history file's path inside the data branch, as git stores paths: relative, '/'-separated, with no
 * '.', '..' or empty part and nothing under .git. Anything else would make git refuse it (or, worse, mean
 * a place outside the tree), so it is refused here with the input's name.
 */
export function checkDataPath(historyPath: string): void {
  const parts = historyPath.split('/');
  const bad =
    historyPath.startsWith('/') ||
    historyPath.includes('\\') ||
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused.
    /[\0-\x1f]/.test(historyPath) ||
    parts.some((p) => p === '' || p === '.' || p === '..' || p.toLowerCase() === '.git');
  if (bad) {
    throw inputError(
      HISTORY_INPUT,
      historyPath,
      "expected a path inside the data branch, relative and '/'-separated (e.g. dev/bench/history.json), without '.', '..' or empty parts",
    );
  }
}
