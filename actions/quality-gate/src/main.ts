import * as core from '@actions/core';
import { annotate, ConfigurationError, readInputs, writeSummary } from '@archway/kit';
import { type BenchmarkResults, emptyBenchmarkResults, readBenchmarkResult } from './benchmarks/benchmark.ts';
import { resolveConditions } from './config.ts';
import { inputs, outputs } from './contract.ts';
import { baselineNamespace, restoreBaseline, saveBaseline } from './coverage/baseline.ts';
import { readCoverage } from './coverage/detect.ts';
import { CoverageCollector } from './coverage/model.ts';
import { findReports, type IfNoFilesFound } from './files.ts';
import { type Evidence, evaluate, failsStep, gateStatus } from './gate.ts';
import { buildReport, reason, renderMarkdown } from './report.ts';
import { emptySecurityResults, readSarif, type SecurityResults } from './security/sarif.ts';
import { emptyTestResults, readJUnit } from './tests/junit.ts';

type Given = Awaited<ReturnType<typeof readInputs<typeof inputs>>>;

/** Read every report the inputs name; a section is undefined when not asked for, null when nothing matched. */
async function gather(given: Given): Promise<Evidence> {
  const ifNone = given.ifNoFilesFound as IfNoFilesFound;
  const [junit, coverage, sarif, benchmark] = await Promise.all([
    findReports('junit', given.junit, ifNone),
    findReports('coverage', given.coverage, ifNone),
    findReports('sarif', given.sarif, ifNone),
    findReports('benchmark', given.benchmark, ifNone),
  ]);
  const evidence: Evidence = {};
  if (junit) evidence.tests = await readAll(junit, emptyTestResults(), readJUnit);
  if (coverage) {
    const collector = new CoverageCollector();
    for (const file of coverage) await readCoverage(file, collector);
    evidence.coverage = coverage.length > 0 ? collector.results() : null;
  }
  if (sarif) evidence.security = await readAll<SecurityResults>(sarif, emptySecurityResults(), readSarif);
  if (benchmark) evidence.benchmarks = await readAll<BenchmarkResults>(benchmark, emptyBenchmarkResults(), readBenchmarkResult);
  return evidence;
}

async function readAll<T>(files: string[], into: T, read: (file: string, into: T) => Promise<unknown>): Promise<T | null> {
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

  for (const r of results) {
    if (r.verdict === 'fail' || r.verdict === 'warn')
      annotate({ level: r.verdict === 'fail' ? 'error' : 'warning', title: 'Quality gate', message: reason(r) });
  }
  if (fails) {
    core.info(`Quality gate ${status === 'fail' ? 'failed' : 'has warnings, which fail the step (fail-on: warn)'}.`);
    process.exitCode = 1;
  } else {
    core.info(`Quality gate: ${status}${given.failOn === 'never' && status === 'fail' ? ' (fail-on: never keeps the step green)' : ''}.`);
  }
}
