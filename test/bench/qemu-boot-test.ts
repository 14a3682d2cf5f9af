import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startProcess } from '@archway/kit/process';
import { repoRoot } from '../build/bundles.ts';
import { busyboxInitramfs, debianKernel } from '../fixtures/boot-images/build.ts';
import { inputEnvName, readActionYml } from '../harness/action-yml.ts';
import { parseFileCommand } from '../harness/file-commands.ts';
import { node24 } from '../harness/node24.ts';

/**
 * qemu-boot-test against qemu run by hand, on the same boot: Debian's kernel and a busybox initramfs
 * whose init powers off at once, under TCG.
 *   1. wall time of the action's step (node dist/index.js, as the runner starts it) over the hand-run
 *      qemu command it prints (goal <= 1.10);
 *   2. the delay from the moment the kernel's panic line reaches the step log to the step's exit (goal < 1 s).
 * Prints medians of RUNS runs.
 *
 *   pnpm bench qemu-boot-test
 */
const RUNS = Number(process.env.RUNS ?? 5);
const action = path.join(repoRoot, 'actions/qemu-boot-test');
const dir = mkdtempSync(path.join(os.tmpdir(), 'qbt-bench-'));
const kernel = debianKernel();
const initrd = busyboxInitramfs(dir);
let runs = 0;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

interface Step {
  ms: number;
  exitCode: number | null;
  outputs: Record<string, string>;
  /** When each stdout line arrived, in ms from the step's start. */
  lines: { at: number; text: string }[];
}

/** The main step as the runner runs it: node 24 on the bundle, INPUT_* with defaults, file commands. */
async function step(inputs: Record<string, string>): Promise<Step> {
  const files = path.join(dir, `run-${++runs}`);
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: os.homedir(), RUNNER_TEMP: files, GITHUB_WORKSPACE: dir };
  for (const [name, spec] of Object.entries(readActionYml(action).inputs)) env[inputEnvName(name)] = inputs[name] ?? spec.default ?? '';
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV', 'GITHUB_PATH']) {
    env[name] = `${files}-${name}`;
    writeFileSync(env[name], '');
  }
  const lines: Step['lines'] = [];
  const started = performance.now();
  const proc = startProcess(node24(), [path.join(action, 'dist/index.js')], {
    env,
    cwd: dir,
    onStdout: (text) => lines.push({ at: performance.now() - started, text }),
  });
  const result = await proc.exited;
  const ms = performance.now() - started;
  return { ms, exitCode: result.exitCode, outputs: parseFileCommand(readFileSync(env.GITHUB_OUTPUT as string, 'utf8')), lines };
}

/** The printed command, pasted into a shell: what a person would run by hand. */
async function byHand(command: string): Promise<number> {
  const started = performance.now();
  const result = await startProcess('sh', ['-c', `exec ${command} </dev/null`], { onStdout: () => undefined }).exited;
  if (result.exitCode !== 0) throw new Error(`hand-run qemu exited ${result.exitCode}: ${result.stderr}`);
  return performance.now() - started;
}

const boot = {
  kernel,
  initrd,
  accel: 'tcg',
  append: 'panic=-1 archway.init=poweroff',
  expect: '- "archway-init: powering off"',
  until: 'exit',
  upload: 'false',
};
const first = await step(boot);
if (first.outputs.result !== 'passed') throw new Error(`the boot did not pass: ${first.lines.map((l) => l.text).join('\n')}`);
const command = first.outputs.command as string;
const actionMs: number[] = [];
const handMs: number[] = [];
for (let i = 0; i < RUNS; i++) {
  handMs.push(await byHand(command));
  actionMs.push((await step(boot)).ms);
}
const ratio = median(actionMs) / median(handMs);
console.log(
  `boot to poweroff, ${RUNS} runs each (TCG): qemu by hand ${(median(handMs) / 1000).toFixed(2)} s, action ${(median(actionMs) / 1000).toFixed(2)} s`,
);
console.log(
  `  action / hand-run = ${ratio.toFixed(3)} (goal <= 1.10: ${ratio <= 1.1 ? 'met' : 'missed'}); fixed cost ${(median(actionMs) - median(handMs)).toFixed(0)} ms`,
);

const delays: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const run = await step({
    ...boot,
    append: 'panic=-1 archway.init=exit',
    expect: '- "never printed"',
    until: 'milestones',
    timeout: '300',
  });
  const panic = run.lines.find((l) => l.text.includes('Kernel panic - not syncing'));
  if (run.outputs.result !== 'failed' || !panic) throw new Error('the panic boot did not fail on the panic line');
  delays.push(run.ms - panic.at);
}
const delay = median(delays);
console.log(
  `panic line to step exit: median ${delay.toFixed(0)} ms, worst ${Math.max(...delays).toFixed(0)} ms (goal < 1000 ms: ${delay < 1000 ? 'met' : 'missed'})`,
);
