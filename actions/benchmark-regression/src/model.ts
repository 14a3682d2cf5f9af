/** Which way is better for a benchmark's value. */
export type Better = 'smaller' | 'bigger';

/** One benchmark as read from a tool's output, before any comparison. */
export interface Measurement {
  name: string;
  unit: string;
  /** Set when the tool or format says so; otherwise derived from the unit. */
  better?: Better;
  /** The tool's headline figure (its mean, score, or the single value it printed). */
  value: number;
  /** Raw per-run/per-repetition values in the same unit, when the tool gives them. */
  samples?: number[];
  /** What the tool said about the spread or the run, for the summary (e.g. "± 1.2%", "100 samples"). */
  extra?: string;
}

/** The benchmark-output formats this action reads. */
export const TOOLS = [
  'auto',
  'cargo',
  'go',
  'benchmarkjs',
  'benchmarkluau',
  'pytest',
  'googlecpp',
  'catch2',
  'julia',
  'jmh',
  'benchmarkdotnet',
  'customBiggerIsBetter',
  'customSmallerIsBetter',
  'hyperfine',
  'criterion',
  'bmf',
  'iai-callgrind',
  'gungraun',
  'asv',
  'vitest',
  'perf-stat',
  'boot-timings',
] as const;
export type Tool = (typeof TOOLS)[number];
/** A format as read: 'gungraun' is iai-callgrind's new name, read the same way. */
export type ConcreteTool = Exclude<Tool, 'auto' | 'gungraun'>;
