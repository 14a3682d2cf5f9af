/**
 * Every field a template may name, as a tree: `true` is a value, an object has fields, a one-element
 * array is a list whose items have those fields (a list of strings is `[true]`). Kept in step with View
 * by a unit test.
 */
export type Shape = true | { [name: string]: Shape } | [Shape];

const condition = { label: true, value: true, threshold: true, verdict: true, text: true } as const;

export const VIEW_SHAPE: Shape = {
  title: true,
  status: true,
  statusText: true,
  statusEmoji: true,
  success: true,
  failure: true,
  cancelled: true,
  partial: true,
  repository: true,
  repositoryUrl: true,
  workflow: true,
  job: true,
  runId: true,
  runNumber: true,
  runAttempt: true,
  runUrl: true,
  event: true,
  ref: true,
  branch: true,
  commit: true,
  shortCommit: true,
  commitUrl: true,
  actor: true,
  pr: { number: true, title: true, url: true },
  duration: true,
  durationSeconds: true,
  headline: true,
  details: [true],
  facts: [{ name: true, value: true }],
  gate: { passed: true, status: true, failed: [{ text: true }], conditions: [condition] },
  tests: { total: true, passed: true, failed: true, skipped: true, flaky: true },
  coverage: { line: true, branch: true },
  vulnerabilities: { critical: true, high: true, medium: true, low: true, unknown: true },
  benchmarks: [{ name: true, change: true, current: true, unit: true, verdict: true }],
  boots: [{ arch: true, machine: true, result: true, seconds: true }],
  boards: [{ board: true, result: true }],
};
