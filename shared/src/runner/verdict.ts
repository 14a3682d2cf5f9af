import type { Annotation } from './annotations.ts';

/**
 * The action's judgement is "failed" (tests failed, a regression, a policy violated). Thrown once the
 * outputs and the summary are written; the edge prints the message as the one `::error::` (with the
 * annotation's title and location when given) and exits 1. This is the only way an action fails its step.
 */
export class VerdictError extends Error {
  override name = 'VerdictError';

  constructor(
    message: string,
    readonly annotation: Omit<Annotation, 'level' | 'message'> = {},
  ) {
    super(message);
  }
}
