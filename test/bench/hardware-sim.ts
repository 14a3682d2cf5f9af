import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startProcess } from '@archway/kit/process';
import { repoRoot } from '../build/bundles.ts';
import { buildFirmware, type FirmwareTarget } from '../fixtures/firmware/build.ts';
import { inputEnvName, readActionYml } from '../harness/action-yml.ts';
import { parseFileCommand } from '../harness/file-commands.ts';
import { node24 } from '../harness/node24.ts';

/**
 * hardware-sim, measured on the test firmware built from test/fixtures/firmware:
 *   1. per board, the time from the board's start to its first UART byte (the action's firstByteMs), and the
 *      same for qemu started by hand;
 *   2. the action's wall time (node on the bundle, as the runner starts it) over a hand-scripted harness that
 *      starts the same emulator command, waits for the banner, exchanges ROUNDS ping/pong lines and stops it
 *      (goal <= 1.10);
 *   3. 1,000 rapid request/response rounds (write-serial, then wait-serial for the answer) on a virtual
 *      device: no hang, and the median milliseconds per round (goal < 2 ms), at 115200 baud and unpaced.
 * Medians of RUNS runs (env RUNS, ROUNDS; BOARDS a comma-separated subset, VIRTUAL=0 skips part 3).
 *
 *   pnpm bench hardware-sim
 */
const RUNS = Number(process.env.RUNS ?? 5);
const ROUNDS = Number(process.env.ROUNDS ?? 50);
const action = path.join(repoRoot, 'actions/hardware-sim');
const dir = mkdtempSync(path.join(os.tmpdir(), 'hwsim-bench-'));
let runs = 0;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

interface Step {
  ms: number;
  exitCode: number | null;
  outputs: Record<string, string>;
  stdout: string;
}

/** The main step as the runner runs it: node 24 on the bundle, INPUT_* with defaults, file commands. */
async function step(inputs: Record<string, string>): Promise<Step> {
  const files = path.join(dir, `run-${++runs}`);
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: os.homedir(), RUNNER_TEMP: files, GITHUB_WORKSPACE: dir };
  for (const [name, spec] of Object.entries(readActionYml(action).inputs)) env[inputEnvName(name)] = inputs[name] ?? spec.default ?? '';
  env.INPUT_ARTIFACT = 'false';
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV', 'GITHUB_PATH']) {
    env[name] = `${files}-${name}`;
    writeFileSync(env[name], '');
  }
  const started = performance.now();
  const result = await startProcess(node24(), [path.join(action, 'dist/index.js')], { env, cwd: dir }).exited;
  const ms = performance.now() - started;
  const outputs = parseFileCommand(readFileSync(env.GITHUB_OUTPUT as string, 'utf8'));
  if (outputs.result !== 'passed') throw new Error(`the run did not pass (${outputs.result}):\n${result.stdout.slice(-3000)}`);
  return { ms, exitCode: result.exitCode, outputs, stdout: result.stdout };
}

function firstByteMs(run: Step): number {
  const document = JSON.parse(readFileSync(run.outputs['result-file'] as string, 'utf8')) as { boards: { firstByteMs?: number }[] };
  return document.boards[0]?.firstByteMs ?? Number.NaN;
}

/**
 * What a team scripts by hand: start the emulator command, wait for the banner, then `rounds` times write
 * "ping" and wait for "pong", and stop it. Returns the wall time and the time to the first byte.
 */
async function byHand(command: string[], rounds: number): Promise<{ ms: number; firstByteMs: number }> {
  const started = performance.now();
  const [binary, ...args] = command as [string, ...string[]];
  const proc = startProcess(binary, args, { cwd: dir, killGraceMs: 500 });
  let text = '';
  let first = Number.NaN;
  let waiting: { needle: string; from: number; resolve: (end: number) => void } | undefined;
  const check = () => {
    if (!waiting) return;
    const at = text.indexOf(waiting.needle, waiting.from);
    if (at >= 0) {
      const { resolve, needle } = waiting;
      waiting = undefined;
      resolve(at + needle.length);
    }
  };
  proc.child.stdout?.on('data', (chunk: Buffer) => {
    if (Number.isNaN(first)) first = performance.now() - started;
    text += chunk.toString('latin1');
    check();
  });
  const wait = (needle: string, from: number) =>
    new Promise<number>((resolve) => {
      waiting = { needle, from, resolve };
      check();
    });
  let cursor = await wait('ready>', 0);
  for (let i = 0; i < rounds; i++) {
    proc.child.stdin?.write('ping\r');
    cursor = await wait('pong', cursor);
  }
  await proc.stop();
  return { ms: performance.now() - started, firstByteMs: first };
}

