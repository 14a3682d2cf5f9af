import { createWriteStream, type WriteStream } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { errorMessage, type RunningProcess, startProcess } from '@archway/kit';
import { ConsoleText } from './console.ts';
import { MilestoneTracker } from './milestones.ts';
import { ScriptRunner } from './script.ts';
import type { CheckRecord, ConsoleEvent, Outcome, SessionOptions, SessionResult } from './session-types.ts';

/** After a failure line, keep reading this long for the backtrace that follows (it comes in one burst). */
const FAILURE_QUIET_MS = 150;
const FAILURE_GRACE_MS = 500;

/** Boot once: run qemu, feed its console through milestones, script and failure rules, decide. */
export function runSession(options: SessionOptions): Promise<SessionResult> {
  return new BootSession(options).run();
}

class BootSession {
  private readonly console = new ConsoleText();
  private readonly started = performance.now();
  private readonly log: WriteStream;
  private proc: RunningProcess | undefined;
  private verdict: { outcome: Outcome; reason: string; failure?: ConsoleEvent } | undefined;
  private readonly excerpt: string[] = [];
  private readonly warnings: ConsoleEvent[] = [];
  private timer: NodeJS.Timeout | undefined;
  private graceTimer: NodeJS.Timeout | undefined;
  private stopping: Promise<unknown> | undefined;
  private exitedOnItsOwn = false;

  private readonly milestones: MilestoneTracker;
  private readonly script: ScriptRunner;

  constructor(private readonly options: SessionOptions) {
    this.log = createWriteStream(options.logFile);
    this.milestones = new MilestoneTracker(options.milestones, this.console, (m) =>
      options.onProgress?.(`✓ ${m.name} (${this.seconds().toFixed(2)} s)`),
    );
    this.script = new ScriptRunner(options.steps, this.console, {
      send: (text) => this.proc?.write(text),
      progress: (message) => options.onProgress?.(message),
      elapsedMs: () => this.elapsedMs(),
      seconds: () => this.seconds(),
    });
  }

  async run(): Promise<SessionResult> {
    const { options } = this;
    let proc: RunningProcess;
    try {
      proc = startProcess(options.command, options.args, { killGraceMs: 1000 });
    } catch (error) {
      return this.finish(
        { exitCode: null, signal: null, stderr: errorMessage(error) },
        'error',
        `qemu could not start: ${errorMessage(error)}`,
      );
    }
    this.proc = proc;
    if (proc.pid !== undefined) options.onStart?.(proc.pid);
    proc.child.stdout?.on('data', (chunk: Buffer) => this.onLines(this.console.push(chunk)));
    // A guest that stopped reading (qemu exiting) makes a send fail with EPIPE: the exit decides the verdict.
    proc.child.stdin?.on('error', () => undefined);
    this.script.start();
    this.evaluate();
    try {
      const result = await proc.exited;
      this.exitedOnItsOwn = this.stopping === undefined;
      this.onLines(this.console.flush());
      if (!this.verdict) this.evaluate();
      if (!this.verdict) this.judgeExit(result.exitCode, result.signal, result.stderr);
      return this.finish(result);
    } catch (error) {
      return this.finish({ exitCode: null, signal: null, stderr: '' }, 'error', `qemu could not start: ${errorMessage(error)}`);
    }
  }

  private elapsedMs(): number {
    return performance.now() - this.started;
  }

  private seconds(ms = this.elapsedMs()): number {
    return Math.round(ms) / 1000;
  }

  private onLines(lines: string[]): void {
    const first = this.console.lineCount - lines.length + 1;
    for (const [i, line] of lines.entries()) {
      this.log.write(`${line}\n`);
      this.options.onLine?.(line);
      if (this.verdict) {
        if (this.verdict.failure && this.excerpt.length < 30) this.excerpt.push(line);
        continue;
      }
      const lineNumber = first + i;
      const warning = this.options.warnOn.find((rule) => rule.test(line));
      if (warning) this.warnings.push({ kind: warning.kind, line, lineNumber, seconds: this.seconds() });
      const failure = this.options.failOn.find((rule) => rule.test(line));
      if (failure) {
        const at = this.console.tail.length - (lines.length - i);
        this.excerpt.push(...this.console.tail.slice(Math.max(0, at - 5), Math.max(0, at)), line);
        this.conclude('failed', `${failure.kind}: ${line.trim()}`, { kind: failure.kind, line, lineNumber, seconds: this.seconds() });
      }
    }
    this.evaluate();
  }

