import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import type { InstalledPackage } from './dpkg-database.ts';
import { parseStanzas } from './dpkg-status.ts';
import { archiveEntries, basePackages, controlFiles, parseMd5sums } from './installed-archive.ts';

describe('the archive of an install', () => {
  it("finds a package's control files, Multi-Arch: same ones by name:arch, without taking a longer name's", () => {
    const info = [
      'gcc-12-aarch64-linux-gnu.list',
      'gcc-12-aarch64-linux-gnu.md5sums',
      'gcc-12-aarch64-linux-gnu.preinst',
      'gcc-12-aarch64-linux-gnu-base:amd64.list',
      'gcc-12-aarch64-linux-gnu-base:amd64.md5sums',
      'libfoo1.2.list',
      'libfoo1.list',
    ];
    assert.deepEqual(controlFiles(info, 'gcc-12-aarch64-linux-gnu', 'amd64'), [
      'gcc-12-aarch64-linux-gnu.list',
      'gcc-12-aarch64-linux-gnu.md5sums',
      'gcc-12-aarch64-linux-gnu.preinst',
    ]);
    assert.deepEqual(controlFiles(info, 'gcc-12-aarch64-linux-gnu-base', 'amd64'), [
      'gcc-12-aarch64-linux-gnu-base:amd64.list',
      'gcc-12-aarch64-linux-gnu-base:amd64.md5sums',
    ]);
    assert.deepEqual(controlFiles(info, 'libfoo1', 'amd64'), ['libfoo1.list']);
  });

  it('reads md5sums lines (two spaces, or space and star) as absolute paths', () => {
    const sums = parseMd5sums(
      '7210080490f9fd139c1b44fa0f730988  bin/bash\n12c7981c8fed81743552e47dd4b1483e *usr/bin/bashbug\nnot a line\n',
    );
    assert.deepEqual(
      [...sums],
      [
        ['/bin/bash', '7210080490f9fd139c1b44fa0f730988'],
        ['/usr/bin/bashbug', '12c7981c8fed81743552e47dd4b1483e'],
      ],
    );
  });

  describe('entries', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'archway-archive-'));
    after(() => rmSync(root, { recursive: true, force: true }));

    it('keeps files, directories and symlinks, and leaves a symlinked directory of the system alone', () => {
      // A merged-/usr system: lib -> usr/lib, and a package that lists /lib and files under it.
      mkdirSync(path.join(root, 'usr/lib/x'), { recursive: true });
      symlinkSync('usr/lib', path.join(root, 'lib'));
      writeFileSync(path.join(root, 'usr/lib/x/libx.so.1'), 'elf');
      symlinkSync('libx.so.1', path.join(root, 'usr/lib/x/libx.so'));
      mkdirSync(path.join(root, 'usr/share/doc/x-dev'), { recursive: true });
      symlinkSync('x', path.join(root, 'usr/share/doc/x-doc'));
      const listed = [
        root,
        `${root}/lib`,
        `${root}/lib/x`,
        `${root}/lib/x/libx.so.1`,
        `${root}/usr/lib/x/libx.so`,
        `${root}/usr/share/doc/x-doc`,
        `${root}/usr/share/doc/absent-after-path-exclude`,
      ];
      const entries = archiveEntries(listed, new Map([[`${root}/lib/x/libx.so.1`, 'abc']]));
      assert.deepEqual(
        entries.map((e) => [e.path.slice(root.length), e.kind, e.md5 ?? e.target]),
        [
          ['', 'dir', undefined],
          ['/lib/x', 'dir', undefined],
          ['/lib/x/libx.so.1', 'file', 'abc'],
          ['/usr/lib/x/libx.so', 'link', 'libx.so.1'],
          ['/usr/share/doc/x-doc', 'link', 'x'],
        ],
      );
    });
  });

  it('records the installed packages the archived ones depend on, by name or by what they provide', () => {
    const records = parseStanzas(
      'Package: qemu-user-binfmt\nArchitecture: amd64\nDepends: qemu-user (= 1), systemd | binfmt-support\n\n' +
        'Package: qemu-user\nArchitecture: amd64\nPre-Depends: libc6 (>= 2.36)\nDepends: libcapstone4, awk',
    );
    const pkg = (id: string, version: string, provides: string[] = [], state = 'installed'): InstalledPackage => ({
      id,
      name: id.split(':')[0] as string,
      version,
      state,
      provides,
    });
    const installed = [
      pkg('qemu-user:amd64', '1'),
      pkg('qemu-user-binfmt:amd64', '1'),
      pkg('systemd:amd64', '252.39-1~deb12u2'),
      pkg('libc6:amd64', '2.36-9+deb12u13'),
      pkg('mawk:amd64', '1.3.4.20200120-3.1', ['awk']),
      pkg('libcapstone4:amd64', '4.0.2-5', [], 'config-files'),
      pkg('bash:amd64', '5.2.15-2+b8'),
    ];
    assert.deepEqual(basePackages(records, installed, new Set(['qemu-user:amd64', 'qemu-user-binfmt:amd64'])), {
      'libc6:amd64': '2.36-9+deb12u13',
      'mawk:amd64': '1.3.4.20200120-3.1',
      'systemd:amd64': '252.39-1~deb12u2',
    });
  });
});
