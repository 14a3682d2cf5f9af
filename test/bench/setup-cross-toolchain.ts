import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runProcess } from '@archway/kit/process';
import { repoRoot } from '../build/bundles.ts';
import { type ActionResult, runAction } from '../harness/run-action.ts';
import { startResultsService } from '../services/index.ts';

/**
 * setup-cross-toolchain wall time for one target (default aarch64, or the first argument) in the three
 * situations a job meets: cold (nothing installed, nothing cached: apt downloads and installs), warm
 * (nothing installed, the installed files in the Actions cache: restored in one archive, no apt), and
 * already installed (a second call in the same job). Uses the local results service for the cache.
 * Purges the target's cross packages to get there (a restore refuses leftover config files), and leaves
 * them installed at the end.
 */
const target = process.argv[2] ?? 'aarch64';
const TRIPLES: Record<string, [string, string]> = {
  aarch64: ['arm64', 'aarch64-linux-gnu'],
  riscv64: ['riscv64', 'riscv64-linux-gnu'],
  armv7: ['armhf', 'arm-linux-gnueabihf'],
};
const triple = TRIPLES[target];
if (!triple) throw new Error(`benchmark targets: ${Object.keys(TRIPLES).join(', ')}`);

async function removeToolchain(): Promise<void> {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's own ${field} format syntax
  const format = '-f=${binary:Package} ${db:Status-Status}\\n';
  const listed = await runProcess('dpkg-query', ['-W', format, `*${triple?.[0]}-cross*`, `*${triple?.[1]}*`]);
  const installed = listed.stdout
    .split('\n')
    .map((l) => l.split(' '))
    .filter(([name, status]) => name && status === 'installed' && !name.startsWith('binutils-'))
    .map(([name]) => name as string);
  if (installed.length === 0) return;
  const removed = await runProcess('dpkg', ['--purge', ...installed]);
  if (removed.exitCode !== 0) throw new Error(`dpkg --purge failed:\n${removed.stderr}`);
}

const results = await startResultsService();
const workspace = mkdtempSync(path.join(os.tmpdir(), 'archway-bench-cross-ws-'));
const runnerTemp = mkdtempSync(path.join(os.tmpdir(), 'archway-bench-cross-temp-'));
const step = () =>
  runAction(path.join(repoRoot, 'actions/setup-cross-toolchain'), {
    inputs: { targets: target, rust: false },
    env: results.env,
    cwd: workspace,
    runnerTemp,
    timeoutMs: 30 * 60_000,
  });

function check(name: string, result: ActionResult): ActionResult {
  if (result.exitCode !== 0) throw new Error(`${name} run failed:\n${result.stdout}`);
  return result;
}

try {
  await removeToolchain();
  const cold = check('cold', await step());
  await removeToolchain();
  rmSync(path.join(runnerTemp, 'setup-cross-toolchain'), { recursive: true, force: true });
  const warm = check('warm', await step());
  const installed = check('already installed', await step());

  const rows: [string, ActionResult][] = [
    ['cold (apt downloads)', cold],
    ['warm (Actions cache)', warm],
    ['already installed', installed],
  ];
  console.log(`setup-cross-toolchain, target ${target}: wall time of the step on node 24\n`);
  console.log('| run | seconds | downloaded .debs | vs cold |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const [name, r] of rows) {
    const ratio = cold.durationMs / r.durationMs;
    console.log(`| ${name} | ${(r.durationMs / 1000).toFixed(2)} | ${r.outputs['downloaded-packages']} | ${ratio.toFixed(1)}x faster |`);
  }
  console.log(
    `\nwarm / cold = ${(warm.durationMs / cold.durationMs).toFixed(3)}, installed / cold = ${(installed.durationMs / cold.durationMs).toFixed(3)}`,
  );
} finally {
  await results.stop();
  rmSync(workspace, { recursive: true, force: true });
  rmSync(runnerTemp, { recursive: true, force: true });
}
