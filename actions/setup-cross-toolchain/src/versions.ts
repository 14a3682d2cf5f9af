import { runProcess } from '@archway/kit';
import type { Toolchain } from './plan.ts';

export interface ToolVersions {
  gcc?: string;
  qemu?: string;
}

async function firstLine(command: string, args: string[]): Promise<string | undefined> {
  try {
    const result = await runProcess(command, args, { timeoutMs: 30_000 });
    return result.exitCode === 0 ? result.stdout.split('\n')[0]?.trim() || undefined : undefined;
  } catch {
    return undefined;
  }
}

/** The compiler's and qemu's versions, as the summary and outputs report them. */
export async function toolVersions(t: Toolchain): Promise<ToolVersions> {
  const [gcc, qemu] = await Promise.all([
    firstLine(t.cc, ['-dumpfullversion']),
    t.runner.kind === 'qemu-user' ? firstLine(t.runner.command[0] as string, ['--version']) : undefined,
  ]);
  return { gcc, qemu: qemu?.match(/version (\S+)/)?.[1] ?? qemu };
}
