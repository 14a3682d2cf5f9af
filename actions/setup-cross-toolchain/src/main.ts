import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { readInputs, VerdictError } from '@archway/kit';
import { cmakeToolchain, mesonCross } from './build-files.ts';
import { mapConcurrently } from './concurrency.ts';
import { inputs, outputs } from './contract.ts';
import { exportEnvironment, sharedEnvironment, targetEnvironment } from './environment.ts';
import { checkHost } from './host.ts';
import { type InstallReport, installPackages, reinstallWithApt, workDirectory } from './install.ts';
import { emulatedToolchains, planToolchain, type Toolchain, targetPackages, toolchainPackages } from './plan.ts';
import { linkInterpreterPrefixes, registerBinfmt } from './qemu.ts';
import { describeTarget, type TargetResult, writeReport } from './report.ts';
import { addRustTargets } from './rust.ts';
import { earlierVerification, rememberVerification } from './verified.ts';
import { type Verification, verifyToolchain } from './verify.ts';
import { toolVersions } from './versions.ts';

export async function main(): Promise<void> {
  const started = Date.now();
  const given = await readInputs(inputs);
  const host = await checkHost();
  const toolchains = given.targets.map((target) =>
    planToolchain(target, { hostArch: host.arch, runner: given.runner, libc: given.bareMetalLibc, qemuCpuOverride: process.env.QEMU_CPU }),
  );
  const emulated = emulatedToolchains(toolchains, given.binfmt);
  const workDir = workDirectory();
  const request = {
    toolchainPackages: toolchainPackages(toolchains, given.binfmt),
    extraPackages: targetPackages(given.packages, toolchains, host.arch, given.packages.join(' ')),
    rawPackagesInput: given.packages.join(' '),
    toolchains,
    host,
    cache: given.cache,
    workDir,
  };
  let install = await installPackages(request);

  const links = await linkInterpreterPrefixes(emulated);
  if (links.length > 0) core.info(`qemu finds the target libraries through ${links.join(', ')}`);
  if (given.binfmt) {
    const registered = await registerBinfmt(emulated);
    if (registered.length > 0) core.info(`binfmt_misc runs ${registered.join(', ')} binaries directly`);
  }

  const files = toolchains.map((t) => writeBuildFiles(t, workDir));
  const envs = toolchains.map(targetEnvironment);
  exportEnvironment(Object.assign({}, ...envs, sharedEnvironment(toolchains)));

  const rust = await addRustTargets(toolchains, given.rust);
  const [versions, checked] = await Promise.all([
    Promise.all(toolchains.map(toolVersions)),
    verifyOrReinstall(toolchains, given.verify && workDir, install, () => reinstallWithApt(request, install)),
  ]);
  install = checked.install;
  const verifications = checked.verifications;

  const results: TargetResult[] = toolchains.map((toolchain, i) => ({
    toolchain,
    env: envs[i] as Record<string, string>,
    ...(files[i] as { cmakeToolchainFile: string; mesonCrossFile: string }),
    versions: versions[i] ?? {},
    rust: rust.get(toolchain.target.rust) ?? 'disabled',
    verification: verifications[i] as Verification,
  }));
  setOutputs(results, install);
  await writeReport(results, install, host, (Date.now() - started) / 1000);

  const failed = results.filter((r) => r.verification.status === 'failed');
  if (failed.length > 0) {
    throw new VerdictError(
      `The toolchain for ${failed.map((r) => r.toolchain.target.rust).join(', ')} does not work:\n` +
        failed.map((r) => `${r.toolchain.target.rust}:\n${r.verification.failure}`).join('\n\n'),
    );
  }
}

function writeBuildFiles(t: Toolchain, workDir: string): { cmakeToolchainFile: string; mesonCrossFile: string } {
  const dir = path.join(workDir, t.target.rust);
  mkdirSync(dir, { recursive: true });
  const cmakeToolchainFile = path.join(dir, 'toolchain.cmake');
  const mesonCrossFile = path.join(dir, 'meson-cross.ini');
  writeFileSync(cmakeToolchainFile, cmakeToolchain(t));
  writeFileSync(mesonCrossFile, mesonCross(t));
  return { cmakeToolchainFile, mesonCrossFile };
}

async function verify(t: Toolchain, options: false | { workDir: string; reuse: boolean }): Promise<Verification> {
  if (!options) return { status: 'skipped', checks: [] };
  const markers = path.join(options.workDir, 'verified');
  const earlier = options.reuse ? earlierVerification(t, markers) : undefined;
  const verification = earlier ?? (await verifyToolchain(t, path.join(options.workDir, 'verify')));
  rememberVerification(t, markers, verification);
  for (const check of verification.checks) core.info(`${t.target.rust}: ${check}${earlier ? ' (verified earlier in this job)' : ''}`);
  return verification;
}

/**
 * Verify every toolchain. One restored from the cache that fails is reinstalled with apt and verified again:
 * the archive passed every check before it was unpacked, but apt is the authority, never a broken toolchain.
 */
async function verifyOrReinstall(
  toolchains: readonly Toolchain[],
  workDir: string | false,
  install: InstallReport,
  reinstall: () => Promise<InstallReport>,
): Promise<{ install: InstallReport; verifications: Verification[] }> {
  const verifyAll = (report: InstallReport) =>
    core.group('Verify the toolchains', () =>
      // Compilers are CPU-bound: one target per core at a time.
      mapConcurrently(toolchains, availableParallelism(), (t) =>
        verify(t, workDir !== false && { workDir, reuse: report.installed.length === 0 }),
      ),
    );
  const verifications = await verifyAll(install);
  if (!install.cacheHit || !verifications.some((v) => v.status === 'failed')) return { install, verifications };
  core.warning(`The toolchain restored from the cache (${install.cacheKey}) does not work; reinstalling its packages with apt`);
  const reinstalled = await reinstall();
  return { install: reinstalled, verifications: await verifyAll(reinstalled) };
}

function setOutputs(results: readonly TargetResult[], install: InstallReport): void {
  outputs.set('targets', Object.fromEntries(results.map((r) => [r.toolchain.target.rust, describeTarget(r)])));
  const first = results[0];
  if (first) {
    const t = first.toolchain;
    outputs.set('target', t.target.rust);
    outputs.set('cc', t.cc);
    outputs.set('cxx', t.cxx);
    outputs.set('ar', t.ar);
    outputs.set('sysroot', t.sysroot);
    outputs.set('runner', t.runner.command.join(' '));
    outputs.set('cmake-toolchain-file', first.cmakeToolchainFile);
    outputs.set('meson-cross-file', first.mesonCrossFile);
  }
  outputs.set('installed-packages', install.installed);
  outputs.set('downloaded-packages', install.downloaded.length);
  outputs.set('cache-hit', install.cacheHit);
}
