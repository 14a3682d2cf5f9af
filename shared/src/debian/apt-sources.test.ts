import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { osRelease, otherMirrorStanza, prepareUbuntuSources, restrictDeb822, restrictOneLine } from './apt-sources.ts';

// The sources of GitHub's Ubuntu 24.04 (deb822) and 22.04 (one-line) runner images.
const NOBLE = `Types: deb
URIs: http://azure.archive.ubuntu.com/ubuntu/
Suites: noble noble-updates noble-backports
Components: main universe restricted multiverse
Signed-By: /usr/share/keyrings/ubuntu-archive-keyring.gpg

## Ubuntu security updates. Aside from URIs and Suites,
## this should mirror your choices in the previous section.
Types: deb
URIs: http://security.ubuntu.com/ubuntu/
Suites: noble-security
Components: main universe restricted multiverse
Signed-By: /usr/share/keyrings/ubuntu-archive-keyring.gpg
`;

const JAMMY = `deb http://azure.archive.ubuntu.com/ubuntu/ jammy main restricted
# deb-src http://azure.archive.ubuntu.com/ubuntu/ jammy main restricted
deb http://azure.archive.ubuntu.com/ubuntu/ jammy-updates main restricted
deb [signed-by=/usr/share/keyrings/x.gpg] http://security.ubuntu.com/ubuntu jammy-security main
deb [arch=amd64] https://packages.microsoft.com/ubuntu/22.04/prod jammy main
deb https://ppa.launchpadcontent.net/foo/bar/ubuntu jammy main
`;

describe('Ubuntu multiarch sources', () => {
  it('pins deb822 stanzas on Ubuntu mirrors to the architectures those mirrors serve', () => {
    const text = restrictDeb822(NOBLE, ['amd64', 'arm64', 'riscv64']);
    assert.equal((text.match(/^Architectures: amd64$/gm) ?? []).length, 2);
    assert.match(text, /^URIs: http:\/\/azure\.archive\.ubuntu\.com\/ubuntu\/\nArchitectures: amd64\nSuites: noble noble-updates/m);
    assert.equal(restrictDeb822(text, ['amd64', 'arm64']), text, 'a second pass changes nothing');
  });

  it('pins one-line entries on Ubuntu mirrors and leaves other repositories alone', () => {
    const text = restrictOneLine(JAMMY, ['amd64', 'i386', 'armhf']);
    assert.match(text, /^deb \[arch=amd64,i386\] http:\/\/azure\.archive\.ubuntu\.com\/ubuntu\/ jammy main restricted$/m);
    assert.match(
      text,
      /^deb \[arch=amd64,i386 signed-by=\/usr\/share\/keyrings\/x\.gpg\] http:\/\/security\.ubuntu\.com\/ubuntu jammy-security main$/m,
    );
    assert.match(text, /^# deb-src http:\/\/azure/m);
    assert.match(text, /^deb \[arch=amd64\] https:\/\/packages\.microsoft\.com/m);
    assert.match(text, /^deb https:\/\/ppa\.launchpadcontent\.net/m);
    assert.equal(restrictOneLine(text, ['amd64', 'i386', 'armhf']), text);
  });

  it('adds ports.ubuntu.com for foreign architectures of an amd64 runner, and the archive for an arm64 one', () => {
    const ports = otherMirrorStanza('noble', ['arm64', 'riscv64'], 'amd64');
    assert.match(ports, /^URIs: http:\/\/ports\.ubuntu\.com\/ubuntu-ports\/$/m);
    assert.match(ports, /^Suites: noble noble-updates noble-security noble-backports$/m);
    assert.match(ports, /^Architectures: arm64 riscv64$/m);
    assert.match(otherMirrorStanza('noble', ['amd64'], 'arm64'), /^URIs: http:\/\/archive\.ubuntu\.com\/ubuntu\/$/m);
  });

  it('reads the distribution and codename', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'os-release-')), 'os-release');
    writeFileSync(file, 'NAME="Ubuntu"\nVERSION_ID="24.04"\nID=ubuntu\nVERSION_CODENAME=noble\n');
    assert.deepEqual(osRelease(file), { id: 'ubuntu', codename: 'noble' });
    assert.deepEqual(osRelease(path.join(path.dirname(file), 'absent')), { id: '', codename: '' });
  });

  it('does nothing on Debian, whose mirrors carry every architecture', async () => {
    const refuse = (): [string, string[]] => {
      throw new Error('must not write anything');
    };
    assert.equal(await prepareUbuntuSources({ id: 'debian', codename: 'bookworm' }, ['amd64', 'arm64'], 'amd64', refuse), false);
    assert.equal(await prepareUbuntuSources({ id: 'ubuntu', codename: 'noble' }, ['amd64', 'i386'], 'amd64', refuse), false);
  });
});
