import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempWorkspace } from './workspace.ts';

/** git with a fixed identity and default branch, so tests behave alike on every machine. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=dev', '-c', 'user.email=dev@example.com', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();
}

export interface SeededRemote {
  root: string;
  /** A bare repository standing in for the remote (no network). */
  remote: string;
  /** A fresh clone of the remote at `root/<name>`. */
  clone(name: string): string;
}

/**
 * A bare remote seeded with a main branch and, for each entry of `branches`, an orphan branch holding
 * those files (e.g. a gh-pages site).
 */
export function seededRemote(prefix: string, branches: Record<string, Record<string, string>> = {}): SeededRemote {
  const root = tempWorkspace(prefix);
  const remote = path.join(root, 'remote.git');
  git(root, 'init', '--bare', '-q', remote);
  const seed = path.join(root, 'seed');
  git(root, 'clone', '-q', remote, seed);
  writeFileSync(path.join(seed, 'main.c'), 'int main(void) { return 0; }\n');
  git(seed, 'add', '.');
  git(seed, 'commit', '-q', '-m', 'init');
  git(seed, 'push', '-q', 'origin', 'main');
  for (const [branch, files] of Object.entries(branches)) {
    git(seed, 'checkout', '-q', '--orphan', branch);
    git(seed, 'rm', '-q', '-rf', '.');
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(seed, name), content);
    git(seed, 'add', '.');
    git(seed, 'commit', '-q', '-m', branch);
    git(seed, 'push', '-q', 'origin', branch);
  }
  return {
    root,
    remote,
    clone(name) {
      const dir = path.join(root, name);
      git(root, 'clone', '-q', remote, dir);
      return dir;
    },
  };
}
