import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { readInputs, writeSummary } from '@archway/kit';
import { inputs, outputs } from './contract.ts';

export async function main(): Promise<void> {
  const given = await readInputs(inputs);
  const thresholds = { minor: given.minorThreshold, major: given.majorThreshold, critical: given.criticalThreshold };
  const { checkThresholds, compileOverrides } = await import('./overrides.ts');
  checkThresholds(thresholds, "Inputs 'minor-threshold', 'major-threshold' and 'critical-threshold'");
  const settingsFor = compileOverrides(given.overrides, thresholds);
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();

  const { readMeasurements } = await import('./parsers/index.ts');
  const { measurements, tools } = await readMeasurements(given.outputFile, given.tool, workspace);
  core.info(`Read ${measurements.length} benchmarks (${tools.join(', ')}).`);

  const context = await import('@archway/kit/context');
  const pullRequest = context.isPullRequest();
  const branch = context.currentBranch();
  const defaultBranch = (context.eventPayload().repository as { default_branch?: string } | undefined)?.default_branch ?? 'main';
  const candidates = pullRequest ? [context.baseBranch() ?? defaultBranch] : [...new Set([branch, defaultBranch])];
  const commit = context.headSha();

  const { openStore } = await import('./stores/index.ts');
  const history = await import('./history.ts');
  const store = openStore(given.storage, {
    suite: given.name,
    workspace,
    dataBranch: given.dataBranch,
    historyPath: given.historyPath || `benchmark-history/${given.name}.json`,
  });
  const stored = await store.load(candidates);
  const baselineBranch = history.baselineBranch(stored, candidates);
  // A re-run of this commit is not a baseline for itself.
  const entries = history.entriesOf(stored, baselineBranch).filter((e) => e.commit !== commit);
  core.info(`History: ${entries.length} runs of ${baselineBranch} in ${store.description}.`);

  const { decide } = await import('./decide.ts');
  const decisions = measurements.map((m) => {
    const settings = settingsFor(m.name);
    const better = settings.better ?? m.better ?? 'smaller';
    return decide(m, history.seriesFor(entries, m.name, m.unit, given.window), {
      thresholds: settings.thresholds,
      better,
      alpha: given.alpha,
      minSamples: given.minSamples,
      minHistory: given.minHistory,
      sampleTest: given.sampleTest,
      ignore: settings.ignore,
    });
  });

  const report = await import('./report.ts');
  const result = report.buildResult(decisions, thresholds, { commit: commit || undefined, branch });
  const resultFile = path.join(process.env.RUNNER_TEMP ?? workspace, 'benchmark-regression', `${given.name}.json`);
  mkdirSync(path.dirname(resultFile), { recursive: true });
  writeFileSync(resultFile, `${JSON.stringify(result, null, 2)}\n`);
  outputs.set('status', result.status);
  outputs.set('regressions', result.regressions);
  outputs.set('worst-change', Number(result.worstChange.toFixed(2)));
  outputs.set('result-json', resultFile);

  const markdown = report.renderReport(result, decisions, {
    suite: given.name,
    baselineBranch,
    storage: store.description,
    historyRuns: Math.min(entries.length, given.window),
    tools,
  });
  await writeSummary(markdown);
  for (const d of decisions.filter((d) => d.level !== 'none')) {
    const message = `${d.name}: ${report.formatValue(d.current, d.unit)} vs ${report.formatValue(d.baseline, d.unit)}, ${d.change?.toFixed(1)}% worse (${d.level})`;
    if (d.verdict === 'fail' && given.failOnRegression) core.error(message, { title: 'Benchmark regression' });
    else core.warning(message, { title: 'Benchmark regression' });
  }

  if (pullRequest) {
    core.info('Pull request: the history is read, never written.');
  } else {
    const entry = {
      commit: commit || `run-${process.env.GITHUB_RUN_ID ?? Date.now()}`,
      branch,
      date: new Date().toISOString(),
      benchmarks: Object.fromEntries(
        measurements.map((m, i) => [
          m.name,
          {
            // The run value the decision used, so later runs' history tests compare like with like.
            value: (decisions[i] as { current: number }).current,
            unit: m.unit,
            better: settingsFor(m.name).better ?? m.better ?? 'smaller',
            ...(m.samples ? { samples: m.samples } : {}),
          },
        ]),
      ),
    };
    await store.save(branch, (doc) => history.addEntry(doc, entry, given.maxHistory));
    core.info(`Saved this run to ${store.description}.`);
  }

  const wantsComment =
    given.prComment === 'always' || (given.prComment === 'on-change' && decisions.some((d) => d.level !== 'none' || d.improved));
  const prNumber = context.pullRequestNumber();
  if (wantsComment && prNumber !== undefined) await comment(given.token, given.name, prNumber, markdown);

  if (result.status === 'fail' && given.failOnRegression) {
    const worst = decisions.filter((d) => d.verdict === 'fail').length;
    core.setFailed(
      `${worst} benchmark${worst === 1 ? '' : 's'} regressed by ${thresholds.major}% or more (worst +${result.worstChange.toFixed(1)}%).`,
    );
  }
}

async function comment(token: string, suite: string, issueNumber: number, body: string): Promise<void> {
  if (!token) {
    core.warning("No 'token': the pull request comment is skipped.");
    return;
  }
  const { createGitHubClient, currentRepository, isPermissionError } = await import('@archway/kit/github');
  const { upsertPrComment } = await import('@archway/kit/pr-comment');
  try {
    const client = createGitHubClient({ token });
    const done = await upsertPrComment(client, { ...currentRepository(), issueNumber, marker: `benchmark-regression/${suite}`, body });
    core.info(`Pull request comment ${done.action} (${done.id}).`);
  } catch (error) {
    if (!isPermissionError(error)) throw error;
    core.warning(`Could not comment on the pull request (a read-only token, e.g. from a fork): ${(error as Error).message}`);
  }
}
