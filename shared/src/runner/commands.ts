import { randomBytes } from 'node:crypto';

let openToken: string | undefined;

/**
 * Run `body` with workflow commands off, for echoing text the action does not control (a guest's serial
 * console, a tool's output) without letting a `::` line in it act as a command. The block is closed on
 * every way out, cancellation included (see `closeCommandBlock`), so the rest of the log is not swallowed.
 */
export async function withCommandsStopped<T>(body: () => Promise<T>): Promise<T> {
  // Letters only: some readers of the log accept nothing else in a command name.
  const token = `archway-${[...randomBytes(20)].map((b) => String.fromCharCode(97 + (b % 26))).join('')}`;
  process.stdout.write(`::stop-commands::${token}\n`);
  openToken = token;
  try {
    return await body();
  } finally {
    closeCommandBlock();
  }
}

/** End the open stop-commands block, if any (synchronously: also called from a signal handler). */
export function closeCommandBlock(): void {
  if (openToken === undefined) return;
  process.stdout.write(`::${openToken}::\n`);
  openToken = undefined;
}
