import * as core from '@actions/core';
import { annotate, ConfigurationError, readInputs, VerdictError, writeSummary } from '@archway/kit';
import { type BenchmarkResults, emptyBenchmarkResults, readBenchmarkResult } from './benchmarks/benchmark.ts';
import { resolveConditions } from './config.ts';
import { inputs, outputs } from './contract.ts';
import { baselineNamespace, restoreBaseline, saveBaseline } from './coverage/baseline.ts';
import { readCoverage } from './coverage/detect.ts';
import { CoverageCollector } from './coverage/model.ts';
import { findReports, type IfNoFilesFound, type ReportFile } from './files.ts';
import { COVERAGE_FORMATS, type CoverageFormat, TEST_FORMATS, type TestFormat } from './formats.ts';
import { type Evidence, evaluate, failsStep, gateStatus } from './gate.ts';
import { buildReport, reason, renderMarkdown } from './report.ts';
import { emptySecurityResults, readSarif, type SecurityResults } from './security/sarif.ts';
import { emptyTestResults } from './tests/model.ts';
import { readTestReport } from './tests/read.ts';

type Given = Awaited<ReturnType<typeof readInputs<typeof inputs>>>;

/** Read every report the inputs name; a section is undefined when not asked for, null when nothing matched. */
async function gather(given: Given): Promise<Evidence> {
  const ifNone = given.ifNoFilesFound as IfNoFilesFound;
  const [junit, coverage, sarif, benchmark] = await Promise.all([
    findReports<TestFormat>('junit', given.junit, ifNone, TEST_FORMATS),
    findReports<CoverageFormat>('coverage', given.coverage, ifNone, COVERAGE_FORMATS),
    findReports('sarif', given.sarif, ifNone),
    findReports('benchmark', given.benchmark, ifNone),
  ]);
  const evidence: Evidence = {};
  if (junit)
    evidence.tests = await readAll(junit, emptyTestResults(), (f, into) =>
      readTestReport(f.file, into, f.format as TestFormat | undefined),
    );
  if (coverage) {
    const collector = new CoverageCollector();
    for (const report of coverage) await readCoverage(report.file, collector, report.format as CoverageFormat | undefined);
    evidence.coverage = coverage.length > 0 ? collector.results() : null;
  }
  if (sarif) evidence.security = await readAll<SecurityResults>(sarif, emptySecurityResults(), (f, into) => readSarif(f.file, into));
  if (benchmark)
    evidence.benchmarks = await readAll<BenchmarkResults>(benchmark, emptyBenchmarkResults(), (f, into) =>
      readBenchmarkResult(f.file, into),
    );
  evidence.ifNoData = given.config?.coverage?.['if-no-data'] ?? 'fail';
  return evidence;
}

async function readAll<T>(files: ReportFile[], into: T, read: (file: ReportFile, into: T) => Promise<unknown>): Promise<T | null> {
  if (files.length === 0) return null;
  for (const file of files) await read(file, into);
  return into;
}

export async function main(): Promise<void> {
  const given = await readInputs(inputs);
  if ([given.junit, given.coverage, given.sarif, given.benchmark].every((patterns) => patterns.length === 0)) {
    throw new ConfigurationError(
      'Nothing to gate: give at least one of the inputs junit, coverage, sarif or benchmark (glob patterns of report files)',
    );
  }
  const conditions = resolveConditions(given.config);
  const evidence = await gather(given);

  const namespace = baselineNamespace(given.checkName);
  const compareCoverage = given.baseline && evidence.coverage && conditions.some((c) => c.id.endsWith('-drop'));
  if (compareCoverage) evidence.baseline = await restoreBaseline(namespace);

  const results = evaluate(conditions, evidence);
  const status = gateStatus(results);
  const fails = failsStep(status, given.failOn);
  const passed = status === 'pass' || (status === 'warn' && given.failOn !== 'warn');
  const report = buildReport(results, evidence, status, passed, given.failOn);
  const markdown = renderMarkdown(report);

  outputs.set('passed', passed);
  outputs.set('status', status);
  outputs.set('report-json', report);
  outputs.set('summary', markdown);
  await writeSummary(markdown);

  if (given.baseline && evidence.coverage) await saveBaseline(namespace, evidence.coverage);

  if (given.token && (given.checkName || given.comment)) {
    const failed = results.filter((r) => r.verdict === 'fail').length;
    const warned = results.filter((r) => r.verdict === 'warn').length;
    const published = await (await import('./publish.ts')).publish({
      token: given.token,
      checkName: given.checkName,
      comment: given.comment,
      conclusion: fails ? 'failure' : status === 'pass' ? 'success' : 'neutral',
      title:
        status === 'pass'
          ? `Passed: ${results.length} conditions met`
          : `${status === 'fail' ? 'Failed' : 'Warnings'}: ${failed} failed, ${warned} warned`,
      markdown,
      evidence,
    });
    if (published.checkRunUrl) outputs.set('check-run-url', published.checkRunUrl);
  }

  announce(report, fails);
  if (fails) {
    const reasons = report.conditions.filter((c) => c.verdict === 'fail' || (given.failOn === 'warn' && c.verdict === 'warn')).map(reason);
    const headline = status === 'fail' ? 'Quality gate failed' : 'Quality gate has warnings, which fail the step (fail-on: warn)';
    throw new VerdictError(
      reasons.length === 1 ? `${headline}: ${reasons[0]}` : `${headline}:\n${reasons.map((r) => `- ${r}`).join('\n')}`,
      {
        title: 'Quality gate',
      },
    );
  }
  core.info(`Quality gate: ${status}${given.failOn === 'never' && status === 'fail' ? ' (fail-on: never keeps the step green)' : ''}.`);
}

/**
 * Annotations of the step: warned conditions, and failed ones when they do not fail the step (fail-on:
 * never; otherwise the verdict error says them).
 */
function announce(report: ReturnType<typeof buildReport>, fails: boolean): void {
  for (const c of report.conditions) {
    if (c.verdict === 'warn' || (c.verdict === 'fail' && !fails))
      annotate({ level: c.verdict === 'fail' ? 'error' : 'warning', title: 'Quality gate', message: reason(c) });
  }
}
