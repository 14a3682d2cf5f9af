import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { readInputs } from '@archway/kit';
import { cmakeToolchain, mesonCross } from './build-files.ts';
import { mapConcurrently } from './concurrency.ts';
import { inputs, outputs } from './contract.ts';
import { exportEnvironment, sharedEnvironment, targetEnvironment } from './environment.ts';
import { checkHost } from './host.ts';
import { archivesDir, installPackages } from './install.ts';
import { emulatedToolchains, planToolchain, type Toolchain, targetPackages, toolchainPackages } from './plan.ts';
import { linkInterpreterPrefixes, registerBinfmt } from './qemu.ts';
import { describeTarget, type TargetResult, writeReport } from './report.ts';
import { addRustTargets } from './rust.ts';
import { earlierVerification, rememberVerification } from './verified.ts';
import { type Verification, VerificationError, verifyToolchain } from './verify.ts';
import { toolVersions } from './versions.ts';

export async function main(): Promise<void> {
  const started = Date.now();
  const given = await readInputs(inputs);
  const host = await checkHost();
  const toolchains = given.targets.map((target) =>
    planToolchain(target, { hostArch: host.arch, runner: given.runner, libc: given.bareMetalLibc, qemuCpuOverride: process.env.QEMU_CPU }),
  );
  const emulated = emulatedToolchains(toolchains, given.binfmt);
  const install = await installPackages({
    toolchainPackages: toolchainPackages(toolchains, given.binfmt),
    extraPackages: targetPackages(given.packages.names, toolchains, host.arch, given.packages.raw),
    rawPackagesInput: given.packages.raw,
    toolchains,
    host,
    cache: given.cache,
    archives: archivesDir(),
  });

  const links = await linkInterpreterPrefixes(emulated);
  if (links.length > 0) core.info(`qemu finds the target libraries through ${links.join(', ')}`);
  if (given.binfmt) {
    const registered = await registerBinfmt(emulated);
    if (registered.length > 0) core.info(`binfmt_misc runs ${registered.join(', ')} binaries directly`);
  }

  const workDir = path.join(process.env.RUNNER_TEMP ?? '/tmp', 'setup-cross-toolchain');
  const files = toolchains.map((t) => writeBuildFiles(t, workDir));
  const envs = toolchains.map(targetEnvironment);
  exportEnvironment(Object.assign({}, ...envs, sharedEnvironment(toolchains)));

  const rust = await addRustTargets(toolchains, given.rust);
  const [versions, verifications] = await Promise.all([
    Promise.all(toolchains.map(toolVersions)),
    core.group('Verify the toolchains', () =>
      // Compilers are CPU-bound: one target per core at a time.
      mapConcurrently(toolchains, availableParallelism(), (t) =>
        verify(t, given.verify && { workDir, reuse: install.installed.length === 0 }),
      ),
    ),
  ]);

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
    throw new VerificationError(
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

function setOutputs(results: readonly TargetResult[], install: Awaited<ReturnType<typeof installPackages>>): void {
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
