import * as core from '@actions/core';
import { ConfigurationError, errorMessage } from './errors.ts';
import { killAllProcesses } from './process.ts';

/** State flag that tells the post step of a bundle apart from its main step. */
const POST_FLAG = 'archway-is-post';

/**
 * The one edge of every action. One bundle serves both `main` and `post` in action.yml: the main step
 * leaves a state flag, which the runner hands back to the post step as STATE_archway-is-post.
 * A ConfigurationError becomes a single `::error::` line; anything else is reported as a bug with its
 * stack in debug output. Either way the exit code is 1 and no process started through the kit survives.
 */
export async function run(main: () => Promise<void>, post?: () => Promise<void>): Promise<void> {
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
  if (error instanceof ConfigurationError) {
    core.error(error.message);
    return;
  }
  core.error(`Unexpected error (a bug in this action, please report it): ${errorMessage(error)}`);
  if (error instanceof Error && error.stack) core.debug(error.stack);
}
