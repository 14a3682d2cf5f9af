import * as core from '@actions/core';
import { readInputs, VerdictError, writeSummary } from '@archway/kit';
import { inputs, outputs } from './contract.ts';

export async function main(): Promise<void> {
  const given = await readInputs(inputs);
  const { policyFrom } = await import('./policy.ts');
  const policy = policyFrom(given);

  const { readMeasurements } = await import('./parsers/index.ts');
  const { measurements, tools } = await readMeasurements(given.outputFile, given.tool);
  core.info(`Read ${measurements.length} benchmarks (${tools.join(', ')}).`);

  const { thisRun } = await import('./run.ts');
  const run = thisRun();
  const { openStore } = await import('./stores/index.ts');
  const store = openStore(given.storage, {
    suite: given.name,
    workspace: run.workspace,
    dataBranch: given.dataBranch,
    historyPath: given.historyPath || `benchmark-history/${given.name}.json`,
    dataOnCodeBranch: given.dataBranchIsCode,
    codeBranches: run.codeBranches,
  });
  const history = await import('./history.ts');
  const stored = await store.load(run.baselineCandidates);
  const baselineBranch = history.baselineBranch(stored, run.baselineCandidates);
  // A re-run of this commit is not a baseline for itself.
  const entries = history.entriesOf(stored, baselineBranch).filter((e) => e.commit !== run.commit);
  core.info(`History: ${entries.length} runs of ${baselineBranch} in ${store.description}.`);

  const { decide } = await import('./decide.ts');
  const decisions = measurements.map((m) => decide(m, history.seriesFor(entries, m.name, m.unit, given.window), policy.judgementFor(m)));

  const report = await import('./report.ts');
  const outcome = await import('./outcome.ts');
  const result = report.buildResult(decisions, policy.thresholds, { commit: run.commit || undefined, branch: run.branch });
  await outcome.publishResult(result, given.name, outputs);
  const markdown = report.renderReport(result, decisions, {
    suite: given.name,
    baselineBranch,
    storage: store.description,
    historyRuns: Math.min(entries.length, given.window),
    tools,
  });
  await writeSummary(markdown);
  outcome.annotateRegressions(decisions, given.failOnRegression);

  if (run.pullRequest) {
    core.info('Pull request: the history is read, never written.');
  } else {
    const { historyEntry } = await import('./history-entry.ts');
    const entry = historyEntry(run, measurements, decisions);
    core.info(await store.save(run.branch, (doc) => history.addEntry(doc, entry, given.maxHistory)));
  }

  const changed = decisions.some((d) => d.level !== 'none' || d.improved);
  if (run.pullRequestNumber !== undefined && (given.prComment === 'always' || (given.prComment === 'on-change' && changed))) {
    const { commentOnPullRequest } = await import('./comment.ts');
    await commentOnPullRequest(given.token, given.name, run.pullRequestNumber, markdown);
  }

  const verdict = outcome.failure(result, decisions, policy.thresholds, given.failOnRegression);
  if (verdict) throw new VerdictError(verdict);
}
