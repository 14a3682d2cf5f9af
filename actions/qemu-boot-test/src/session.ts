import { createWriteStream, type WriteStream } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { errorMessage, type RunningProcess, startProcess } from '@archway/kit';
import { ConsoleText, Search } from './console.ts';
import type { ConsoleProblem } from './kernel-errors.ts';
import type { Pattern } from './patterns.ts';

export interface Milestone {
  name: string;
  pattern: Pattern;
  /** Must appear within this many ms of the start. */
  timeoutMs?: number;
}

export interface ScriptStep {
  name: string;
  wait?: Pattern;
  send?: string;
  newline: string;
  expect?: Pattern;
  fail: Pattern[];
  timeoutMs?: number;
}

/** A line pattern that ends the boot (fail-on, the kernel classifier) or is only reported (warnings). */
export interface LineRule {
  kind: string;
  test(line: string): boolean;
}

export interface ExitConvention {
  device: string;
  successCode: number;
}

export type Outcome = 'passed' | 'failed' | 'timeout' | 'error';

export interface CheckRecord {
  kind: 'milestone' | 'step';
  name: string;
  status: 'passed' | 'failed' | 'not reached';
  /** Seconds from qemu's start to when it passed or failed. */
  seconds?: number;
  message?: string;
}

export interface ConsoleEvent {
  kind: string;
  line: string;
  lineNumber: number;
  seconds: number;
}

export interface SessionResult {
  outcome: Outcome;
  reason: string;
  /** The console line that failed the boot, with what followed it. */
  failure?: ConsoleEvent & { excerpt: string[] };
  warnings: ConsoleEvent[];
  checks: CheckRecord[];
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  seconds: number;
  tail: string[];
  stderr: string;
}

export interface SessionOptions {
  command: string;
  args: readonly string[];
  milestones: readonly Milestone[];
  steps: readonly ScriptStep[];
  failOn: readonly LineRule[];
  warnOn: readonly LineRule[];
  timeoutMs: number;
  /** 'milestones': stop qemu once everything passed; 'exit': wait for qemu to exit. */
  until: 'milestones' | 'exit';
  exit?: ExitConvention;
  logFile: string;
  onStart?(pid: number): void;
  onLine?(line: string): void;
  onProgress?(message: string): void;
}

/** After a failure line, keep reading this long for the backtrace that follows (it comes in one burst). */
const FAILURE_QUIET_MS = 150;
const FAILURE_GRACE_MS = 500;

export function problemRule(problem: ConsoleProblem): LineRule {
  return { kind: problem.kind, test: (line) => problem.pattern.test(line) };
}

