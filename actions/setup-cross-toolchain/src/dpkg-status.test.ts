import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asUnpacked, conffiles, dependencyNames, identity, parseStanzas, providedNames, state, withPackages } from './dpkg-status.ts';

// Records as `dpkg-query --status` printed them on Debian 12 (descriptions shortened).
const BASH = `Package: bash
Essential: yes
Status: install ok installed
Priority: required
Section: shells
Installed-Size: 7164
Maintainer: Matthias Klose <doko@debian.org>
Architecture: amd64
Multi-Arch: foreign
Source: bash (5.2.15-2)
Version: 5.2.15-2+b8
Replaces: bash-completion (<< 20060301-0), bash-doc (<= 2.05-1)
Depends: base-files (>= 2.1.12), debianutils (>= 5.6-0.1)
Pre-Depends: libc6 (>= 2.36), libtinfo6 (>= 6)
Recommends: bash-completion (>= 20060301-0)
Suggests: bash-doc
Conflicts: bash-completion (<< 20060301-0)
Conffiles:
 /etc/bash.bashrc 89269e1298235f1b12b4c16e4065ad0d
 /etc/skel/.bash_logout 22bfb8c1dd94b5f3813a2b25da67463f
 /etc/skel/.bashrc ee35a240758f374832e809ae0ea4883a
 /etc/skel/.profile f4e81ade7d6f9fb342541152d08e7a97
Description: GNU Bourne Again SHell
 Bash is an sh-compatible command language interpreter that executes
 commands read from the standard input or from a file.
Homepage: http://tiswww.case.edu/php/chet/bash/bashtop.html`;

const BINFMT = `Package: qemu-user-binfmt
Status: install ok installed
Priority: optional
Section: otherosfs
Installed-Size: 101
Maintainer: Debian QEMU Team <pkg-qemu-devel@lists.alioth.debian.org>
Architecture: amd64
Multi-Arch: foreign
Source: qemu (1:7.2+dfsg-7+deb12u18)
Version: 1:7.2+dfsg-7+deb12u18+b3
Config-Version: 1:7.2+dfsg-7+deb12u18+b3
Depends: qemu-user (= 1:7.2+dfsg-7+deb12u18+b3), systemd | binfmt-support
Breaks: binfmt-support (<< 2.1.7~)
Conflicts: qemu-user-static
Description: QEMU user mode binfmt registration for qemu-user
 QEMU is a fast processor emulator.
Homepage: http://www.qemu.org/`;

const BASE = `Package: gcc-12-aarch64-linux-gnu-base
Status: install ok installed
Architecture: amd64
Multi-Arch: same
Version: 12.2.0-14cross1
Provides: gcc-base-aarch64
Description: GCC, the GNU Compiler Collection (base package)`;

describe('dpkg status records', () => {
  it('splits records and reads fields, continuation lines included', () => {
    const [bash, binfmt] = parseStanzas(`${BASH}\n\n${BINFMT}\n`);
    assert.ok(bash && binfmt);
    assert.equal(identity(bash), 'bash:amd64');
    assert.equal(identity(binfmt), 'qemu-user-binfmt:amd64');
    assert.equal(state(bash), 'installed');
    assert.equal(bash.fields.get('Version'), '5.2.15-2+b8');
    assert.match(bash.fields.get('Description') ?? '', /^GNU Bourne Again SHell\nBash is an sh-compatible/);
    assert.equal(bash.text, BASH);
  });

  it('names every alternative of Depends and Pre-Depends, and what Provides offers', () => {
    const [bash, binfmt, base] = parseStanzas([BASH, BINFMT, BASE].join('\n\n'));
    assert.ok(bash && binfmt && base);
    assert.deepEqual(dependencyNames(bash).sort(), ['base-files', 'debianutils', 'libc6', 'libtinfo6']);
    assert.deepEqual(dependencyNames(binfmt), ['qemu-user', 'systemd', 'binfmt-support']);
    assert.deepEqual(providedNames(base), ['gcc-base-aarch64']);
    assert.deepEqual(dependencyNames(base), []);
  });

  it('reads conffiles with their md5sums', () => {
    const [bash] = parseStanzas(BASH);
    assert.ok(bash);
    assert.equal(conffiles(bash).size, 4);
    assert.equal(conffiles(bash).get('/etc/skel/.bashrc'), 'ee35a240758f374832e809ae0ea4883a');
  });

  it('turns an installed record into a fresh unpacked one for dpkg --configure', () => {
    const [binfmt] = parseStanzas(BINFMT);
    assert.ok(binfmt);
    const unpacked = asUnpacked(binfmt);
    assert.match(unpacked, /^Status: install ok unpacked$/m);
    assert.doesNotMatch(unpacked, /Config-Version/);
    assert.equal(unpacked.split('\n').length, BINFMT.split('\n').length - 1);
  });

  it('adds records to the database, replacing a not-installed record of the same package instance', () => {
    const leftover = 'Package: qemu-user-binfmt\nStatus: purge ok not-installed\nArchitecture: amd64';
    const status = `${BASH}\n\n${leftover}\n`;
    const [binfmt] = parseStanzas(BINFMT);
    assert.ok(binfmt);
    const merged = parseStanzas(withPackages(status, [asUnpacked(binfmt)]));
    assert.deepEqual(merged.map(identity), ['bash:amd64', 'qemu-user-binfmt:amd64']);
    assert.equal(state(merged[1] as (typeof merged)[number]), 'unpacked');
    assert.equal(merged[0]?.text, BASH);
  });
});
