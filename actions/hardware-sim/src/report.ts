import { cell, codeBlock, markdownTable, shellQuote, writeSummary } from '@archway/kit';
import type { HardwareSimResult } from '@archway/kit/contracts/hardware-sim-result';
import { type JunitCase, junitXml } from '@archway/kit/junit-writer';
import type { MqttSession } from './mqtt.ts';
import type { BoardRun } from './session.ts';

export interface BoardReport {
  run: BoardRun;
  title: string;
  command: string[];
  device?: string;
  firmware?: string;
}

/** The contract file's content: per board its steps, first byte and last lines. */
export function resultDocument(result: HardwareSimResult['result'], boards: BoardReport[]): HardwareSimResult {
  return {
    format: 'archway-hardware-sim-result/v1',
    result,
    boards: boards.map(({ run }) => ({
      board: run.board,
      result: run.result,
      steps: run.steps.map(({ name, status, seconds, message }) => ({
        name,
        status,
        seconds,
        ...(message ? { message: message.slice(0, 10_000) } : {}),
      })),
      ...(run.firstByteMs === undefined ? {} : { firstByteMs: Math.round(run.firstByteMs * 10) / 10 }),
      lastLines: run.lastLines.map((l) => l.slice(0, 10_000)),
    })),
  };
}

/** One test case per step, per board; a board with no steps gets one case for its whole run. */
export function junitReport(boards: BoardReport[]): string {
  return junitXml(
    'hardware-sim',
    boards.map(({ run, command, title }) => {
      const cases: JunitCase[] = run.steps.map((step, i) => ({
        name: `${String(i + 1).padStart(2, '0')} ${step.name}`,
        classname: `hardware-sim.${run.board}`,
        seconds: step.seconds,
        status: step.status === 'passed' ? 'passed' : step.status === 'skipped' ? 'skipped' : run.result === 'error' ? 'error' : 'failure',
        message: step.message,
        type: run.result,
        body: step.status === 'failed' ? run.lastLines.slice(-20).join('\n') : undefined,
      }));
      if (cases.length === 0) {
        cases.push({
          name: 'serial output',
          classname: `hardware-sim.${run.board}`,
          seconds: run.seconds,
          status: run.result === 'passed' ? 'passed' : 'failure',
          message: run.reason,
          type: run.result,
        });
      }
      return {
        name: `hardware-sim ${run.board}`,
        seconds: run.seconds,
        properties: { board: title, result: run.result, ...(command.length ? { command: shellQuote(command) } : {}) },
        cases,
        systemOut: run.lastLines.join('\n'),
      };
    }),
  );
}

const ICON = { passed: '✅', failed: '❌', skipped: '⏭️' } as const;

export async function writeReport(
  result: HardwareSimResult['result'],
  boards: BoardReport[],
  mqtt: MqttSession | undefined,
  artifact: string | undefined,
): Promise<void> {
  const parts = [`## hardware-sim: ${result}`, ''];
  parts.push(
    markdownTable(
      ['board', 'result', 'steps', 'first byte', 'seconds'],
      boards.map(({ run, title }) => [
        `${run.board} (${title})`,
        run.result,
        `${run.steps.filter((s) => s.status === 'passed').length}/${run.steps.length}`,
        run.firstByteMs === undefined ? '—' : `${run.firstByteMs.toFixed(1)} ms`,
        run.seconds.toFixed(2),
      ]),
    ),
  );
  for (const { run, command, device, firmware } of boards) {
    parts.push('', `### ${run.board}: ${run.result}`, '', cell(run.reason), '');
    if (run.steps.length > 0) {
      parts.push(
        markdownTable(
          ['', 'step', 'seconds', 'detail'],
          run.steps.map((s) => [ICON[s.status], s.name, s.seconds.toFixed(3), s.message ?? '']),
        ),
      );
    }
    if (firmware) parts.push('', `Firmware: \`${firmware}\``);
    if (device) parts.push('', `Device: \`${device}\` (removed when the step ended)`);
    const f = run.faults;
    if (f && f.dropped + f.corrupted + f.delayed + f.disconnects > 0) {
      parts.push(
        '',
        `Faults injected: ${f.dropped} bytes dropped, ${f.corrupted} corrupted, ${f.delayed} delays, ${f.disconnects} disconnects`,
      );
    }
    if (run.result !== 'passed')
      parts.push('', '<details open><summary>Last serial lines</summary>', '', codeBlock(run.lastLines.join('\n')), '</details>');
    if (command.length > 0) parts.push('', 'Rerun locally:', '', codeBlock(shellQuote(command), 'sh'));
  }
  if (mqtt) {
    parts.push(
      '',
      `### MQTT (${mqtt.url})`,
      '',
      `${mqtt.messages.length} messages seen, ${mqtt.published} published from serial lines, ${mqtt.brokerRestarts} broker restarts`,
    );
    const last = mqtt.messages.slice(-10);
    if (last.length > 0)
      parts.push(
        '',
        markdownTable(
          ['seconds', 'topic', 'payload'],
          last.map((m) => [m.seconds.toFixed(3), m.topic, m.payload.slice(0, 200)]),
        ),
      );
  }
  if (artifact) parts.push('', `Logs: artifact \`${artifact}\``);
  await writeSummary(`${parts.join('\n')}\n`);
}
