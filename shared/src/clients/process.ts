import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface ProcessOptions {
  cwd?: string;
  /** Replaces the environment when given; extend `process.env` yourself to keep it. */
  env?: NodeJS.ProcessEnv;
  /** Kill the whole process tree after this many milliseconds. */
  timeoutMs?: number;
  /** Called for every line of stdout / stderr as it arrives. */
  onStdout?: (line: string) => void;
  onStderr?: (line: string) => void;
  /** Written to stdin, which is then closed. Leave unset to keep stdin open for `write`. */
  input?: string;
  /** Time between SIGTERM and SIGKILL when stopping the tree. */
  killGraceMs?: number;
}

export interface ProcessResult {
  command: string;
  args: readonly string[];
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  durationMs: number;
}

/** Bounded capture so a chatty tool cannot exhaust memory; the tail is what explains a failure. */
const CAPTURE_LIMIT = 1024 * 1024;

const live = new Set<RunningProcess>();
let signalHandlersInstalled = false;

/**
 * A child started in its own process group, so that stopping it stops everything it started too
 * (qemu's helpers, a shell's children). Arguments are always an array: nothing goes through a shell.
 */
export class RunningProcess {
  readonly child: ChildProcess;
  readonly exited: Promise<ProcessResult>;
  private readonly stdout = new TailCapture(CAPTURE_LIMIT);
  private readonly stderr = new TailCapture(CAPTURE_LIMIT);
  private timedOut = false;
  private readonly started = Date.now();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    readonly command: string,
    readonly args: readonly string[],
    private readonly options: ProcessOptions = {},
  ) {
    installSignalHandlers();
    const launch = dyingWithParent(command, args, options);
    this.child = spawn(launch.command, launch.args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    live.add(this);
    this.exited = new Promise((resolve, reject) => {
      let streamsOpen = 2;
      let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
      const settle = () => {
        if (streamsOpen > 0 || !exit) return;
        this.finish();
        resolve({
          command,
          args,
          exitCode: exit.code,
          signal: exit.signal,
          timedOut: this.timedOut,
          stdout: this.stdout.text(),
          stderr: this.stderr.text(),
          durationMs: Date.now() - this.started,
        });
      };
      const follow = (stream: NodeJS.ReadableStream | null, which: 'stdout' | 'stderr') => {
        if (!stream) {
          streamsOpen--;
          return;
        }
        const onLine = which === 'stdout' ? options.onStdout : options.onStderr;
        createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })
          .on('line', (line) => {
            this[which].add(line);
            onLine?.(line);
          })
          .on('close', () => {
            streamsOpen--;
            settle();
          });
      };
      follow(this.child.stdout, 'stdout');
      follow(this.child.stderr, 'stderr');
      this.child.on('error', (error) => {
        this.finish();
        reject(error);
      });
      this.child.on('exit', (code, signal) => {
        exit = { code, signal };
        // Grandchildren may still hold the pipes open; stop the group so the streams close.
        this.killGroup('SIGKILL');
        settle();
      });
    });
    // A spawn error is delivered through `exited`; keep it from becoming an unhandled rejection here.
    this.exited.catch(() => undefined);
    // A process may exit without reading all of its input; its exit status says what happened, so a
    // write into the closed pipe (EPIPE) must not crash the action.
    this.child.stdin?.on('error', () => undefined);
    if (options.input !== undefined) this.child.stdin?.end(options.input);
    if (options.timeoutMs !== undefined) {
      this.timer = setTimeout(() => {
        this.timedOut = true;
        void this.stop();
      }, options.timeoutMs);
    }
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Send text to the process's stdin (for interactive consoles). */
  write(text: string): void {
    this.child.stdin?.write(text);
  }

  /** SIGTERM to the whole group, then SIGKILL after the grace period; resolves when it has exited. */
  async stop(): Promise<ProcessResult | undefined> {
    if (!live.has(this)) return this.exited.catch(() => undefined);
    this.killGroup('SIGTERM');
    const grace = setTimeout(() => this.killGroup('SIGKILL'), this.options.killGraceMs ?? 2000);
    try {
      return await this.exited.catch(() => undefined);
    } finally {
      clearTimeout(grace);
    }
  }

  killGroup(signal: NodeJS.Signals): void {
    if (this.child.pid === undefined) return;
    try {
      process.kill(-this.child.pid, signal);
    } catch {
      // The group is already gone.
    }
  }

  private finish(): void {
    if (this.timer) clearTimeout(this.timer);
    live.delete(this);
  }
}

