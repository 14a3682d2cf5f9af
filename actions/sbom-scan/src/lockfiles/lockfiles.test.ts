import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { LockfileReading, LockfileSource } from '../model.ts';
import { readCargoLock } from './cargo.ts';
import { mergeComponents, readLockfiles } from './discover.ts';
import { readGoMod } from './go.ts';
import { readPackageLock } from './npm.ts';
import { readPnpmLock } from './pnpm.ts';
import { readPoetryLock, readRequirements, readUvLock } from './python.ts';
import { readYarnLock } from './yarn.ts';

const fixtures = path.resolve(import.meta.dirname, '../../../../test/fixtures/lockfiles');

type Reader = (source: LockfileSource) => Promise<LockfileReading>;

async function readFixture(reader: Reader, folder: string, file: string) {
  const full = path.join(fixtures, folder, file);
  return reader({
    path: `${folder}/${file}`,
    text: await readFile(full, 'utf8'),
    sibling: (name) => readFile(path.join(path.dirname(full), name), 'utf8').catch(() => undefined),
  });
}

function fromText(reader: Reader, file: string, text: string, siblings: Record<string, string> = {}) {
  return reader({ path: file, text, sibling: async (name) => siblings[name] });
}

interface Expected {
  lockfile: string;
  components: number;
  dev: string[];
}

const READERS: [string, Reader][] = [
  ['npm-app', readPackageLock],
  ['npm-v1', readPackageLock],
  ['pnpm-app', readPnpmLock],
  ['yarn-classic', readYarnLock],
  ['yarn-berry', readYarnLock],
  ['cargo-ripgrep', readCargoLock],
  ['python-requirements', readRequirements],
];

