import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { runProcess } from '../clients/process.ts';

/**
 * Ubuntu serves amd64 and i386 from archive.ubuntu.com (and its mirrors) and every other architecture
 * from ports.ubuntu.com. Debian's mirrors carry all architectures, so there multiarch needs nothing more
 * than `dpkg --add-architecture`; on Ubuntu the existing sources must be limited to the architectures their
 * mirror has (or apt-get update fails with 404s) and the other mirror added for the rest.
 */
export const ARCHIVE_ARCHS = ['amd64', 'i386'];
const ARCHIVE_URI = 'http://archive.ubuntu.com/ubuntu/';
const PORTS_URI = 'http://ports.ubuntu.com/ubuntu-ports/';
const UBUNTU_MIRROR = /^https?:\/\/([a-z0-9.-]+\.)?(archive|security|ports)\.ubuntu\.com\//;
const KEYRING = '/usr/share/keyrings/ubuntu-archive-keyring.gpg';
export const MULTIARCH_SOURCES = '/etc/apt/sources.list.d/archway-multiarch.sources';

function isPorts(uri: string): boolean {
  return /ports\.ubuntu\.com/.test(uri);
}

/** Of `archs`, those the mirror at `uri` serves. */
function servedBy(uri: string, archs: readonly string[]): string[] {
  return archs.filter((a) => ARCHIVE_ARCHS.includes(a) !== isPorts(uri));
}

/** deb822 sources (.sources): give stanzas on an Ubuntu mirror without an Architectures field the ones it serves. */
export function restrictDeb822(text: string, archs: readonly string[]): string {
  return text
    .split(/\n(?=\s*\n)/)
    .map((stanza) => {
      const uris = /^URIs:\s*(.+)$/im.exec(stanza)?.[1]?.trim().split(/\s+/) ?? [];
      const uri = uris.find((u) => UBUNTU_MIRROR.test(u));
      if (!uri || /^Architectures:/im.test(stanza) || /^Enabled:\s*no/im.test(stanza)) return stanza;
      const served = servedBy(uri, archs);
      return served.length === 0 ? stanza : stanza.replace(/^(URIs:.*)$/im, `$1\nArchitectures: ${served.join(' ')}`);
    })
    .join('\n');
}

/** One-line sources (.list): `deb http://archive...` becomes `deb [arch=amd64,i386] http://archive...`. */
export function restrictOneLine(text: string, archs: readonly string[]): string {
  return text
    .split('\n')
    .map((line) => {
      const match = /^(\s*deb(?:-src)?\s+)(\[[^\]]*\]\s+)?(\S+)(.*)$/.exec(line);
      if (!match) return line;
      const [, head = '', options = '', uri = '', rest = ''] = match;
      const served = servedBy(uri, archs);
      if (!UBUNTU_MIRROR.test(uri) || /\barch=/.test(options) || served.length === 0) return line;
      const arch = `arch=${served.join(',')}`;
      const merged = options ? `[${arch} ${options.trim().slice(1, -1).trim()}] ` : `[${arch}] `;
      return `${head}${merged}${uri}${rest}`;
    })
    .join('\n');
}

/** The deb822 stanza that brings the architectures the runner's own mirror lacks from the other one. */
export function otherMirrorStanza(codename: string, archs: readonly string[], hostArch: string): string {
  const uri = ARCHIVE_ARCHS.includes(hostArch) ? PORTS_URI : ARCHIVE_URI;
  return [
    '# Written by archway for multiarch packages: the architectures this runner’s mirror does not carry.',
    'Types: deb',
    `URIs: ${uri}`,
    `Suites: ${codename} ${codename}-updates ${codename}-security ${codename}-backports`,
    'Components: main universe restricted multiverse',
    `Architectures: ${archs.join(' ')}`,
    `Signed-By: ${KEYRING}`,
    '',
  ].join('\n');
}

function sourceFiles(): string[] {
  const dir = '/etc/apt/sources.list.d';
  const files = existsSync('/etc/apt/sources.list') ? ['/etc/apt/sources.list'] : [];
  if (existsSync(dir)) {
    for (const name of readdirSync(dir).sort()) {
      if (/\.(list|sources)$/.test(name) && path.join(dir, name) !== MULTIARCH_SOURCES) files.push(path.join(dir, name));
    }
  }
  return files;
}

type Privileged = (command: string, args: readonly string[]) => [string, string[]];

async function writeRootFile(file: string, text: string, privileged: Privileged): Promise<void> {
  const [command, args] = privileged('tee', [file]);
  const result = await runProcess(command, args, { input: text });
  if (result.exitCode !== 0) throw new Error(`could not write ${file}: ${result.stderr.trim()}`);
}

/** ID and VERSION_CODENAME of /etc/os-release ('' when unknown). */
export function osRelease(file = '/etc/os-release'): { id: string; codename: string } {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { id: '', codename: '' };
  }
  const field = (name: string) => new RegExp(`^${name}=["']?([^"'\\n]*)`, 'm').exec(text)?.[1] ?? '';
  return { id: field('ID'), codename: field('VERSION_CODENAME') || field('UBUNTU_CODENAME') };
}

/**
 * On Ubuntu, make apt able to fetch packages of `archs` (every architecture dpkg knows, the native one
 * included): pin the existing Ubuntu sources to what their mirror serves and add the other mirror for the
 * rest. Returns true when the sources changed (the lists must be updated). Elsewhere it does nothing.
 */
export async function prepareUbuntuSources(
  os: { id: string; codename: string },
  archs: readonly string[],
  hostArch: string,
  privileged: Privileged,
): Promise<boolean> {
  if (os.id !== 'ubuntu' || !os.codename) return false;
  const hostOnArchive = ARCHIVE_ARCHS.includes(hostArch);
  const others = archs.filter((a) => ARCHIVE_ARCHS.includes(a) !== hostOnArchive);
  if (others.length === 0) return false;
  let changed = false;
  for (const file of sourceFiles()) {
    const text = readFileSync(file, 'utf8');
    const restricted = file.endsWith('.sources') ? restrictDeb822(text, archs) : restrictOneLine(text, archs);
    if (restricted === text) continue;
    await writeRootFile(file, restricted, privileged);
    core.info(`Limited the Ubuntu sources in ${file} to the architectures their mirror serves`);
    changed = true;
  }
  const stanza = otherMirrorStanza(os.codename, others, hostArch);
  const current = existsSync(MULTIARCH_SOURCES) ? readFileSync(MULTIARCH_SOURCES, 'utf8') : '';
  if (current !== stanza) {
    await writeRootFile(MULTIARCH_SOURCES, stanza, privileged);
    core.info(`Added ${MULTIARCH_SOURCES} for ${others.join(', ')}`);
    changed = true;
  }
  return changed;
}
