import { type ProcessOptions, type ProcessResult, runProcess } from '@archway/kit';
import { privileged } from '@archway/kit/apt';

/** Run a command as root: directly when the action is root, through `sudo -n` otherwise. */
export function runPrivileged(command: string, args: readonly string[], options: ProcessOptions = {}): Promise<ProcessResult> {
  const [cmd, full] = privileged(command, args);
  return runProcess(cmd, full, options);
}

/** The output of a finished command, for an error message. */
export function outputOf(result: ProcessResult): string {
  const text = `${result.stdout}${result.stderr}`.trim();
  const status = result.timedOut ? 'timed out' : result.signal ? `killed by ${result.signal}` : `exit ${result.exitCode}`;
  return `${status}${text ? `: ${text.split('\n').slice(-10).join('\n')}` : ''}`;
}