/** The last `limit` characters of a stream of lines, in amortised constant time per line. */
class TailCapture {
  private parts: string[] = [];
  private length = 0;

  constructor(private readonly limit: number) {}

  add(line: string): void {
    this.parts.push(line, '\n');
    this.length += line.length + 1;
    // Trim only when twice over the limit, so each character is copied a bounded number of times.
    if (this.length > 2 * this.limit) {
      const kept = this.text();
      this.parts = [kept];
      this.length = kept.length;
    }
  }

  text(): string {
    const joined = this.parts.join('');
    return joined.length > this.limit ? joined.slice(joined.length - this.limit) : joined;
  }
}

/** Start a process that runs alongside the action (an emulator, a server). */
export function startProcess(command: string, args: readonly string[], options?: ProcessOptions): RunningProcess {
  return new RunningProcess(command, args, options);
}

/** Run a process to completion. Rejects only when it cannot be started (e.g. ENOENT). */
export function runProcess(command: string, args: readonly string[], options?: ProcessOptions): Promise<ProcessResult> {
  return new RunningProcess(command, args, options).exited;
}

/** Stop every process the kit started; the edge calls this whatever the outcome. */
export async function killAllProcesses(): Promise<void> {
  await Promise.all([...live].map((p) => p.stop()));
}

/** SIGKILL every process tree the kit started, synchronously (for signal handlers and exit). */
export function killAllProcessesNow(): void {
  for (const p of live) p.killGroup('SIGKILL');
}

/**
 * Processes must not outlive this one. When nothing else handles SIGINT/SIGTERM (the action edge `run()`
 * does, to report the cancellation), take the trees down and exit as the signal would.
 */
function installSignalHandlers(): void {
  if (signalHandlersInstalled) return;
  signalHandlersInstalled = true;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    if (process.listenerCount(signal) > 0) continue;
    process.once(signal, () => {
      killAllProcessesNow();
      process.exit(signal === 'SIGTERM' ? 143 : 130);
    });
  }
  process.once('exit', killAllProcessesNow);
}

let setpriv: string | null | undefined;

/**
 * The command wrapped in `setpriv --pdeathsig KILL` (util-linux) where that exists, so the child dies even
 * when this process is killed with SIGKILL and no handler runs. The post step's sweep remains the net for
 * grandchildren. A command that cannot be found is started as is, so spawn reports ENOENT as usual.
 */
function dyingWithParent(command: string, args: readonly string[], options: ProcessOptions): { command: string; args: string[] } {
  if (setpriv === undefined) setpriv = process.platform === 'linux' ? (findOnPath('setpriv', '/usr/bin:/bin') ?? null) : null;
  const resolved = command.includes('/')
    ? isExecutable(path.resolve(options.cwd ?? process.cwd(), command))
    : findOnPath(command, (options.env ?? process.env).PATH ?? '');
  if (!setpriv || !resolved) return { command, args: [...args] };
  return { command: setpriv, args: ['--pdeathsig', 'KILL', '--', resolved, ...args] };
}

/** Render a command for logs and "rerun locally" hints, quoted for a POSIX shell. */
export function shellQuote(args: readonly string[]): string {
  return args.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

/** The first executable called `name` on PATH (or on the given search path). */
export function findOnPath(name: string, searchPath = process.env.PATH ?? ''): string | undefined {
  for (const dir of searchPath.split(path.delimiter)) {
    const found = dir ? isExecutable(path.join(dir, name)) : undefined;
    if (found) return found;
  }
  return undefined;
}

function isExecutable(file: string): string | undefined {
  try {
    accessSync(file, constants.X_OK);
    return file;
  } catch {
    return undefined;
  }
}

/**
 * Whether a process is still running: it exists and is not a zombie. In a container PID 1 may never reap
 * orphans, so a killed process can linger as a zombie that kill(pid, 0) still finds.
 */
export function isRunning(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}
