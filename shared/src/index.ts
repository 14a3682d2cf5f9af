// The kit's light entry: everything here loads with @actions/core alone. Heavier parts have their own
// entries to import lazily: '@archway/kit/github' (octokit) and '@archway/kit/structured' (ajv, yaml).
export { type Annotation, type AnnotationLevel, annotate, STEP_ANNOTATION_LIMIT } from './annotations.ts';
export { ConfigurationError, errorMessage, inputError, showValue } from './errors.ts';
export { fetchWithRetry, type RetryOptions, retryAfterMs } from './http.ts';
export * as input from './inputs.ts';
export { camelCase, type InputSpec, type InputSpecs, type Inputs, readInputs } from './inputs.ts';
export { defineOutputs, type Outputs } from './outputs.ts';
export {
  killAllProcesses,
  type ProcessOptions,
  type ProcessResult,
  RunningProcess,
  runProcess,
  shellQuote,
  startProcess,
} from './process.ts';
export { run } from './run.ts';
export { defineState } from './state.ts';
export { cell, codeBlock, markdownTable, SUMMARY_LIMIT_BYTES, trimMarkdown, writeSummary } from './summary.ts';
