import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError, errorMessage } from '../runner/errors.ts';
import schema from './gate-report.schema.json' with { type: 'json' };

/**
 * The report quality-gate writes (its `report-json` output and file) and notify reads: the verdict, every
 * condition with its actual value, threshold and whether it held, the counts, and the first items of each
 * list (failed and flaky tests, findings, regressions). gate-report.schema.json beside this file is the
 * same contract as a JSON schema.
 */
export const GATE_REPORT_FORMAT = 'archway-gate-report/v1';

export type GateStatus = 'pass' | 'warn' | 'fail';
export type ConditionVerdict = 'pass' | 'warn' | 'fail' | 'skip';
export type GateSection = 'tests' | 'coverage' | 'security' | 'benchmarks' | 'supply-chain';

export interface GateCondition {
  /** `<section>.<key>`, e.g. `tests.min-pass-rate`. */
  id: string;
  section: GateSection;
  label: string;
  /** 'min': the actual value must be at least the threshold; 'max': at most. */
  bound: 'min' | 'max';
  unit: 'percent' | 'count' | 'points';
  threshold: number;
  level: 'fail' | 'warn';
  /** Absent when there was nothing to measure (verdict skip) or no data where data was required. */
  actual?: number;
  /** Whether the condition held (a skipped condition holds). */
  ok: boolean;
  verdict: ConditionVerdict;
  note?: string;
}

export interface Ratio {
  covered: number;
  total: number;
  /** Absent when there is nothing to cover. */
  pct?: number;
}

export interface GateCounts {
  tests?: { total: number; passed: number; failed: number; skipped: number; flaky: number };
  coverage?: { files: number; line?: number; branch?: number; patch?: number };
  security?: { critical: number; high: number; medium: number; low: number };
  benchmarks?: { benchmarks: number; regressions: number; worstChange: number };
  supplyChain?: {
    critical: number;
    high: number;
    medium: number;
    low: number;
    unknown: number;
    licenseViolations: number;
    secrets: number;
  };
}

export interface GateReportFile {
  /** The input that named it: junit, coverage, sarif, benchmark, supply-chain. */
  input: string;
  /** Relative to the workspace. */
  file: string;
  format: string;
}

export interface GateTestProblem {
  name: string;
  classname?: string;
  suite?: string;
  file?: string;
  line?: number;
  message: string;
  attempts: number;
  report: string;
}

export interface GateFinding {
  severity: 'critical' | 'high' | 'medium' | 'low';
  ruleId: string;
  tool: string;
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  score?: number;
}

export interface GateRegression {
  name: string;
  unit: string;
  baseline?: number;
  current: number;
  change?: number;
  level: string;
  report: string;
}

export interface GateReport {
  format: typeof GATE_REPORT_FORMAT;
  status: GateStatus;
  /** Whether the gate passed under fail-on. */
  passed: boolean;
  failOn: 'fail' | 'warn' | 'never';
  commit?: string;
  conditions: GateCondition[];
  counts: GateCounts;
  reports: GateReportFile[];
  tests?: {
    total: number;
    passed: number;
    failed: number;
    skipped: number;
    flaky: number;
    /** Failures and flaky tests counted but not listed. */
    omitted: number;
    failures: GateTestProblem[];
    flakyTests: GateTestProblem[];
  };
  coverage?: {
    files: number;
    line: Ratio;
    branch: Ratio;
    patch?: Ratio & { base: string; uncovered: { file: string; lines: number[] }[] };
    /** The least covered files first. */
    byFile: { file: string; line: Ratio; branch: Ratio }[];
    baseline?: { ref: string; commit?: string; line?: number; branch?: number };
  };
  security?: { counts: { critical: number; high: number; medium: number; low: number }; omitted: number; findings: GateFinding[] };
  benchmarks?: { benchmarks: number; regressions: number; worstChange: number; regressed: GateRegression[] };
  supplyChain?: {
    counts: { critical: number; high: number; medium: number; low: number; unknown: number };
    licenseViolations: number;
    secrets: number;
    findings: { id: string; package: string; version: string; severity: string; fixed: string[]; report: string }[];
  };
}

/** gate-report.schema.json, for validate(). */
export const gateReportSchema: Record<string, unknown> = schema;

/** Validate the text of a gate report; `label` names it in errors. */
export async function parseGateReport(text: string, label: string): Promise<GateReport> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`The quality-gate report ${label} is not JSON: ${errorMessage(error)}`);
  }
  const { validate } = await import('../readers/structured.ts');
  return validate<GateReport>(value, gateReportSchema, `The quality-gate report ${label}`);
}

/** Parse and validate a report file; a ConfigurationError names the file and what is wrong. */
export async function readGateReport(file: string): Promise<GateReport> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigurationError(`Cannot read the quality-gate report ${file}: ${errorMessage(error)}`);
  }
  return parseGateReport(text, file);
}

/** Validate and write a report file (pretty JSON, creating its folder); returns the path written. */
export async function writeGateReport(file: string, report: GateReport): Promise<string> {
  const { validate } = await import('../readers/structured.ts');
  await validate<GateReport>(structuredClone(report), gateReportSchema, 'The quality-gate report being written');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