  /** Advance milestones and script over what has arrived, and check the deadlines. */
  private evaluate(): void {
    if (this.verdict) return;
    this.milestones.advance(this.seconds());
    const scriptFailure = this.script.advance();
    if (scriptFailure) {
      this.conclude('failed', scriptFailure);
      return;
    }
    this.console.release(
      Math.min(this.console.end, this.milestones.releasePoint() ?? Number.POSITIVE_INFINITY, ...this.script.releasePoints()),
    );

    const now = this.elapsedMs();
    if (now >= this.options.timeoutMs) {
      this.conclude('timeout', `no verdict within ${this.options.timeoutMs / 1000} s${this.waitingFor()}`);
      return;
    }
    const overdue = this.milestones.overdue(now, this.seconds(now)) ?? this.script.overdue(now);
    if (overdue) {
      this.conclude('failed', overdue);
      return;
    }
    if (this.options.until === 'milestones' && this.milestones.done && this.script.done) {
      this.conclude('passed', 'every milestone and script step passed');
      return;
    }
    this.arm();
  }

  private waitingFor(): string {
    const milestone = this.milestones.current;
    if (milestone) return `; waiting for '${milestone.name}'`;
    const step = this.script.waitingFor();
    if (step) return `; ${step}`;
    return this.options.until === 'exit' ? '; waiting for qemu to exit' : '';
  }

  private arm(): void {
    if (this.timer) clearTimeout(this.timer);
    const deadlines = [this.options.timeoutMs, ...this.milestones.deadlines()];
    const step = this.script.deadline();
    if (step !== undefined) deadlines.push(step);
    const wait = Math.max(0, Math.min(...deadlines) - this.elapsedMs()) + 1;
    this.timer = setTimeout(() => this.evaluate(), wait);
  }

  private conclude(outcome: Outcome, reason: string, failure?: ConsoleEvent): void {
    if (this.verdict) return;
    this.verdict = { outcome, reason, failure };
    if (this.timer) clearTimeout(this.timer);
    if (!failure) {
      this.stop();
      return;
    }
    // Let the backtrace after a failure line reach the log, but not for long: the step fails within a second.
    this.timer = setTimeout(() => this.stop(), FAILURE_GRACE_MS);
    const quiet = () => {
      if (this.graceTimer) clearTimeout(this.graceTimer);
      this.graceTimer = setTimeout(() => this.stop(), FAILURE_QUIET_MS);
    };
    quiet();
    this.proc?.child.stdout?.on('data', quiet);
  }

  private stop(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.graceTimer) clearTimeout(this.graceTimer);
    this.stopping ??= this.proc?.stop() ?? Promise.resolve();
  }

  private judgeExit(exitCode: number | null, signal: NodeJS.Signals | null, stderr: string): void {
    if (exitCode === null) {
      this.conclude('error', `qemu was killed by ${signal ?? 'a signal'}`);
      return;
    }
    const qemuError = stderr
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l && !/warning:/i.test(l));
    if (exitCode !== 0 && this.console.end === 0 && qemuError) {
      this.conclude('error', `qemu could not start (exit status ${exitCode}): ${qemuError}`);
      return;
    }
    const pending = this.waitingFor();
    const { exit } = this.options;
    if (exit && exitCode !== exit.successCode) {
      this.conclude(
        'failed',
        `the guest reported failure through ${exit.device}: qemu exit status ${exitCode}, ${exit.successCode} means pass`,
      );
    } else if (!this.milestones.done || !this.script.done) {
      this.conclude(
        'failed',
        `qemu exited with status ${exitCode}${pending.replace(/^; waiting for/, ' before').replace(/^; /, ' while ')}`,
      );
    } else if (exit) {
      this.conclude('passed', `the guest reported success through ${exit.device} (qemu exit status ${exitCode})`);
    } else if (exitCode !== 0) {
      this.conclude('failed', `qemu exited with status ${exitCode}`);
    } else {
      this.conclude('passed', 'every milestone passed and qemu exited cleanly');
    }
  }

  private async finish(
    exited: { exitCode: number | null; signal: NodeJS.Signals | null; stderr: string },
    outcome?: Outcome,
    reason?: string,
  ): Promise<SessionResult> {
    if (outcome && reason) this.conclude(outcome, reason);
    if (this.timer) clearTimeout(this.timer);
    if (this.graceTimer) clearTimeout(this.graceTimer);
    await new Promise((resolve) => this.log.end(resolve));
    const verdict = this.verdict ?? { outcome: 'error' as const, reason: 'qemu ended without a verdict' };
    return {
      outcome: verdict.outcome,
      reason: verdict.reason,
      failure: verdict.failure && { ...verdict.failure, excerpt: this.excerpt },
      warnings: this.warnings,
      checks: this.checks(),
      exitCode: this.exitedOnItsOwn ? exited.exitCode : null,
      signal: exited.signal,
      seconds: this.seconds(),
      tail: [...this.console.tail],
      stderr: exited.stderr,
    };
  }

  private checks(): CheckRecord[] {
    const failedAt = this.verdict?.outcome === 'passed' ? undefined : this.seconds();
    return [...this.milestones.checks(this.verdict, failedAt), ...this.script.checks(this.verdict, failedAt)];
  }
}
