import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { git, seededRemote } from '../../../../test/helpers/git.ts';
import { addEntry, entriesOf, type HistoryEntry } from '../history.ts';
import { branchStore } from './branch.ts';

/** A bare remote with a main branch and a gh-pages branch that already holds a site, and `count` clones. */
function remoteWithClones(count: number): { remote: string; clones: string[] } {
  const seeded = seededRemote('bench-branch', { 'gh-pages': { 'index.html': '<p>site</p>\n' } });
  return { remote: seeded.remote, clones: Array.from({ length: count }, (_, i) => seeded.clone(`clone${i}`)) };
}

const entry = (commit: string): HistoryEntry => ({
  commit,
  branch: 'main',
  date: new Date().toISOString(),
  benchmarks: { fib: { value: 1, unit: 'ns', better: 'smaller' } },
});

describe('branch store', () => {
  it('concurrent jobs all land their runs on the data branch, keeping its other files and the workspace untouched', async () => {
    const { remote, clones } = remoteWithClones(5);
    const before = clones.map((c) => git(c, 'status', '--porcelain', '--branch'));
    const stores = clones.map((workspace) => branchStore({ workspace, branch: 'gh-pages', historyPath: 'dev/bench/history.json' }));
    await Promise.all(stores.map((store, i) => store.save('main', (doc) => addEntry(doc, entry(`job${i}`), 100))));
    const doc = await stores[0]?.load(['main']);
    assert.ok(doc);
    assert.deepEqual(
      entriesOf(doc, 'main')
        .map((e) => e.commit)
        .sort(),
      ['job0', 'job1', 'job2', 'job3', 'job4'],
    );
    assert.equal(git(remote, 'show', 'gh-pages:index.html'), '<p>site</p>');
    assert.deepEqual(
      clones.map((c) => git(c, 'status', '--porcelain', '--branch')),
      before,
    );
    assert.equal(readFileSync(path.join(clones[0] as string, 'main.c'), 'utf8'), 'int main(void) { return 0; }\n');
  });

  it('reads nothing from a data branch that does not exist yet, then creates it', async () => {
    const { remote, clones } = remoteWithClones(1);
    const store = branchStore({ workspace: clones[0] as string, branch: 'benchmark-data', historyPath: 'history.json' });
    assert.deepEqual((await store.load(['main'])).entries, []);
    await store.save('main', (doc) => addEntry(doc, entry('first'), 10));
    assert.match(git(remote, 'show', 'benchmark-data:history.json'), /"commit":"first"/);
  });

  it('outside a git checkout it says what to do', async () => {
    const store = branchStore({
      workspace: mkdtempSync(path.join(os.tmpdir(), 'bench-nogit-')),
      branch: 'gh-pages',
      historyPath: 'h.json',
    });
    await assert.rejects(store.load(['main']), /the workspace is not a git repository: check the repository out first/);
  });
});

describe('branch store paths', () => {
  it('refuses a history path that is not a plain path inside the data branch, naming the input', () => {
    for (const bad of ['../../etc/x.json', '/etc/x.json', 'dev/../x.json', 'dev//x.json', '.git/config', 'dev\\x.json']) {
      assert.throws(
        () => branchStore({ workspace: '.', branch: 'gh-pages', historyPath: bad }),
        /^ConfigurationError: Input 'history-path' has /,
        bad,
      );
    }
    assert.doesNotThrow(() => branchStore({ workspace: '.', branch: 'gh-pages', historyPath: 'dev/bench/history.json' }));
  });
});
