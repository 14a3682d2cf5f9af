import { type ConsoleText, Search } from './console.ts';
import type { CheckRecord, ScriptStep } from './session-types.ts';

export interface ScriptHooks {
  send(text: string): void;
  progress(message: string): void;
  elapsedMs(): number;
  seconds(): number;
}

/** The interaction script: wait for a pattern, send a line, expect what follows its echo, step by step. */
export class ScriptRunner {
  private index = 0;
  private phase: 'wait' | 'send' | 'expect' = 'wait';
  private cursor = 0;
  private startedMs = 0;
  private sendPoint = 0;
  private sent: string | undefined;
  /** Where the step's output starts (after the echo), and the searches in it. */
  private output: { from: number; expect?: Search; fails: Search[] } | undefined;
  private waitSearch: Search | undefined;
  private readonly times: number[] = [];
  private failed: { seconds: number; message: string } | undefined;

  constructor(
    private readonly steps: readonly ScriptStep[],
    private readonly console: ConsoleText,
    private readonly hooks: ScriptHooks,
  ) {}

  get done(): boolean {
    return this.index === this.steps.length;
  }

  start(): void {
    this.startedMs = this.hooks.elapsedMs();
  }

  /** Run steps as far as the console allows; the failure message when a step failed. */
  advance(): string | undefined {
    while (this.index < this.steps.length) {
      const step = this.steps[this.index] as ScriptStep;
      if (this.phase === 'wait') {
        if (step.wait) {
          this.waitSearch ??= new Search(step.wait, this.cursor);
          const found = this.console.next(this.waitSearch);
          if (!found) return undefined;
          this.waitSearch = undefined;
          this.cursor = found.end;
        }
        this.phase = 'send';
      }
      if (this.phase === 'send') {
        this.sendPoint = step.send === undefined ? this.cursor : this.console.end;
        this.sent = undefined;
        if (step.send !== undefined) {
          this.hooks.send(step.send + step.newline);
          if (step.send.trim()) this.sent = step.send.trim();
          this.hooks.progress(`→ ${step.name}: sent '${step.send}'`);
        }
        this.phase = 'expect';
      }
      if (!this.output) {
        const from = this.afterEcho();
        if (from === undefined) return undefined;
        this.output = { from, expect: step.expect && new Search(step.expect, from), fails: step.fail.map((p) => new Search(p, from)) };
      }
      const { from, expect, fails } = this.output;
      for (const fail of fails) {
        if (this.console.next(fail)) return this.fail(`script step '${step.name}' saw '${fail.pattern.source}'`);
      }
      if (expect) {
        const found = this.console.next(expect);
        if (!found) return undefined;
        this.cursor = found.end;
      } else {
        this.cursor = from;
      }
      this.output = undefined;
      this.times.push(this.hooks.seconds());
      this.hooks.progress(`✓ ${step.name} (${this.hooks.seconds().toFixed(2)} s)`);
      this.index++;
      this.phase = 'wait';
      this.startedMs = this.hooks.elapsedMs();
    }
    return undefined;
  }

  /** The current step's own timeout, when it has passed: its failure message. */
  overdue(nowMs: number): string | undefined {
    const step = this.steps[this.index];
    if (step?.timeoutMs === undefined || nowMs - this.startedMs < step.timeoutMs) return undefined;
    const waited = this.phase === 'expect' ? step.expect?.source : step.wait?.source;
    return this.fail(`script step '${step.name}' timed out after ${step.timeoutMs / 1000} s${waited ? ` waiting for '${waited}'` : ''}`);
  }

  deadline(): number | undefined {
    const step = this.steps[this.index];
    return step?.timeoutMs === undefined ? undefined : this.startedMs + step.timeoutMs;
  }

  private fail(message: string): string {
    this.failed = { seconds: this.hooks.seconds(), message };
    return message;
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

  /** The offsets the script may still search from. */
  releasePoints(): number[] {
    if (this.done) return [];
    const searches = [this.waitSearch, this.output?.expect, ...(this.output?.fails ?? [])].filter((x): x is Search => x !== undefined);
    const points = searches.map((x) => this.console.resumePoint(x));
    if (this.phase !== 'wait' && !this.output) points.push(this.sendPoint);
    if (this.phase === 'wait' && !this.waitSearch) points.push(this.cursor);
    return points;
  }

  /** What the current step is doing, for a timeout message. */
  waitingFor(): string | undefined {
    const step = this.steps[this.index];
    if (!step) return undefined;
    const doing =
      this.phase === 'wait'
        ? `waiting for '${step.wait?.source}'`
        : step.expect && this.output
          ? `expecting '${step.expect.source}'`
          : 'waiting for the echo of what it sent';
    return `script step '${step.name}' was ${doing}`;
  }

  checks(verdict: { outcome: string; reason: string } | undefined, failedAt: number | undefined): CheckRecord[] {
    return this.steps.map((s, i): CheckRecord => {
      const seconds = this.times[i];
      if (seconds !== undefined) return { kind: 'step', name: s.name, status: 'passed', seconds };
      if (i === this.index && verdict?.outcome !== 'passed') {
        return {
          kind: 'step',
          name: s.name,
          status: 'failed',
          seconds: this.failed?.seconds ?? failedAt,
          message: this.failed?.message ?? verdict?.reason,
        };
      }
      return { kind: 'step', name: s.name, status: 'not reached' };
    });
  }
}
