import { readFileSync } from 'node:fs';
import { defineState } from '../runner/state.ts';

/**
 * Processes recorded for the post step, which stops any still running even when the main step was killed
 * outright. A pid alone could by then belong to another process, so each comes with its start time from
 * /proc and only a process that still matches is stopped.
 */
interface Tracked {
  pid: number;
  start: string;
}

const state = defineState<{ leftovers: Tracked[] }>();
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

export function trackForPost(pid: number | undefined): void {
  if (pid === undefined) return;
  const start = startTime(pid);
  if (start === undefined) return;
  tracked.push({ pid, start });
  state.save('leftovers', tracked);
}

/** In the post step: SIGKILL every recorded process (and its group) still running; returns how many. */
export function killRecordedLeftovers(): number {
  let killed = 0;
  for (const { pid, start } of state.read('leftovers') ?? []) {
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
