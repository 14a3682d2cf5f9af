import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { annotate, readInputs, shellQuote, withCommandsStopped } from '@archway/kit';
import { writeBootTimings } from '@archway/kit/contracts/boot-timings';
import { artifactName, uploadReports } from './artifact.ts';
import { qemuCommand } from './command.ts';
import { inputs, outputs } from './contract.ts';
import { judgeGuestTests, readGuestTests, testsOutput } from './guest-tests.ts';
import { junitReport } from './junit.ts';
import { chooseAccel } from './kvm.ts';
import { makePlan, resolveImages } from './plan.ts';
import { killLeftovers, track } from './processes.ts';
import { ensureQemu } from './qemu.ts';
import { annotateWarnings, bootTime, bootTimings, failureVerdict, writeReport } from './report.ts';
import { runSession } from './session.ts';
import type { SessionResult } from './session-types.ts';

export async function main(): Promise<void> {
  const given = await readInputs(inputs);
  const plan = makePlan(given, await resolveImages(given));
  const binary = await ensureQemu(plan.preset);
  const root = path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'qemu-boot-test');
  mkdirSync(root, { recursive: true });

  const { accel, notice } = await chooseAccel(plan.accel, plan.preset, root, track);
  if (notice) annotate({ level: 'notice', title: 'qemu-boot-test', message: notice });
  const { args } = qemuCommand(plan, accel);
  const command = shellQuote([plan.preset.binary, ...args]);
  const name = artifactName(plan.artifactName, plan.preset.arch, command);
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  const log = path.join(dir, 'serial.log');
  const junit = path.join(dir, 'junit.xml');
  const timings = path.join(dir, 'boot-timings.json');
  core.info(`qemu-boot-test: ${plan.preset.arch} under ${accel.toUpperCase()}\n${command}`);

  let result: SessionResult | undefined;
  let attempts = 0;
  while (attempts <= plan.retries) {
    attempts++;
    if (attempts > 1 && existsSync(log)) renameSync(log, path.join(dir, `serial.attempt-${attempts - 1}.log`));
    result = await bootOnce(plan, binary, args, log);
    if (result.outcome !== 'error' || attempts > plan.retries) break;
    core.warning(`qemu-boot-test attempt ${attempts} of ${plan.retries + 1}: ${result.reason}; retrying`);
  }
  if (!result) throw new Error('no boot attempt ran');
  const guest = given.guestTests === 'ignore' ? undefined : await readGuestTests(log);
  if (given.guestTests === 'judge') result = judgeGuestTests(result, guest);

  writeFileSync(junit, junitReport(result, { arch: plan.preset.arch, accel, command, judgedByExit: plan.until === 'exit' }, guest));
  await writeBootTimings(timings, bootTimings(result, plan.preset.arch, plan.machine));
  outputs.set('result', result.outcome);
  outputs.set('boot-time', bootTime(result)?.toString() ?? '');
  outputs.set('milestones', result.checks);
  outputs.set('log', log);
  outputs.set('junit', junit);
  outputs.set('tests', testsOutput(guest));
  outputs.set('timings', timings);
  outputs.set('command', command);
  outputs.set('accel', accel);
  outputs.set('exit-code', result.exitCode === null ? '' : String(result.exitCode));

  const files = readdirSync(dir).map((f) => path.join(dir, f));
  const uploaded = plan.upload && (await uploadReports(name, files, dir));
  await writeReport(result, { arch: plan.preset.arch, accel, command, log, junit, attempts, artifact: uploaded ? name : undefined, guest });
  annotateWarnings(result);
  if (result.outcome !== 'passed') throw failureVerdict(result);
  core.info(`qemu-boot-test passed: ${result.reason}`);
}

/** One boot, its console echoed into a log group (with workflow commands off: the guest prints what it likes). */
async function bootOnce(plan: ReturnType<typeof makePlan>, binary: string, args: string[], log: string): Promise<SessionResult> {
  core.startGroup(`Serial console (${path.basename(binary)})`);
  try {
    return await withCommandsStopped(() =>
      runSession({
        command: binary,
        args,
        milestones: plan.milestones,
        steps: plan.steps,
        failOn: plan.failOn,
        warnOn: plan.warnOn,
        timeoutMs: plan.timeoutMs,
        until: plan.until,
        exit: plan.exit,
        logFile: log,
        onStart: track,
        onLine: (line) => core.info(line),
        onProgress: (message) => core.info(`[qemu-boot-test] ${message}`),
      }),
    );
  } finally {
    core.endGroup();
  }
}

/** The post step: nothing of ours may outlive the job step, even if the main step was killed outright. */
export async function post(): Promise<void> {
  const killed = killLeftovers();
  if (killed > 0) core.info(`qemu-boot-test: stopped ${killed} leftover qemu process(es)`);
}
