import { readFileSync } from 'node:fs';
import { defineState } from '@archway/kit';

/**
 * qemu processes recorded for the post step. A pid alone could by then belong to another process, so
 * each comes with its start time from /proc, and the post step only stops a process that still matches.
 */
interface Tracked {
  pid: number;
  start: string;
}

const state = defineState<{ qemu: Tracked[] }>();
const tracked: Tracked[] = [];

/** Field 22 of /proc/<pid>/stat (counted after the command name, which may contain spaces); none for a zombie. */
function startTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[0] === 'Z' ? undefined : fields[19];
  } catch {
    return undefined;
  }
}

export function track(pid: number): void {
  const start = startTime(pid);
  if (start === undefined) return;
  tracked.push({ pid, start });
  state.save('qemu', tracked);
}

/** Kill every recorded qemu still running (with its process group); returns how many there were. */
export function killLeftovers(): number {
  let killed = 0;
  for (const { pid, start } of state.read('qemu') ?? []) {
    if (startTime(pid) !== start) continue;
    for (const target of [-pid, pid]) {
      try {
        process.kill(target, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    killed++;
  }
  return killed;
}
