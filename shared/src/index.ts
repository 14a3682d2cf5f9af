// The kit's light entry, the runner contract: everything here loads with @actions/core alone. Clients,
// readers, Debian package code and the contracts between actions have their own entries (shared/README.md),
// so heavy parts load lazily with import().

export { fetchWithRetry, type RetryOptions, retryAfterMs } from './clients/http.ts';
export {
  killAllProcesses,
  killAllProcessesNow,
  type ProcessOptions,
  type ProcessResult,
  RunningProcess,
  runProcess,
  shellQuote,
  startProcess,
} from './clients/process.ts';
export { type Annotation, type AnnotationLevel, annotate, STEP_ANNOTATION_LIMIT } from './runner/annotations.ts';
export { withCommandsStopped } from './runner/commands.ts';
export {
  ConfigurationError,
  describeSystemError,
  errorMessage,
  escapeControl,
  inputError,
  showValue,
  systemErrorCode,
} from './runner/errors.ts';
export * as input from './runner/inputs.ts';
export { camelCase, type InputSpec, type InputSpecs, type Inputs, readInputs } from './runner/inputs.ts';
export { defineOutputs, type Outputs } from './runner/outputs.ts';
export { run } from './runner/run.ts';
export { redact, registerSecret } from './runner/secrets.ts';
export { defineState } from './runner/state.ts';
export { cell, codeBlock, markdownTable, SUMMARY_LIMIT_BYTES, trimMarkdown, writeSummary } from './runner/summary.ts';
export { VerdictError } from './runner/verdict.ts';
