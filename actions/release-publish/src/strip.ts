import { closeSync, mkdirSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError, runProcess } from '@archway/kit';

/**
 * The strip of the target's toolchain. setup-cross-toolchain exports AR_<target> (the triple with `_`
 * for `-`), and its binutils sit beside each other: aarch64-linux-gnu-ar -> aarch64-linux-gnu-strip.
 * Without a target, the host's strip.
 */
export function stripTool(target: string, env: NodeJS.ProcessEnv = process.env): string {
  if (!target) return 'strip';
  const variable = `AR_${target.replace(/-/g, '_')}`;
  const ar = env[variable];
  if (!ar || !/ar$/.test(ar)) {
    throw new ConfigurationError(
      `Input 'strip' is true for target '${target}', but ${variable} is not set: run setup-cross-toolchain for this target earlier in the job, or set strip: false`,
    );
  }
  return ar.replace(/ar$/, 'strip');
}

/** Whether a file starts with ELF's magic number: only those are stripped. */
export function isElf(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(4);
    return readSync(fd, head, 0, 4, 0) === 4 && head.equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46]));
  } finally {
    closeSync(fd);
  }
}

/** A stripped copy of each ELF file under `into` (the workspace stays untouched); others as they are. */
export async function stripCopies(files: readonly string[], tool: string, into: string): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  mkdirSync(into, { recursive: true });
  for (const [index, file] of files.entries()) {
    if (!isElf(file)) {
      result.set(file, file);
      continue;
    }
    const copy = path.join(into, `${index}-${path.basename(file)}`);
    const run = await runProcess(tool, ['--strip-unneeded', '-o', copy, file], { timeoutMs: 120_000 }).catch((error: Error) => {
      throw new ConfigurationError(`Input 'strip' is true, but ${tool} could not be started (${error.message})`);
    });
    if (run.exitCode !== 0)
      throw new ConfigurationError(`Stripping ${file} with ${tool} failed: ${run.stderr.trim() || `exit ${run.exitCode}`}`);
    result.set(file, copy);
  }
  return result;
}
