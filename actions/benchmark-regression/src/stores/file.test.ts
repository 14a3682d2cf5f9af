import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { addEntry } from '../history.ts';
import { fileStore } from './file.ts';

describe('file store', () => {
  it('starts empty, then keeps each saved run in the workspace file, leaving no temporary file', async () => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'bench-file-'));
    process.env.GITHUB_WORKSPACE = workspace;
    const store = fileStore('perf/history.json');
    assert.deepEqual((await store.load(['main'])).entries, []);
    for (const commit of ['a', 'b']) {
      await store.save('main', (doc) =>
        addEntry(
          doc,
          { commit, branch: 'main', date: '2026-01-01T00:00:00Z', benchmarks: { x: { value: 1, unit: 'ns', better: 'smaller' } } },
          10,
        ),
      );
    }
    assert.deepEqual(
      (await store.load(['main'])).entries.map((e) => e.commit),
      ['a', 'b'],
    );
    assert.deepEqual(readdirSync(path.join(workspace, 'perf')), ['history.json']);
  });

  it('refuses to read, and so to overwrite, a file that is not a history', async () => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'bench-file-'));
    process.env.GITHUB_WORKSPACE = workspace;
    writeFileSync(path.join(workspace, 'package.json'), '{"name": "mine"}');
    const store = fileStore('package.json');
    await assert.rejects(
      store.save('main', (doc) => doc),
      /Input 'history-path' \(package.json\) is not a benchmark history/,
    );
    assert.equal(readFileSync(path.join(workspace, 'package.json'), 'utf8'), '{"name": "mine"}');
    writeFileSync(path.join(workspace, 'broken.json'), '{');
    await assert.rejects(fileStore('broken.json').load(['main']), /Input 'history-path' \(broken.json\) is not valid JSON/);
  });
});

describe('file store paths', () => {
  it('refuses a history path outside the workspace, directly or through a symlink, and writes nothing there', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'bench-file-'));
    const workspace = path.join(root, 'ws');
    mkdirSync(workspace);
    mkdirSync(path.join(root, 'outside'));
    symlinkSync(path.join(root, 'outside'), path.join(workspace, 'link'));
    process.env.GITHUB_WORKSPACE = workspace;
    const save = (p: string) => fileStore(p).save('main', (doc) => doc);
    await assert.rejects(
      save('../outside/x.json'),
      /^ConfigurationError: Input 'history-path' has '\.\.\/outside\/x\.json': the path is outside the workspace/,
    );
    await assert.rejects(
      save('link/x.json'),
      /Input 'history-path' has 'link\/x\.json': the path is outside the workspace .* through a symlink/,
    );
    assert.deepEqual(readdirSync(path.join(root, 'outside')), []);
  });
});
