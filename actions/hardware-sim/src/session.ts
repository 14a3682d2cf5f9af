import { createWriteStream, type WriteStream } from 'node:fs';
import { errorMessage, startProcess } from '@archway/kit';
import { ConsoleWatch, type TextPattern } from '@archway/kit/console-watch';
import type { HardwareSimOutcome } from '@archway/kit/contracts/hardware-sim-result';
import type { FaultCounts } from './faults.ts';
import type { BoardLink } from './link.ts';
import type { MqttSession } from './mqtt.ts';
import type { Step } from './scenario.ts';

export interface StepRecord {
  board: string;
  name: string;
  kind: Step['kind'];
  status: 'passed' | 'failed' | 'skipped';
  seconds: number;
  message?: string;
}

export interface BoardRun {
  board: string;
  result: HardwareSimOutcome;
  reason: string;
  steps: StepRecord[];
  firstByteMs?: number;
  lastLines: string[];
  seconds: number;
  faults?: FaultCounts;
}

export interface SessionOptions {
  board: string;
  link: BoardLink;
  steps: Step[];
  /** Crash patterns and fail-text: the first line matching one fails the run at once. */
  failOn: TextPattern[];
  timeoutMs: number;
  startedAt: number;
  serialLog: string;
  mqtt?: MqttSession;
  /** Environment and working directory of `run` steps. */
  hostEnv: NodeJS.ProcessEnv;
  cwd: string;
  onLine: (line: string) => void;
  faults?: () => FaultCounts;
  hostProgram?: { started(): void; ended(): void };
}

/** How a step's wait ended when it did not simply succeed. */
class Interrupted extends Error {
  constructor(
    readonly outcome: HardwareSimOutcome,
    message: string,
  ) {
    super(message);
  }
}

/**
 * One board's run: its serial output feeds the log, the watch the steps wait on, the crash/fail patterns
 * and the MQTT bridge; the steps run in order, each racing the patterns, the emulator's exit and the
 * deadline. The first failure ends the run; the steps after it are skipped.
 */
