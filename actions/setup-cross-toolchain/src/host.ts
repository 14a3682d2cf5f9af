import { readFileSync } from 'node:fs';
import { ConfigurationError } from '@archway/kit';
import { hostArchitecture } from '@archway/kit/apt';
import { findOnPath } from '@archway/kit/process';

/** Runner architectures Debian and Ubuntu ship cross toolchains for. */
export const SUPPORTED_HOSTS = ['amd64', 'arm64'] as const;

export interface Host {
  /** dpkg architecture of the runner. */
  arch: string;
  /** ID, VERSION_ID and PRETTY_NAME of /etc/os-release. */
  os: { id: string; versionId: string; name: string };
}

/** Parse /etc/os-release (shell-style KEY=value lines, values optionally quoted). */
export function parseOsRelease(text: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (!match?.[1] || match[2] === undefined) continue;
    fields[match[1]] = match[2].replace(/^(["'])(.*)\1$/, '$2');
  }
  return fields;
}

/**
 * The action installs Debian packages, so it needs a Linux runner with apt and dpkg, on an architecture
 * that has cross toolchains, and root or password-less sudo. Anything else is one clear error.
 */
export async function checkHost(): Promise<Host> {
  const runnerName = process.env.RUNNER_OS ?? process.platform;
  if (process.platform !== 'linux') {
    throw new ConfigurationError(`setup-cross-toolchain needs a Linux runner with apt (Debian or Ubuntu); this runner is ${runnerName}`);
  }
  const missing = ['apt-get', 'dpkg'].filter((tool) => !findOnPath(tool));
  if (missing.length > 0) {
    throw new ConfigurationError(
      `setup-cross-toolchain needs a Debian or Ubuntu runner: ${missing.join(' and ')} not found on PATH (${process.env.PATH ?? ''})`,
    );
  }
  const arch = await hostArchitecture();
  if (!(SUPPORTED_HOSTS as readonly string[]).includes(arch)) {
    throw new ConfigurationError(`setup-cross-toolchain runs on ${SUPPORTED_HOSTS.join(' or ')} runners; this runner is ${arch}`);
  }
  if (process.getuid?.() !== 0 && !findOnPath('sudo')) {
    throw new ConfigurationError(
      'setup-cross-toolchain installs packages, so it needs to run as root or have sudo; this runner has neither',
    );
  }
  let fields: Record<string, string> = {};
  try {
    fields = parseOsRelease(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    // Without os-release the cache key just says "linux".
  }
  return {
    arch,
    os: {
      id: fields.ID ?? 'linux',
      versionId: fields.VERSION_ID ?? fields.VERSION_CODENAME ?? 'unknown',
      name: fields.PRETTY_NAME ?? 'Linux',
    },
  };
}
