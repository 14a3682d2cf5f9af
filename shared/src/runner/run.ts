import * as core from '@actions/core';
import { killAllProcesses, killAllProcessesNow } from '../clients/process.ts';
import { annotate } from './annotations.ts';
import { closeCommandBlock } from './commands.ts';
import { ConfigurationError, describeSystemError, errorMessage, systemErrorCode } from './errors.ts';
import { redact, registerUrlCredentials } from './secrets.ts';
import { VerdictError } from './verdict.ts';

/** State flag that tells the post step of a bundle apart from its main step. */
const POST_FLAG = 'archway-is-post';

/**
 * The one edge of every action. One bundle serves both `main` and `post` in action.yml: the main step
 * leaves a state flag, which the runner hands back to the post step as STATE_archway-is-post.
 * A VerdictError or ConfigurationError becomes a single `::error::` line; a file-system or network failure
 * is said as such; anything else is reported as a bug with its stack in debug output. Either way the exit
 * code is 1 and no process started through the kit survives. A cancelled step says so once.
 */
export async function run(main: () => Promise<void>, post?: () => Promise<void>): Promise<void> {
  handleCancellation();
  maskCredentialsInEnvironment();
  const isPost = core.getState(POST_FLAG) === 'true';
  try {
    if (isPost) {
      await post?.();
    } else {
      if (post) core.saveState(POST_FLAG, 'true');
      await main();
    }
  } catch (error) {
    report(error);
    process.exitCode = 1;
  } finally {
    await killAllProcesses();
  }
}

function report(error: unknown): void {
  if (error instanceof VerdictError) {
    annotate({ ...error.annotation, level: 'error', message: redact(error.message) });
    return;
  }
  if (error instanceof ConfigurationError) {
    core.error(redact(error.message));
    return;
  }
  if (systemErrorCode(error)) {
    core.error(describeSystemError(error));
    if (error instanceof Error && error.stack) core.debug(redact(error.stack));
    return;
  }
  core.error(`Unexpected error (a bug in this action, please report it): ${redact(errorMessage(error))}`);
  if (error instanceof Error && error.stack) core.debug(redact(error.stack));
}

/**
 * The runner cancels a step with SIGINT, then SIGTERM, then SIGKILL. Close a stop-commands block the
 * action opened (else the runner would swallow the error), say it once, and take the process trees down.
 */
function handleCancellation(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      closeCommandBlock();
      core.error(`The step was cancelled (${signal}); processes it started were stopped.`);
      killAllProcessesNow();
      process.exit(signal === 'SIGTERM' ? 143 : 130);
    });
  }
}

/** URLs in the environment (GITHUB_API_URL on a GHES with credentials, service URLs) never print their user info. */
function maskCredentialsInEnvironment(): void {
  for (const value of Object.values(process.env)) if (value?.includes('@')) registerUrlCredentials(value);
}
