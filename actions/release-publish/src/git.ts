import { ConfigurationError, runProcess } from '@archway/kit';

/** One commit as `git log` tells it. */
export interface GitCommit {
  sha: string;
  authorName: string;
  authorEmail: string;
  /** The whole message: subject, blank line, body and trailers. */
  message: string;
}

const FIELD = '\x1f';
const RECORD = '\x1e';

async function git(cwd: string, args: string[]): Promise<string> {
  const result = await runProcess('git', ['-c', 'safe.directory=*', ...args], { cwd, timeoutMs: 60_000 });
  if (result.exitCode !== 0) {
    throw new ConfigurationError(
      `git ${args.join(' ')} failed in ${cwd} (${result.stderr.trim() || `exit ${result.exitCode}`}); the changelog and version need the repository with its history and tags: use actions/checkout with fetch-depth: 0`,
    );
  }
  return result.stdout;
}

/** Whether the workspace is a git work tree (a release of prebuilt files may run without one). */
export async function isRepository(cwd: string): Promise<boolean> {
  const result = await runProcess('git', ['-c', 'safe.directory=*', 'rev-parse', '--is-inside-work-tree'], { cwd, timeoutMs: 30_000 });
  return result.exitCode === 0 && result.stdout.trim() === 'true';
}

/** The commit a ref names, or undefined when it names none. */
export async function resolveCommit(cwd: string, ref: string): Promise<string | undefined> {
  const result = await runProcess('git', ['-c', 'safe.directory=*', 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {
    cwd,
    timeoutMs: 30_000,
  });
  return result.exitCode === 0 ? result.stdout.trim() : undefined;
}

/** The tags whose commits are ancestors of (or equal to) `ref`. */
export async function tagsMergedInto(cwd: string, ref: string): Promise<string[]> {
  const out = await git(cwd, ['tag', '--merged', ref]);
  return out.split('\n').filter((line) => line !== '');
}

/** The commits in `from..to` (everything reachable from `to` when `from` is undefined), newest first. */
export async function commitsBetween(cwd: string, from: string | undefined, to: string): Promise<GitCommit[]> {
  const range = from ? `${from}..${to}` : to;
  const out = await git(cwd, ['log', '--no-merges', `--format=%H${FIELD}%an${FIELD}%ae${FIELD}%B${RECORD}`, range, '--']);
  return out
    .split(RECORD)
    .map((record) => record.replace(/^\n/, ''))
    .filter((record) => record.trim() !== '')
    .map((record) => {
      const [sha = '', authorName = '', authorEmail = '', message = ''] = record.split(FIELD);
      return { sha, authorName, authorEmail, message: message.trim() };
    });
}

/** The committer time of a commit in seconds since the epoch: archives' modification time. */
export async function commitTime(cwd: string, ref: string): Promise<number> {
  return Number((await git(cwd, ['log', '-1', '--format=%ct', ref, '--'])).trim());
}