export function patternRule(pattern: Pattern): LineRule {
  return { kind: `fail-on match ${pattern.source}`, test: (line) => pattern.test(line) };
}

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

  private milestoneIndex = 0;
  private milestoneCursor = 0;
  private milestoneSearch: Search | undefined;
  private readonly milestoneTimes: number[] = [];
  private failedMilestone: { index: number; seconds: number; message: string } | undefined;

  private stepIndex = 0;
  private stepPhase: 'wait' | 'send' | 'expect' = 'wait';
  private stepCursor = 0;
  private stepStartedMs = 0;
  private sendPoint = 0;
  private sent: string | undefined;
  /** Where the step's output starts (after the echo), and the searches in it. */
  private output: { from: number; expect?: Search; fails: Search[] } | undefined;
  private waitSearch: Search | undefined;
  private readonly stepTimes: number[] = [];
  private failedStep: { seconds: number; message: string } | undefined;

  constructor(private readonly options: SessionOptions) {
    this.log = createWriteStream(options.logFile);
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
    this.stepStartedMs = this.elapsedMs();
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
    const { milestones, steps } = this.options;
    while (this.milestoneIndex < milestones.length) {
      const milestone = milestones[this.milestoneIndex] as Milestone;
      this.milestoneSearch ??= new Search(milestone.pattern, this.milestoneCursor);
      const found = this.console.next(this.milestoneSearch);
      if (!found) break;
      this.milestoneSearch = undefined;
      this.milestoneCursor = found.end;
      this.milestoneTimes.push(this.seconds());
      this.options.onProgress?.(`✓ ${milestone.name} (${this.seconds().toFixed(2)} s)`);
      this.milestoneIndex++;
    }
    if (this.advanceScript()) return;
    this.console.release(this.releasePoint());

    const now = this.elapsedMs();
    if (now >= this.options.timeoutMs) {
      this.conclude('timeout', `no verdict within ${this.options.timeoutMs / 1000} s${this.waitingFor()}`);
      return;
    }
    for (let i = this.milestoneIndex; i < milestones.length; i++) {
      const limit = milestones[i]?.timeoutMs;
      if (limit !== undefined && now >= limit) {
        const message = `'${milestones[i]?.name}' did not appear within ${limit / 1000} s`;
        this.failedMilestone = { index: i, seconds: this.seconds(now), message };
        this.conclude('failed', message);
        return;
      }
    }
    const step = steps[this.stepIndex];
    if (step?.timeoutMs !== undefined && now - this.stepStartedMs >= step.timeoutMs) {
      const waited = this.stepPhase === 'expect' ? step.expect?.source : step.wait?.source;
      const message = `script step '${step.name}' timed out after ${step.timeoutMs / 1000} s${waited ? ` waiting for '${waited}'` : ''}`;
      this.failedStep = { seconds: this.seconds(now), message };
      this.conclude('failed', message);
      return;
    }
    if (this.options.until === 'milestones' && this.milestoneIndex === milestones.length && this.stepIndex === steps.length) {
      this.conclude('passed', 'every milestone and script step passed');
      return;
    }
    this.arm();
  }

  /** Run script steps as far as the console allows; true when a step failed. */
  private advanceScript(): boolean {
    const { steps } = this.options;
    while (this.stepIndex < steps.length) {
      const step = steps[this.stepIndex] as ScriptStep;
      if (this.stepPhase === 'wait') {
        if (step.wait) {
          this.waitSearch ??= new Search(step.wait, this.stepCursor);
          const found = this.console.next(this.waitSearch);
          if (!found) return false;
          this.waitSearch = undefined;
          this.stepCursor = found.end;
        }
        this.stepPhase = 'send';
      }
      if (this.stepPhase === 'send') {
        this.sendPoint = step.send === undefined ? this.stepCursor : this.console.end;
        this.sent = undefined;
        if (step.send !== undefined) {
          this.proc?.write(step.send + step.newline);
          if (step.send.trim()) this.sent = step.send.trim();
          this.options.onProgress?.(`→ ${step.name}: sent '${step.send}'`);
        }
        this.stepPhase = 'expect';
      }
      if (!this.output) {
        const from = this.afterEcho();
        if (from === undefined) return false;
        this.output = { from, expect: step.expect && new Search(step.expect, from), fails: step.fail.map((p) => new Search(p, from)) };
      }
      const { from, expect, fails } = this.output;
      for (const fail of fails) {
        if (this.console.next(fail)) {
          const message = `script step '${step.name}' saw '${fail.pattern.source}'`;
          this.failedStep = { seconds: this.seconds(), message };
          this.conclude('failed', message);
          return true;
        }
      }
      if (expect) {
        const found = this.console.next(expect);
        if (!found) return false;
        this.stepCursor = found.end;
      } else {
        this.stepCursor = from;
      }
      this.output = undefined;
      this.stepTimes.push(this.seconds());
      this.options.onProgress?.(`✓ ${step.name} (${this.seconds().toFixed(2)} s)`);
      this.stepIndex++;
      this.stepPhase = 'wait';
      this.stepStartedMs = this.elapsedMs();
    }
    return false;
  }

  /**
   * Where a step's output starts: after the console's echo of the line just sent (the sent text right
   * where the console was when it was sent, up to the end of that line), so `expect` cannot match the
   * command itself. Undefined while what arrived could still become that echo.
   */
  private afterEcho(): number | undefined {
    const sent = this.sent;
    if (!sent) return this.sendPoint;
    const after = this.console.slice(this.sendPoint, this.sendPoint + sent.length + 1);
    if (after.length <= sent.length) return sent.startsWith(after) ? undefined : this.sendPoint;
    if (!after.startsWith(sent)) return this.sendPoint;
    const newline = this.console.newlineAfter(this.sendPoint + sent.length);
    return newline === undefined ? undefined : newline + 1;
  }

  /** Nothing before this offset will be searched again. */
  private releasePoint(): number {
    const points = [this.console.end];
    if (this.milestoneIndex < this.options.milestones.length) {
      points.push(this.milestoneSearch ? this.console.resumePoint(this.milestoneSearch) : this.milestoneCursor);
    }
    if (this.stepIndex < this.options.steps.length) {
      const searches = [this.waitSearch, this.output?.expect, ...(this.output?.fails ?? [])].filter((x): x is Search => x !== undefined);
      points.push(...searches.map((x) => this.console.resumePoint(x)));
      if (this.stepPhase !== 'wait' && !this.output) points.push(this.sendPoint);
      if (this.stepPhase === 'wait' && !this.waitSearch) points.push(this.stepCursor);
    }
    return Math.min(...points);
  }

  private waitingFor(): string {
    const milestone = this.options.milestones[this.milestoneIndex];
    if (milestone) return `; waiting for '${milestone.name}'`;
    const step = this.options.steps[this.stepIndex];
    if (step) {
      const doing =
        this.stepPhase === 'wait'
          ? `waiting for '${step.wait?.source}'`
          : step.expect && this.output
            ? `expecting '${step.expect.source}'`
            : 'waiting for the echo of what it sent';
      return `; script step '${step.name}' was ${doing}`;
    }
    return this.options.until === 'exit' ? '; waiting for qemu to exit' : '';
  }

  private arm(): void {
    if (this.timer) clearTimeout(this.timer);
    const deadlines = [this.options.timeoutMs];
    for (const m of this.options.milestones.slice(this.milestoneIndex)) if (m.timeoutMs !== undefined) deadlines.push(m.timeoutMs);
    const step = this.options.steps[this.stepIndex];
    if (step?.timeoutMs !== undefined) deadlines.push(this.stepStartedMs + step.timeoutMs);
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
    } else if (this.milestoneIndex < this.options.milestones.length || this.stepIndex < this.options.steps.length) {
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
    const milestones = this.options.milestones.map((m, i): CheckRecord => {
      const seconds = this.milestoneTimes[i];
      if (seconds !== undefined) return { kind: 'milestone', name: m.name, status: 'passed', seconds };
      if (this.failedMilestone?.index === i)
        return {
          kind: 'milestone',
          name: m.name,
          status: 'failed',
          seconds: this.failedMilestone.seconds,
          message: this.failedMilestone.message,
        };
      if (i === this.milestoneIndex && this.verdict?.outcome !== 'passed')
        return { kind: 'milestone', name: m.name, status: 'failed', seconds: failedAt, message: this.verdict?.reason };
      return { kind: 'milestone', name: m.name, status: 'not reached' };
    });
    const steps = this.options.steps.map((s, i): CheckRecord => {
      const seconds = this.stepTimes[i];
      if (seconds !== undefined) return { kind: 'step', name: s.name, status: 'passed', seconds };
      if (i === this.stepIndex && this.verdict?.outcome !== 'passed')
        return {
          kind: 'step',
          name: s.name,
          status: 'failed',
          seconds: this.failedStep?.seconds ?? failedAt,
          message: this.failedStep?.message ?? this.verdict?.reason,
        };
      return { kind: 'step', name: s.name, status: 'not reached' };
    });
    return [...milestones, ...steps];
  }
}
