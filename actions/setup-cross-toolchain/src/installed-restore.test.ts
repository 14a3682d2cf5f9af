import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileTriggers, type InstalledPackage } from './dpkg-database.ts';
import type { Manifest } from './installed-archive.ts';
import { RestoreRefused, refuseDpkgMismatch } from './installed-restore.ts';

const manifest: Manifest = {
  format: 1,
  key: 'k',
  packages: [{ id: 'gcc-aarch64-linux-gnu:amd64', version: '4:12.2.0-3', record: '' }],
  base: { 'binutils-aarch64-linux-gnu:amd64': '2.40-2', 'libc6:amd64': '2.36-9+deb12u13' },
  architectures: [],
  entries: [],
  archive: { bytes: 1, sha256: '' },
};

function dpkg(...packages: [string, string, string][]): Map<string, InstalledPackage> {
  return new Map(packages.map(([id, version, state]) => [id, { id, name: id.split(':')[0] as string, version, state, provides: [] }]));
}

const BASE: [string, string, string][] = [
  ['binutils-aarch64-linux-gnu:amd64', '2.40-2', 'installed'],
  ['libc6:amd64', '2.36-9+deb12u13', 'installed'],
];

describe('whether a cached install fits this runner', () => {
  it('fits when its packages are absent and the ones under them are installed at the same versions', () => {
    refuseDpkgMismatch(manifest, dpkg(...BASE));
    refuseDpkgMismatch(manifest, dpkg(...BASE, ['gcc-aarch64-linux-gnu:amd64', '', 'not-installed']));
  });

  it('is refused when one of its packages is there already, even as config files', () => {
    assert.throws(
      () => refuseDpkgMismatch(manifest, dpkg(...BASE, ['gcc-aarch64-linux-gnu:amd64', '4:12.2.0-3', 'config-files'])),
      (e: unknown) => e instanceof RestoreRefused && /gcc-aarch64-linux-gnu:amd64 4:12.2.0-3 \(config-files\) here already/.test(e.message),
    );
  });

  it('is refused when a package under it is missing or at another version, naming both versions', () => {
    assert.throws(
      () => refuseDpkgMismatch(manifest, dpkg(['libc6:amd64', '2.36-9+deb12u13', 'installed'])),
      /binutils-aarch64-linux-gnu:amd64 2\.40-2 \(here: not installed\)/,
    );
    assert.throws(
      () =>
        refuseDpkgMismatch(
          manifest,
          dpkg(['binutils-aarch64-linux-gnu:amd64', '2.40-2', 'installed'], ['libc6:amd64', '2.36-9+deb12u12', 'installed']),
        ),
      /libc6:amd64 2\.36-9\+deb12u13 \(here: 2\.36-9\+deb12u12\)/,
    );
  });
});

describe('file triggers of restored files', () => {
  // As /var/lib/dpkg/triggers/File lists them on Debian 12.
  const interests =
    '/usr/man man-db/noawait\n/usr/share/man man-db/noawait\n/usr/lib/binfmt.d systemd/noawait\n/usr/share/mime/packages shared-mime-info/noawait\n';

  it('are the interests at or above a restored path, once each', () => {
    assert.deepEqual(
      fileTriggers(
        [
          '/usr/share/man/man1/aarch64-linux-gnu-gcc-12.1.gz',
          '/usr/share/man/man1/aarch64-linux-gnu-cpp-12.1.gz',
          '/usr/lib/binfmt.d/qemu-aarch64.conf',
          '/usr/bin/qemu-aarch64',
        ],
        interests,
      ),
      ['/usr/lib/binfmt.d', '/usr/share/man'],
    );
    assert.deepEqual(fileTriggers(['/usr/manual/x', '/usr/share/mime/packagesX'], interests), []);
  });
});