export async function runSession(options: SessionOptions): Promise<BoardRun> {
  const { link, startedAt } = options;
  const log: WriteStream = createWriteStream(options.serialLog);
  const watch = new ConsoleWatch();
  const now = () => performance.now();
  let firstByteMs: number | undefined;
  let stopReason: Interrupted | undefined;
  const stopListeners = new Set<(reason: Interrupted) => void>();
  const stop = (reason: Interrupted) => {
    if (stopReason) return;
    stopReason = reason;
    for (const listener of stopListeners) listener(reason);
  };
  const failOn = [...options.failOn];

  link.onData((data) => {
    firstByteMs ??= now() - startedAt;
    log.write(data);
    watch.push(data);
  });
  watch.onLine((line) => {
    options.onLine(line);
    options.mqtt?.serialLine(line);
    const hit = failOn.find((p) => p.test(line));
    if (hit) stop(new Interrupted('failed', `fail pattern ${hit.source} matched: ${line.trim()}`));
  });
  link.onExit((reason, code) => {
    const failed = code !== 0 || firstByteMs === undefined;
    stop(new Interrupted(firstByteMs === undefined ? 'error' : failed ? 'failed' : 'passed', reason));
  });
  const deadline = startedAt + options.timeoutMs;
  const deadlineTimer = setTimeout(
    () => stop(new Interrupted('timeout', `timed out after ${options.timeoutMs / 1000} s`)),
    Math.max(0, deadline - now()),
  );

  /** Wait for `promise`, or for the step's own timeout (a failure), or for anything that ends the run. */
  const within = <T>(promise: Promise<T>, step: Step, onTimeout: () => string): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (stopReason) return reject(stopReason);
      const stepTimer =
        step.timeoutMs !== undefined && startedAtStep + step.timeoutMs < deadline
          ? setTimeout(() => finish(() => reject(new Interrupted('failed', onTimeout()))), step.timeoutMs)
          : undefined;
      const onStop = (reason: Interrupted) => finish(() => reject(reason));
      const finish = (settle: () => void) => {
        if (stepTimer) clearTimeout(stepTimer);
        stopListeners.delete(onStop);
        settle();
      };
      stopListeners.add(onStop);
      promise.then(
        (value) => finish(() => resolve(value)),
        (error) => finish(() => reject(error)),
      );
    });

  let cursor = 0;
  let mqttCursor = 0;
  let startedAtStep = now();
  const records: StepRecord[] = [];

  const runStep = async (step: Step): Promise<string | undefined> => {
    switch (step.kind) {
      case 'wait-serial':
      case 'expect-text': {
        const wait = watch.waitFor(step.pattern, cursor);
        try {
          const match = await within(wait.matched, step, () => `${step.pattern.source} not seen within ${step.timeoutMs} ms`);
          cursor = match.end;
          return match.text.trim();
        } finally {
          wait.cancel();
        }
      }
      case 'console': {
        // Twister's console harness: regexes on lines, in order (or all of them in any order).
        const seen: string[] = [];
        if (step.ordered) {
          for (const pattern of step.patterns) {
            const wait = watch.waitFor(pattern, cursor);
            try {
              const match = await within(
                wait.matched,
                step,
                () => `${pattern.source} not seen within ${step.timeoutMs} ms (matched ${seen.length} of ${step.patterns.length})`,
              );
              cursor = match.end;
              seen.push(match.text.trim());
            } finally {
              wait.cancel();
            }
          }
        } else {
          const waits = step.patterns.map((p) => watch.waitFor(p, cursor));
          try {
            const matches = await within(
              Promise.all(waits.map((w) => w.matched)),
              step,
              () => `not every line seen within ${step.timeoutMs} ms`,
            );
            cursor = Math.max(...matches.map((m) => m.end));
          } finally {
            for (const w of waits) w.cancel();
          }
        }
        return `${step.patterns.length} lines matched`;
      }
      case 'fail-serial':
        failOn.push(step.pattern);
        return undefined;
      case 'write-serial':
        link.write(step.data);
        return undefined;
      case 'delay':
        await within(new Promise((resolve) => setTimeout(resolve, step.ms)), step, () => 'delay interrupted');
        return undefined;
      case 'expect-pin':
      case 'wait-pin':
      case 'set-pin': {
        const pins = link.pins as NonNullable<BoardLink['pins']>;
        const pin = pins.resolve(step.pin);
        if (pin === undefined) throw new Interrupted('failed', `no pin ${String(step.pin)} on ${options.board}`);
        if (step.kind === 'set-pin') {
          pins.set(pin, step.value);
          return undefined;
        }
        if (pins.read(pin) === step.value) return `pin ${pin} is ${step.value}`;
        // expect-pin checks now (Wokwi's meaning) unless it has a timeout; wait-pin always waits.
        if (step.kind === 'expect-pin' && step.timeoutMs === undefined) {
          throw new Interrupted('failed', `pin ${pin} is ${pins.read(pin) ?? 'floating'}, expected ${step.value}`);
        }
        await within(
          new Promise<void>((resolve) => pins.onChange((p, value) => p === pin && value === step.value && resolve())),
          step,
          () => `pin ${pin} did not become ${step.value} within ${step.timeoutMs} ms`,
        );
        return `pin ${pin} became ${step.value}`;
      }
      case 'expect-mqtt': {
        const mqtt = options.mqtt as MqttSession;
        const timeout = Math.max(0, (step.timeoutMs !== undefined ? startedAtStep + step.timeoutMs : deadline) - now());
        const found = await within(mqtt.waitFor(step.topic, step.payload, mqttCursor, timeout), step, () => 'no message');
        if (!found) {
          if (now() >= deadline) throw new Interrupted('timeout', `timed out waiting for an MQTT message on ${step.topic}`);
          throw new Interrupted(
            'failed',
            `no message on ${step.topic}${step.payload ? ` matching ${step.payload.source}` : ''} within ${step.timeoutMs} ms`,
          );
        }
        mqttCursor = found.index + 1;
        return `${found.message.topic} ${found.message.payload}`.slice(0, 200);
      }
      case 'publish-mqtt':
        await within((options.mqtt as MqttSession).publish(step.topic, step.payload, step.retain), step, () => 'publish did not complete');
        return undefined;
      case 'run':
        return runHostProgram(step, options, (p) => within(p, step, () => `${step.argv[0]} did not finish within ${step.timeoutMs} ms`));
      case 'set-control':
      case 'take-screenshot':
        // Refused before the board starts (see checkSteps); kept for the type's sake.
        throw new Interrupted('error', `${step.kind} is not supported`);
    }
  };

  for (const step of options.steps) {
    if (stopReason) {
      records.push({
        board: options.board,
        name: step.name,
        kind: step.kind,
        status: 'skipped',
        seconds: 0,
        message: 'not run: the run ended earlier',
      });
      continue;
    }
    startedAtStep = now();
    try {
      const message = await runStep(step);
      records.push({
        board: options.board,
        name: step.name,
        kind: step.kind,
        status: 'passed',
        seconds: (now() - startedAtStep) / 1000,
        message,
      });
    } catch (error) {
      const reason = error instanceof Interrupted ? error : new Interrupted('error', errorMessage(error));
      records.push({
        board: options.board,
        name: step.name,
        kind: step.kind,
        status: 'failed',
        seconds: (now() - startedAtStep) / 1000,
        message: reason.message,
      });
      stop(reason);
    }
  }
  // With no step to wait for, the run watches the serial output until the deadline (fail patterns only).
  if (options.steps.length === 0 && !stopReason) await new Promise<void>((resolve) => stopListeners.add(() => resolve()));
  clearTimeout(deadlineTimer);
  const ended = stopReason as Interrupted | undefined;
  // From here on the board is being stopped by the action: its exit is no verdict.
  stopReason ??= new Interrupted('passed', 'stopped');

  await link.stop();
  watch.flush();
  await new Promise<void>((resolve) => log.end(resolve));
  const noStepsTimedOut = options.steps.length === 0 && ended?.outcome === 'timeout';
  const result: HardwareSimOutcome = !ended || noStepsTimedOut ? 'passed' : ended.outcome;
  return {
    board: options.board,
    result,
    reason: !ended
      ? `all ${records.length} steps passed`
      : noStepsTimedOut
        ? `no fail pattern in ${options.timeoutMs / 1000} s`
        : ended.message,
    steps: records,
    firstByteMs,
    lastLines: watch.lastLines(),
    seconds: (now() - startedAt) / 1000,
    faults: options.faults?.(),
  };
}

/** A `run` step: the user's program against the device; its exit status is the step's verdict. */
async function runHostProgram(
  step: Extract<Step, { kind: 'run' }>,
  options: SessionOptions,
  within: <T>(p: Promise<T>) => Promise<T>,
): Promise<string> {
  const [command, ...args] = step.argv as [string, ...string[]];
  const output: string[] = [];
  const keep = (line: string) => {
    output.push(line);
    if (output.length > 20) output.shift();
    options.onLine(`[${command}] ${line}`);
  };
  options.hostProgram?.started();
  const proc = startProcess(command, args, { cwd: options.cwd, env: options.hostEnv, onStdout: keep, onStderr: keep, input: '' });
  try {
    const result = await within(proc.exited).catch(async (error) => {
      await proc.stop();
      throw error;
    });
    if (result.exitCode === 0) return `${command} exited with status 0${output.length ? `: ${output.at(-1)}` : ''}`;
    throw new Interrupted(
      'failed',
      `${command} exited with status ${result.exitCode ?? result.signal}${output.length ? `: ${output.slice(-3).join(' / ')}` : ''}`,
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Interrupted('error', `${command} could not be started: not found on PATH or in the workspace`);
    throw error;
  } finally {
    options.hostProgram?.ended();
  }
}