describe('lockfile readers on real lockfiles', () => {
  for (const [folder, reader] of READERS) {
    it(`${folder}: the independent count written beside it, dev scopes and a line for each package`, async () => {
      const expected = JSON.parse(await readFile(path.join(fixtures, folder, 'expected.json'), 'utf8')) as Expected;
      const reading = await readFixture(reader, folder, expected.lockfile);
      const components = mergeComponents(reading.components);
      assert.equal(components.length, expected.components);
      assert.deepEqual(
        components
          .filter((c) => c.dev)
          .map((c) => `${c.name}@${c.version}`)
          .sort(),
        expected.dev,
      );
      assert.deepEqual(reading.warnings, []);
      for (const c of components) {
        assert.ok(c.line && c.line > 0, `${c.purl} has no line`);
        assert.ok(c.purl.includes(`@${encodeURIComponent(c.version).replace(/%2B/g, '+')}`) || c.purl.includes(c.version), c.purl);
      }
    });
  }

  it('npm, pnpm and yarn lockfiles of one package.json agree on the packages they share and on purls', async () => {
    const sets = await Promise.all(
      (
        [
          ['npm-app', readPackageLock, 'package-lock.json'],
          ['pnpm-app', readPnpmLock, 'pnpm-lock.yaml'],
          ['yarn-classic', readYarnLock, 'yarn.lock'],
          ['yarn-berry', readYarnLock, 'yarn.lock'],
        ] as const
      ).map(
        async ([folder, reader, file]) => new Set(mergeComponents((await readFixture(reader, folder, file)).components).map((c) => c.purl)),
      ),
    );
    const [npm, pnpm, classic, berry] = sets as [Set<string>, Set<string>, Set<string>, Set<string>];
    assert.deepEqual(pnpm, classic);
    assert.deepEqual(classic, berry);
    // npm deduped two packages the others keep twice (README.md beside the fixtures).
    assert.deepEqual(
      [...pnpm].filter((p) => !npm.has(p)),
      ['pkg:npm/http-errors@1.7.3', 'pkg:npm/inherits@2.0.4'],
    );
    assert.deepEqual(
      [...npm].filter((p) => !pnpm.has(p)),
      [],
    );
    assert.ok(npm.has('pkg:npm/%40babel/code-frame@7.12.13'));
  });

  it('npm: integrity becomes a SHA-512 hex hash, direct dependencies are marked, the graph is kept', async () => {
    const components = mergeComponents((await readFixture(readPackageLock, 'npm-app', 'package-lock.json')).components);
    const lodash = components.find((c) => c.name === 'lodash');
    assert.equal(lodash?.version, '4.17.20');
    assert.equal(lodash?.hashes[0]?.alg, 'SHA-512');
    assert.match(lodash?.hashes[0]?.content ?? '', /^[0-9a-f]{128}$/);
    assert.deepEqual(
      components
        .filter((c) => c.direct)
        .map((c) => c.name)
        .sort(),
      ['@babel/code-frame', 'debug', 'express', 'lodash', 'minimist', 'semver'],
    );
    const semver = components.find((c) => c.name === 'semver' && c.version === '7.5.1');
    assert.deepEqual(semver?.dependsOn, ['pkg:npm/lru-cache@6.0.0']);
  });

  it('Cargo.lock: workspace crates are not components, crates.io checksums are SHA-256, two versions of one crate both kept', async () => {
    const components = (await readFixture(readCargoLock, 'cargo-ripgrep', 'Cargo.lock')).components;
    assert.equal(
      components.some((c) => c.name === 'ripgrep' || c.name.startsWith('grep')),
      false,
    );
    const syn = components.filter((c) => c.name === 'syn').map((c) => c.purl);
    assert.equal(syn.length, 2);
    assert.ok(
      components.every((c) => c.hashes.length === 1 && c.hashes[0]?.alg === 'SHA-256' && /^[0-9a-f]{64}$/.test(c.hashes[0].content)),
    );
    const serde = components.find((c) => c.name === 'serde');
    assert.equal(serde?.direct, true);
    const memchr = components.find((c) => c.name === 'memchr');
    assert.equal(memchr?.purl, `pkg:cargo/memchr@${memchr?.version}`);
  });

  it('requirements.txt: pinned lines are packages with their line; an unpinned one is a warning; a broken one names its line', async () => {
    const reading = await fromText(
      readRequirements,
      'requirements.txt',
      [
        '# comment',
        'Requests==2.19.1 \\',
        '    --hash=sha256:63b52e3c866428a224f97cab011de738c36aec0185aa91cfacd418b5d58911d1',
        'flask>=2',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      reading.components.map((c) => [c.name, c.version, c.purl, c.line, c.hashes.length]),
      [['requests', '2.19.1', 'pkg:pypi/requests@2.19.1', 2, 1]],
    );
    assert.equal(reading.warnings.length, 1);
    assert.match(reading.warnings[0] as string, /requirements\.txt:4: 'flask>=2' is not pinned/);
    await assert.rejects(
      fromText(readRequirements, 'sub/requirements.txt', 'requests==2.19.1\n!!broken\n'),
      /Lockfile sub\/requirements\.txt cannot be read at line 2/,
    );
  });

  it('poetry.lock and uv.lock: packages at their name line, dev groups from the project, broken TOML with its line', async () => {
    const poetry = await fromText(
      readPoetryLock,
      'poetry.lock',
      [
        '[[package]]',
        'name = "Requests"',
        'version = "2.31.0"',
        'files = [{file = "requests-2.31.0.tar.gz", hash = "sha256:942c5a758f98d790eaed1a29cb6eefc7ffb0d1cf7af05c3d2791656dbd6ad1e1"}]',
        '[package.dependencies]',
        'idna = ">=2.5,<4"',
        '',
        '[[package]]',
        'name = "idna"',
        'version = "3.4"',
        'files = []',
        '',
        '[[package]]',
        'name = "pytest"',
        'version = "7.4.0"',
        'files = []',
        '',
      ].join('\n'),
      {
        'pyproject.toml':
          '[tool.poetry.dependencies]\npython = "^3.11"\nrequests = "^2.31"\n[tool.poetry.group.dev.dependencies]\npytest = "^7"\n',
      },
    );
    assert.deepEqual(
      poetry.components.map((c) => [c.purl, c.dev, c.direct, c.line, c.dependsOn]),
      [
        ['pkg:pypi/requests@2.31.0', false, true, 2, ['pkg:pypi/idna@3.4']],
        ['pkg:pypi/idna@3.4', false, false, 9, []],
        ['pkg:pypi/pytest@7.4.0', true, true, 14, []],
      ],
    );
    const uv = await fromText(
      readUvLock,
      'uv.lock',
      [
        'version = 1',
        '[[package]]',
        'name = "demo"',
        'version = "0.1.0"',
        'source = { editable = "." }',
        'dependencies = [{ name = "idna" }]',
        '[package.dev-dependencies]',
        'dev = [{ name = "pytest" }]',
        '',
        '[[package]]',
        'name = "idna"',
        'version = "3.7"',
        'source = { registry = "https://pypi.org/simple" }',
        '',
        '[[package]]',
        'name = "pytest"',
        'version = "8.2.0"',
        'source = { registry = "https://pypi.org/simple" }',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      uv.components.map((c) => [c.purl, c.dev, c.direct]),
      [
        ['pkg:pypi/idna@3.7', false, true],
        ['pkg:pypi/pytest@8.2.0', true, true],
      ],
    );
    await assert.rejects(
      fromText(readUvLock, 'uv.lock', 'version = 1\n[[package]\nname = "x"\n'),
      /Lockfile uv\.lock cannot be read at line 2: not valid TOML/,
    );
  });

  it('go.mod: direct and indirect requirements, locally replaced modules left out', async () => {
    const reading = await fromText(
      readGoMod,
      'go.mod',
      [
        'module example.com/demo',
        '',
        'go 1.22',
        '',
        'require (',
        '\tgolang.org/x/text v0.3.7',
        '\tgithub.com/pkg/errors v0.9.1 // indirect',
        '\texample.com/local v1.0.0',
        ')',
        '',
        'replace example.com/local => ../local',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      reading.components.map((c) => [c.purl, c.direct, c.line]),
      [
        ['pkg:golang/golang.org/x/text@v0.3.7', true, 6],
        ['pkg:golang/github.com/pkg/errors@v0.9.1', false, 7],
      ],
    );
  });

  it('discovery: finds the lockfiles under a folder, skips node_modules, and says what it looked for when there is none', async () => {
    const previous = process.env.GITHUB_WORKSPACE;
    const dir = await mkdtemp(path.join(os.tmpdir(), 'sbom-discover-'));
    process.env.GITHUB_WORKSPACE = dir;
    try {
      const { mkdir } = await import('node:fs/promises');
      await mkdir(path.join(dir, 'app', 'node_modules', 'x'), { recursive: true });
      await writeFile(path.join(dir, 'app', 'requirements.txt'), 'idna==3.7\n');
      await writeFile(path.join(dir, 'app', 'node_modules', 'x', 'requirements.txt'), 'six==1.16.0\n');
      const found = await readLockfiles(dir, 'path');
      assert.deepEqual(found.lockfiles, ['app/requirements.txt']);
      await mkdir(path.join(dir, 'empty'));
      await assert.rejects(
        readLockfiles(path.join(dir, 'empty'), 'path'),
        /Input 'path': no lockfile found under empty \(looked for Cargo\.lock/,
      );
    } finally {
      if (previous === undefined) delete process.env.GITHUB_WORKSPACE;
      else process.env.GITHUB_WORKSPACE = previous;
    }
  });
});
