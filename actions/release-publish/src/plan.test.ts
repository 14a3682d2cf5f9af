import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { archiveBaseName, githubAssetName } from './asset-names.ts';
import { eachLimited } from './assets.ts';
import { commonDirectory, planAssets } from './plan.ts';

function workspace(files: string[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'plan-'));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), `${file}\n`);
  }
  return dir;
}

const options = (dir: string, files: string[], archive: 'none' | 'tar.gz' = 'none') => ({
  files: files.map((f) => path.join(dir, f)),
  archive,
  archiveName: '{name}-{version}-{target}',
  naming: { name: 'kernel', version: '1.0.0', tag: 'v1.0.0', target: '' },
  strip: false,
  target: '',
  mtime: async () => 0,
  workspace: dir,
  scratch: path.join(dir, '.scratch'),
  algorithms: ['sha256', 'md5'] as const,
});

describe('planning assets', () => {
  it('names files as GitHub will and refuses two with one name', async () => {
    assert.equal(githubAssetName('my image (final).bin'), 'my.image..final..bin');
    assert.equal(githubAssetName('.hidden.'), 'hidden');
    const dir = workspace(['a/fw.bin', 'b/fw.bin']);
    await assert.rejects(
      planAssets(options(dir, ['a/fw.bin', 'b/fw.bin'])),
      /Input 'assets' gives two files the asset name 'fw\.bin': a\/fw\.bin and b\/fw\.bin/,
    );
  });

  it('digests every asset in each algorithm asked for, sha256 always', async () => {
    const dir = workspace(['out/one.bin']);
    const plan = await planAssets(options(dir, ['out/one.bin']));
    assert.equal(plan.assets.length, 1);
    assert.equal(plan.assets[0]?.sha256.length, 64);
    assert.deepEqual(Object.keys(plan.digests.get('one.bin') ?? {}).sort(), ['md5', 'sha256']);
  });

  it('an archive takes every file under one top directory; an empty target leaves no dangling dash', async () => {
    const dir = workspace(['out/bin/x', 'out/share/y']);
    assert.equal(commonDirectory([path.join(dir, 'out/bin/x'), path.join(dir, 'out/share/y')]), path.join(dir, 'out'));
    const plan = await planAssets(options(dir, ['out/bin/x', 'out/share/y'], 'tar.gz'));
    assert.deepEqual(
      plan.assets.map((a) => a.name),
      ['kernel-1.0.0.tar.gz'],
    );
    assert.equal(archiveBaseName('{name}-{target}-{version}', { name: 'k', version: '1', tag: 'v1', target: '' }), 'k-1');
  });

  it('bounded concurrency: never more than the limit at once, every item done', async () => {
    let running = 0;
    let peak = 0;
    const done = await eachLimited([...Array(20).keys()], 4, async (i) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5 + (i % 3)));
      running--;
      return i * 2;
    });
    assert.equal(peak, 4);
    assert.deepEqual(
      done,
      [...Array(20).keys()].map((i) => i * 2),
    );
  });
});
