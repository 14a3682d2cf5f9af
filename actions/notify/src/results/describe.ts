import type { BenchmarkSummary, BootSummary, GateCondition, GateSummary, HardwareSummary, Results, SbomSummary } from './results.ts';

/** A number as people read it: at most two decimals, no trailing zeros. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export function withUnit(value: number, unit: string): string {
  if (unit === 'percent') return `${formatNumber(value)}%`;
  if (unit === 'points') return `${formatNumber(value)} points`;
  return formatNumber(value);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "line coverage 71% < 80%": what a failed (or warned) condition measured against what it needed. */
export function conditionText(c: GateCondition): string {
  const label = c.label.charAt(0).toLowerCase() + c.label.slice(1);
  if (c.value === undefined) return `${label}: not measured`;
  const ok = c.verdict === 'pass';
  const op = c.bound === 'min' ? (ok ? '≥' : '<') : ok ? '≤' : '>';
  return `${label} ${withUnit(c.value, c.unit)} ${op} ${withUnit(c.threshold, c.unit)}`;
}

export function gateText(gate: GateSummary): string {
  const failed = gate.conditions.filter((c) => c.verdict === 'fail');
  const warned = gate.conditions.filter((c) => c.verdict === 'warn');
  if (failed.length > 0) return `Quality gate failed: ${failed.map(conditionText).join('; ')}`;
  if (warned.length > 0) return `Quality gate passed with warnings: ${warned.map(conditionText).join('; ')}`;
  const judged = gate.conditions.filter((c) => c.verdict !== 'skip').length;
  return `Quality gate passed (${plural(judged, 'condition')} met)`;
}

export function sbomText(sbom: SbomSummary): string | undefined {
  const parts: string[] = [];
  for (const severity of ['critical', 'high', 'medium'] as const) {
    const n = sbom.vulnerabilities[severity];
    if (n > 0) parts.push(`${n} ${severity} ${n === 1 ? 'vulnerability' : 'vulnerabilities'}`);
  }
  if (sbom.licenseViolations > 0) parts.push(plural(sbom.licenseViolations, 'licence violation'));
  if (sbom.secrets > 0) parts.push(`${plural(sbom.secrets, 'secret')} found in the sources`);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

export function benchmarkText(result: BenchmarkSummary): string | undefined {
  const regressed = result.benchmarks.filter((b) => b.regressed && b.verdict !== 'pass');
  if (regressed.length === 0)
    return result.regressions > 0 ? `${plural(result.regressions, 'benchmark')} slower within tolerance` : undefined;
  const worst = regressed.sort((a, b) => (b.change ?? 0) - (a.change ?? 0)).slice(0, 3);
  const named = worst.map((b) => `${b.name} ${formatNumber(b.change ?? 0)}% worse`).join(', ');
  return `${plural(regressed.length, 'benchmark regression')}: ${named}${regressed.length > worst.length ? ', …' : ''}`;
}

export function bootText(boot: BootSummary): string {
  const where = `${boot.arch}/${boot.machine}`;
  return boot.result === 'passed' || boot.result === 'success'
    ? `booted ${where} in ${formatNumber(boot.totalSeconds)} s`
    : `boot on ${where} ${boot.result} after ${formatNumber(boot.totalSeconds)} s`;
}

export function hardwareText(sim: HardwareSummary): string | undefined {
  const bad = sim.boards.filter((b) => b.result !== 'passed');
  if (bad.length === 0) return undefined;
  return bad
    .map((b) => {
      const step = b.failedSteps[0];
      return `board ${b.board} ${b.result}${step ? ` at step '${step.name}'${step.message ? ` (${step.message})` : ''}` : ''}`;
    })
    .join('; ');
}

/** Each thing the results say, most important first (the gate's verdict leads). */
export function findings(results: Results): string[] {
  return [
    ...results.gates.map(gateText),
    ...results.sboms.map(sbomText),
    ...results.benchmarks.map(benchmarkText),
    ...results.hardware.map(hardwareText),
    ...results.boots.map(bootText),
  ].filter((text): text is string => Boolean(text));
}
