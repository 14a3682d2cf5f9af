import * as core from '@actions/core';
import { ConfigurationError } from '@archway/kit';
import { findOnPath } from '@archway/kit/process';
import type { Preset } from './arch.ts';

/** The qemu-system binary for the preset, installed from Debian's packages when it is missing. */
export async function ensureQemu(preset: Preset): Promise<string> {
  const found = findOnPath(preset.binary);
  if (found) return found;
  if (!findOnPath('apt-get')) {
    throw new ConfigurationError(
      `${preset.binary} is not on PATH and apt-get is not available to install it: install QEMU for ${preset.arch} first`,
    );
  }
  core.info(`${preset.binary} is missing: installing the Debian package ${preset.debianPackage}`);
  const { aptInstall } = await import('@archway/kit/apt');
  await aptInstall([preset.debianPackage]);
  const installed = findOnPath(preset.binary);
  if (!installed) throw new Error(`${preset.debianPackage} was installed but ${preset.binary} is still not on PATH`);
  return installed;
}
