import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { inputError, readInputs, shellQuote, VerdictError, withCommandsStopped } from '@archway/kit';
import { uniqueArtifactName, uploadArtifactFiles } from '@archway/kit/artifact-upload';
import { parsePattern } from '@archway/kit/console-watch';
import { worstOutcome, writeHardwareSimResult } from '@archway/kit/contracts/hardware-sim-result';
import { killRecordedLeftovers } from '@archway/kit/leftover-processes';
import type { Board } from './boards.ts';
import { inputs, outputs } from './contract.ts';
import { loadFirmware } from './firmware.ts';
import type { BoardLink } from './link.ts';
import { MqttSession } from './mqtt.ts';
import { makePlan, type Plan } from './plan.ts';
import { loadProfile } from './profile.ts';
import { ensureQemu, qemuArgs, startQemu } from './qemu.ts';
import { type BoardReport, junitReport, resultDocument, writeReport } from './report.ts';
import { startRp2040 } from './rp2040.ts';
import { runSession } from './session.ts';
import { startVirtualDevice, type VirtualLink } from './virtual.ts';

type Given = Awaited<ReturnType<typeof readInputs<typeof inputs>>>;

export async function main(): Promise<void> {
  const given = await readInputs(inputs);
  const plan = await makePlan(given);
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const name =
    given.artifactName ||
    uniqueArtifactName(
      'hardware-sim',
      plan.boards.map((b) => b.id).join('-'),
      JSON.stringify([given.board, given.boards, given.firmware, given.profile, given.scenario, given.expectText]),
    );
  const dir = path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'hardware-sim', name);
  mkdirSync(dir, { recursive: true });

  const mqtt =
    given.mqtt === 'none'
      ? undefined
      : await MqttSession.open(given.mqtt, path.join(dir, 'mqtt.log'), performance.now(), plan.faults['broker-restart']);
  const reports: BoardReport[] = [];
  try {
    for (const board of plan.boards) reports.push(await runBoard(board, plan, given, { dir, workspace, mqtt }));
  } finally {
    await mqtt?.close();
  }

  const result = worstOutcome(reports.map((r) => r.run.result));
  const junit = path.join(dir, 'junit.xml');
  writeFileSync(junit, junitReport(reports));
  const resultFile = await writeHardwareSimResult(path.join(dir, 'hardware-sim-result.json'), resultDocument(result, reports));
  outputs.set('result', result);
  outputs.set(
    'steps',
    reports.flatMap((r) => r.run.steps),
  );
  outputs.set('serial-log', path.join(dir, `${plan.boards[0]?.id}.serial.log`));
  outputs.set('junit', junit);
  outputs.set('mqtt-log', mqtt ? path.join(dir, 'mqtt.log') : '');
  outputs.set('mqtt-url', mqtt?.url ?? '');
  outputs.set('device', reports.find((r) => r.device)?.device ?? '');
  outputs.set(
    'command',
    reports
      .map((r) => shellQuote(r.command))
      .filter(Boolean)
      .join('\n'),
  );
  outputs.set('result-file', resultFile);

  const files = readdirSync(dir).map((f) => path.join(dir, f));
  const uploaded =
    given.artifact &&
    (await uploadArtifactFiles(name, files, dir, async () => new (await import('@actions/artifact')).DefaultArtifactClient()));
  await writeReport(result, reports, mqtt, uploaded ? name : undefined);
  const failed = reports.filter((r) => r.run.result !== 'passed');
  if (failed.length > 0)
    throw new VerdictError(`hardware-sim ${result}: ${failed.map((r) => `${r.run.board}: ${r.run.reason}`).join('; ')}`);
  core.info(`hardware-sim passed: ${reports.map((r) => `${r.run.board} (${r.run.steps.length} steps)`).join(', ')}`);
}

/** Start one board (emulator or virtual device), run the steps on it, and stop it. */
async function runBoard(
  board: Board,
  plan: Plan,
  given: Given,
  context: { dir: string; workspace: string; mqtt?: MqttSession },
): Promise<BoardReport> {
  const startedAt = performance.now();
  const boardDir = path.join(context.dir, board.id);
  mkdirSync(boardDir, { recursive: true });
  let firmware: string | undefined;
  let link: BoardLink;
  let virtual: VirtualLink | undefined;
  if (board.kind === 'virtual') {
    if (given.firmware)
      throw inputError(
        'firmware',
        given.firmware,
        `board ${board.id} has no emulator here; it is a virtual device driven by a profile: leave firmware empty`,
      );
    const profileName = given.profile || board.defaultProfile;
    if (!profileName)
      throw inputError('profile', '', `board ${board.id} needs a profile: a built-in one (esp32, stm32, rp2040, riscv) or a YAML file`);
    virtual = await startVirtualDevice(await loadProfile(profileName), boardDir, plan.faults, startedAt);
    link = virtual;
  } else {
    firmware = given.firmware.replaceAll('{board}', board.id);
    if (!firmware)
      throw inputError('firmware', '', `board ${board.id} runs real firmware: give the image (ELF, Intel hex, raw bin or UF2)`);
    const { readUserBytes, resolveUserPath } = await import('@archway/kit/files');
    const bytes = await readUserBytes('firmware', firmware, { maxBytes: 64 * 1024 * 1024, what: 'firmware image' });
    const image = loadFirmware(bytes, firmware, board);
    const file = await resolveUserPath('firmware', firmware);
    core.info(`hardware-sim: ${board.id} (${board.title}) with ${firmware}: ${image.description}`);
    if (board.kind === 'qemu') {
      const binary = await ensureQemu(board);
      // The command runs from the workspace, so the rerun line shows the path the user gave.
      link = startQemu(
        binary,
        qemuArgs(board, image, image.format === 'elf' || image.format === 'ihex' || image.format === 'bin' ? firmware : file, boardDir),
        context.workspace,
      );
    } else {
      link = await startRp2040(board, image, firmware);
    }
  }
  context.mqtt?.bridge(given.mqttBridge, board.id, (data) => link.write(data));
  const hostEnv = {
    ...process.env,
    HARDWARE_SIM_BOARD: board.id,
    ...(virtual ? { HARDWARE_SIM_DEVICE: virtual.device } : {}),
    ...(context.mqtt ? { HARDWARE_SIM_MQTT_URL: context.mqtt.url } : {}),
  };
  core.startGroup(`Serial: ${board.id}`);
  const run = await withCommandsStopped(() =>
    runSession({
      board: board.id,
      link,
      steps: plan.steps,
      failOn: [...board.crashPatterns.map((p) => parsePattern(p, 'board')), ...plan.failText],
      timeoutMs: given.timeout * 1000,
      startedAt,
      serialLog: path.join(context.dir, `${board.id}.serial.log`),
      mqtt: context.mqtt,
      hostEnv,
      cwd: context.workspace,
      onLine: (line) => core.info(line),
      faults: virtual ? () => ({ ...(virtual as VirtualLink).faults.counts }) : undefined,
      hostProgram: virtual ? { started: () => virtual.hostProgramStarted(), ended: () => virtual.hostProgramEnded() } : undefined,
    }),
  ).finally(() => core.endGroup());
  core.info(`hardware-sim ${board.id}: ${run.result} (${run.reason})`);
  return { run, title: board.title, command: link.command, device: virtual?.device, firmware };
}

/** The post step: no emulator, PTY or program of ours outlives the job step, even if the main step was killed. */
export async function post(): Promise<void> {
  const killed = killRecordedLeftovers();
  if (killed > 0) core.info(`hardware-sim: stopped ${killed} leftover process(es)`);
}
