import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { debFiles, hostArchitecture, installedPackages, isPackageName, packageArchitecture, unknownPackages } from './apt.ts';

describe('apt helper', () => {
  it('accepts Debian package names, with an architecture, and nothing apt could take for an option', () => {
    for (const name of ['libssl-dev', 'g++-aarch64-linux-gnu', 'libstdc++6', 'zlib1g-dev:arm64', 'foo:native'])
      assert.ok(isPackageName(name), name);
    for (const name of ['-o', '--allow-unauthenticated', 'Foo', 'a', 'foo bar', 'foo:', 'foo;rm', ''])
      assert.ok(!isPackageName(name), name);
  });

  it('tells which architecture a name asks for', () => {
    assert.equal(packageArchitecture('libssl-dev:arm64'), 'arm64');
    assert.equal(packageArchitecture('libssl-dev'), undefined);
    assert.equal(packageArchitecture('tool:native'), undefined);
  });

  it('finds the names apt could not locate in its error output', () => {
    const stderr = [
      'E: Unable to locate package no-such-thing',
      "E: Package 'ghost' has no installation candidate",
      "E: Couldn't find any package by glob 'lib*zzz'",
      'E: Unable to locate package no-such-thing:arm64',
    ].join('\n');
    assert.deepEqual(unknownPackages(stderr), ['no-such-thing', 'ghost', 'lib*zzz', 'no-such-thing:arm64']);
    assert.deepEqual(unknownPackages('E: Could not get lock /var/lib/dpkg/lock-frontend'), []);
  });

  it('lists the .deb files of an archives directory', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'debs-'));
    writeFileSync(path.join(dir, 'a_1_amd64.deb'), '');
    writeFileSync(path.join(dir, 'lock'), '');
    assert.deepEqual(debFiles(dir), ['a_1_amd64.deb']);
    assert.deepEqual(debFiles(path.join(dir, 'missing')), []);
  });

  it('asks dpkg what is installed, under either spelling of the native architecture', async () => {
    const arch = await hostArchitecture();
    assert.match(arch, /^[a-z0-9]+$/);
    const present = await installedPackages(['dpkg', `dpkg:${arch}`, 'dpkg:native', 'surely-not-an-installed-package']);
    assert.deepEqual([...present].sort(), ['dpkg', `dpkg:${arch}`, 'dpkg:native'].sort());
  });
});
