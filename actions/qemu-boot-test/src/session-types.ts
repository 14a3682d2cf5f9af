import type { ConsoleProblem } from './kernel-errors.ts';
import type { Pattern } from './patterns.ts';

// What a boot session is given and what it returns; shared by the plan, the session and the reports.

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

export function problemRule(problem: ConsoleProblem): LineRule {
  return { kind: problem.kind, test: (line) => problem.pattern.test(line) };
}

export function patternRule(pattern: Pattern): LineRule {
  return { kind: `fail-on match ${pattern.source}`, test: (line) => pattern.test(line) };
}