const pingRounds = (rounds: number) =>
  [
    'steps:',
    '  - wait-serial: "ready>"',
    ...Array.from({ length: rounds }, () => ['  - write-serial: "ping\\r"', '  - wait-serial: pong']).flat(),
  ].join('\n');

const boards = (process.env.BOARDS ?? 'stm32vldiscovery,netduinoplus2,mps2-an385,sifive_e,uno')
  .split(',')
  .filter(Boolean) as FirmwareTarget[];
console.log(`hardware-sim benchmark: ${RUNS} runs each, ${ROUNDS} ping/pong rounds per emulated run, ${os.cpus().length} CPUs`);
console.log('');
console.log('board              first byte: action  by hand   wall: action  by hand   action/hand  fixed cost');
const ratios: number[] = [];
for (const board of boards) {
  const firmware = `${board}.elf`;
  copyFileSync(buildFirmware(board).elf, path.join(dir, firmware));
  const inputs = { board, firmware, scenario: pingRounds(ROUNDS), timeout: '120' };
  const first = await step(inputs);
  const command = (first.outputs.command as string).split(' ');
  const action: Step[] = [];
  const hand: { ms: number; firstByteMs: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    hand.push(await byHand(command, ROUNDS));
    action.push(await step(inputs));
  }
  const actionMs = median(action.map((r) => r.ms));
  const handMs = median(hand.map((r) => r.ms));
  ratios.push(actionMs / handMs);
  console.log(
    [
      board.padEnd(18),
      `${median(action.map(firstByteMs)).toFixed(1)} ms`.padStart(18),
      `${median(hand.map((h) => h.firstByteMs)).toFixed(1)} ms`.padStart(9),
      `${(actionMs / 1000).toFixed(3)} s`.padStart(14),
      `${(handMs / 1000).toFixed(3)} s`.padStart(9),
      (actionMs / handMs).toFixed(3).padStart(12),
      `${(actionMs - handMs).toFixed(0)} ms`.padStart(11),
    ].join(' '),
  );
}
const ratio = median(ratios);
console.log(`action / hand-run, median over boards: ${ratio.toFixed(3)} (goal <= 1.10: ${ratio <= 1.1 ? 'met' : 'missed'})`);

// A virtual device with no telemetry, answering each request with one line.
console.log('');
const N = 1000;
for (const baud of process.env.VIRTUAL === '0' ? [] : [115200, 0]) {
  const profile = path.join(dir, `counter-${baud}.yml`);
  writeFileSync(
    profile,
    `name: counter\nbaud: ${baud}\nbanner: ready\nrules:\n  - match: '/^get (?<n>\\d+)$/'\n    reply: "value {{n}} ok"\n`,
  );
  const scenario = [
    'steps:',
    '  - wait-serial: ready',
    ...Array.from({ length: N }, (_, i) => [`  - write-serial: "get ${i}\\n"`, `  - wait-serial: "value ${i} ok"`]).flat(),
  ].join('\n');
  const perRound: number[] = [];
  const totals: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await step({ board: 'virtual', profile: path.basename(profile), scenario, timeout: '120' });
    const steps = JSON.parse(run.outputs.steps as string) as { kind: string; seconds: number }[];
    const rounds: number[] = [];
    for (let s = 1; s + 1 < steps.length; s += 2) rounds.push(((steps[s]?.seconds ?? 0) + (steps[s + 1]?.seconds ?? 0)) * 1000);
    if (rounds.length !== N) throw new Error(`expected ${N} rounds, got ${rounds.length}`);
    perRound.push(median(rounds));
    totals.push(rounds.reduce((a, b) => a + b, 0));
  }
  const m = median(perRound);
  console.log(
    `virtual device at ${baud ? `${baud} baud` : 'no pacing'}: ${N} request/response rounds, median ${m.toFixed(3)} ms per round, ` +
      `${(median(totals) / 1000).toFixed(2)} s for all (goal < 2 ms: ${m < 2 ? 'met' : 'missed'})`,
  );
}
