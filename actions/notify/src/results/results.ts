/** What notify knows about the other actions' results: one list per kind, each item from one file. */

export interface GateCondition {
  id: string;
  label: string;
  value?: number;
  threshold: number;
  unit: string;
  bound: 'min' | 'max';
  verdict: 'pass' | 'warn' | 'fail' | 'skip';
}

export interface GateSummary {
  file: string;
  passed: boolean;
  status: string;
  conditions: GateCondition[];
  tests?: { total: number; passed: number; failed: number; skipped: number; flaky: number };
  coverage?: { line?: number; branch?: number };
  vulnerabilities?: Record<string, number>;
}

export interface BenchmarkSummary {
  file: string;
  status: 'pass' | 'warn' | 'fail';
  regressions: number;
  worstChange: number;
  benchmarks: { name: string; unit: string; current: number; baseline?: number; change?: number; verdict: string; regressed: boolean }[];
}

export interface SbomSummary {
  file: string;
  passed: boolean;
  vulnerabilities: Record<'critical' | 'high' | 'medium' | 'low' | 'unknown', number>;
  licenseViolations: number;
  secrets: number;
  components: number;
}

export interface BootSummary {
  file: string;
  arch: string;
  machine: string;
  result: string;
  totalSeconds: number;
  milestones: { name: string; seconds: number }[];
}

export interface HardwareSummary {
  file: string;
  result: string;
  boards: { board: string; result: string; failedSteps: { name: string; message?: string }[] }[];
}

export interface Results {
  gates: GateSummary[];
  benchmarks: BenchmarkSummary[];
  sboms: SbomSummary[];
  boots: BootSummary[];
  hardware: HardwareSummary[];
}

export function emptyResults(): Results {
  return { gates: [], benchmarks: [], sboms: [], boots: [], hardware: [] };
}
