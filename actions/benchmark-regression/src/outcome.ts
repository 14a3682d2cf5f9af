import path from 'node:path';
import * as core from '@actions/core';
import type { BenchmarkResult } from '@archway/kit/benchmark-result';
import type { outputs as Outputs } from './contract.ts';
import type { Decision, Thresholds } from './decide.ts';
import { formatValue } from './report.ts';

/** Write the result file (for quality-gate and later steps) under RUNNER_TEMP and set the outputs. */
export async function publishResult(result: BenchmarkResult, suite: string, outputs: typeof Outputs): Promise<string> {
  const { writeUserFile, workspaceDir } = await import('@archway/kit/files');
  const dir = process.env.RUNNER_TEMP ? path.resolve(process.env.RUNNER_TEMP) : workspaceDir();
  const file = await writeUserFile('name', path.join(dir, 'benchmark-regression', `${suite}.json`), `${JSON.stringify(result, null, 2)}\n`);
  outputs.set('status', result.status);
  outputs.set('regressions', result.regressions);
  outputs.set('worst-change', Number(result.worstChange.toFixed(2)));
  outputs.set('result-json', file);
  return file;
}

/** One annotation per regressed benchmark: an error when it fails the step, else a warning. */
export function annotateRegressions(decisions: readonly Decision[], failOnRegression: boolean): void {
  for (const d of decisions.filter((d) => d.level !== 'none')) {
    const message = `${d.name}: ${formatValue(d.current, d.unit)} vs ${formatValue(d.baseline, d.unit)}, ${d.change?.toFixed(1)}% worse (${d.level})`;
    if (d.verdict === 'fail' && failOnRegression) core.error(message, { title: 'Benchmark regression' });
    else core.warning(message, { title: 'Benchmark regression' });
  }
}

/** The verdict's message when the step fails, or undefined when it passes. */
export function failure(
  result: BenchmarkResult,
  decisions: readonly Decision[],
  thresholds: Thresholds,
  failOnRegression: boolean,
): string | undefined {
  if (result.status !== 'fail' || !failOnRegression) return undefined;
  const failed = decisions.filter((d) => d.verdict === 'fail').length;
  return `${failed} benchmark${failed === 1 ? '' : 's'} regressed by ${thresholds.major}% or more (worst +${result.worstChange.toFixed(1)}%).`;
}
