import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { errorMessage, type ProcessResult, runProcess, shellQuote } from '@archway/kit';
import { describeElf, readElfIdentity, sameIdentity } from './elf.ts';
import type { Toolchain } from './plan.ts';

export interface Verification {
  status: 'passed' | 'failed' | 'skipped';
  /** What was checked, one line each ("C: ELF 64-bit LSB AArch64, ran under qemu-user"). */
  checks: string[];
  /** Why it failed: the command and its output. */
  failure?: string;
  /** Passed earlier in this job for the same toolchain, and nothing was installed since. */
  earlier?: boolean;
}

const COMPILE_TIMEOUT_MS = 120_000;
const RUN_TIMEOUT_MS = 60_000;

export function expectedOutput(t: Toolchain, language: 'C' | 'C++'): string {
  return `setup-cross-toolchain: ${language} works on ${t.target.rust}`;
}

function programs(t: Toolchain): { c: string; cpp: string } {
  if (t.target.kind === 'bare-metal') {
    // No board to run on: prove the C library is there by linking against it, and C++ by compiling.
    return {
      c: `#include <string.h>\nvolatile char buffer[64];\nint main(void) {\n  strcpy((char *)buffer, "${t.target.rust}");\n  return (int)strlen((char *)buffer);\n}\n`,
      cpp: 'template <typename T> struct Box { T value; T get() const { return value; } };\nint unbox(int v) { return Box<int>{v}.get(); }\n',
    };
  }
  return {
    c: `#include <stdio.h>\nint main(void) {\n  printf("%s\\n", "${expectedOutput(t, 'C')}");\n  return 0;\n}\n`,
    cpp: `#include <iostream>\n#include <string>\nint main() {\n  std::string text = "${expectedOutput(t, 'C++')}";\n  std::cout << text << std::endl;\n  return 0;\n}\n`,
  };
}

class CheckFailed extends Error {}

function describeResult(argv: readonly string[], result: ProcessResult): string {
  const output = `${result.stdout}${result.stderr}`.trim().split('\n').slice(-25).join('\n');
  const status = result.timedOut ? 'timed out' : result.signal ? `was killed by ${result.signal}` : `exited with ${result.exitCode}`;
  return `$ ${shellQuote(argv)}\n${status}${output ? `:\n${output}` : ''}`;
}

async function mustRun(argv: readonly string[], timeoutMs: number): Promise<ProcessResult> {
  const [command, ...args] = argv as [string, ...string[]];
  let result: ProcessResult;
  try {
    result = await runProcess(command, args, { timeoutMs });
  } catch (error) {
    throw new CheckFailed(`$ ${shellQuote(argv)}\ncould not start: ${errorMessage(error)}`);
  }
  if (result.exitCode !== 0) throw new CheckFailed(describeResult(argv, result));
  return result;
}

async function checkElf(t: Toolchain, file: string, label: string): Promise<string> {
  const identity = await readElfIdentity(file);
  if (!sameIdentity(identity, t.target.elf)) {
    throw new CheckFailed(`${label}: ${path.basename(file)} is ${describeElf(identity)}, expected ${describeElf(t.target.elf)}`);
  }
  return describeElf(identity);
}

async function runBinary(t: Toolchain, binary: string, expected: string): Promise<void> {
  const argv = [...t.runner.command, binary];
  const result = await mustRun(argv, RUN_TIMEOUT_MS).catch((error: unknown) => {
    // A foreign binary the kernel cannot run fails with ENOEXEC, or is handed to /bin/sh by execvp.
    if (error instanceof CheckFailed && t.runner.kind === 'native' && t.sysroot !== '/') {
      throw new CheckFailed(
        `${error.message}\nWith runner: native this runner must execute ${t.target.rust} binaries itself; use runner: qemu-user, or binfmt: true`,
      );
    }
    throw error;
  });
  if (result.stdout.trim() !== expected) {
    throw new CheckFailed(`$ ${shellQuote(argv)}\nprinted ${JSON.stringify(result.stdout.trim())}, expected ${JSON.stringify(expected)}`);
  }
}

/**
 * Build a tiny C and C++ program with the toolchain, check their ELF headers name the target's machine,
 * and run them through the configured runner (Linux targets) expecting their greeting.
 */
export async function verifyToolchain(t: Toolchain, workDir: string): Promise<Verification> {
  const dir = path.join(workDir, t.target.rust);
  mkdirSync(dir, { recursive: true });
  const sources = programs(t);
  const cFile = path.join(dir, 'hello.c');
  const cppFile = path.join(dir, 'hello.cpp');
  writeFileSync(cFile, sources.c);
  writeFileSync(cppFile, sources.cpp);
  const checks: string[] = [];
  const bare = t.target.kind === 'bare-metal';
  const run = t.runner.kind !== 'none';
  try {
    const cOut = path.join(dir, bare ? 'hello-c.elf' : 'hello-c');
    await mustRun([t.cc, ...t.cflags, '-O1', '-o', cOut, cFile, ...t.ldflags], COMPILE_TIMEOUT_MS);
    let line = `C: ${await checkElf(t, cOut, 'C')}${bare ? `, linked with ${t.libc}` : ''}`;
    if (run) {
      await runBinary(t, cOut, expectedOutput(t, 'C'));
      line += `, ran (${t.runner.kind})`;
    }
    checks.push(line);

    const cppOut = path.join(dir, bare ? 'hello-cpp.o' : 'hello-cpp');
    await mustRun(
      [t.cxx, ...t.cflags, '-O1', ...(bare ? ['-c'] : []), '-o', cppOut, cppFile, ...(bare ? [] : t.ldflags)],
      COMPILE_TIMEOUT_MS,
    );
    line = `C++: ${await checkElf(t, cppOut, 'C++')}${bare ? ', compiled' : ''}`;
    if (run) {
      await runBinary(t, cppOut, expectedOutput(t, 'C++'));
      line += `, ran (${t.runner.kind})`;
    }
    checks.push(line);
  } catch (error) {
    if (!(error instanceof CheckFailed)) throw error;
    return { status: 'failed', checks, failure: error.message };
  }
  return { status: 'passed', checks };
}
