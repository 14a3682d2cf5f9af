import { gzipSync } from 'node:zlib';
import * as core from '@actions/core';
import { errorMessage } from '@archway/kit';
import type { Component } from '../model.ts';

async function client(token: string) {
  const { createGitHubClient, currentRepository } = await import('@archway/kit/github');
  return { octokit: createGitHubClient({ token }), ...currentRepository() };
}

function explain(what: string, error: unknown): void {
  const status = (error as { status?: number }).status;
  const hint = status === 403 || status === 404 ? ' (the token may lack the permission, as on a fork pull request)' : '';
  core.warning(`${what} failed${hint}: ${errorMessage(error)}`);
}

/** Upload SARIF to code scanning (security-events: write). A refusal is a warning, never the step's failure. */
export async function uploadSarif(token: string, sarif: string): Promise<string | undefined> {
  try {
    const { octokit, owner, repo } = await client(token);
    const response = await octokit.rest.codeScanning.uploadSarif({
      owner,
      repo,
      commit_sha: process.env.GITHUB_SHA ?? '',
      ref: process.env.GITHUB_REF ?? 'refs/heads/main',
      sarif: gzipSync(sarif).toString('base64'),
      tool_name: 'archway sbom-scan',
    });
    core.info(`SARIF uploaded to code scanning (${response.data.id})`);
    return response.data.id;
  } catch (error) {
    explain('Uploading SARIF to code scanning', error);
    return undefined;
  }
}

/**
 * Submit the components to the dependency graph (contents: write), one manifest per lockfile, so
 * Dependabot alerts and dependency review see packages that GitHub cannot detect itself.
 */
export async function submitSnapshot(token: string, components: Component[], version: string): Promise<number | undefined> {
  type Resolved = { package_url: string; relationship: 'direct' | 'indirect'; scope: 'runtime' | 'development'; dependencies: string[] };
  const manifests: Record<string, { name: string; file: { source_location: string }; resolved: Record<string, Resolved> }> = {};
  for (const c of components) {
    manifests[c.lockfile] ??= { name: c.lockfile, file: { source_location: c.lockfile }, resolved: {} };
    const m = manifests[c.lockfile] as (typeof manifests)[string];
    m.resolved[c.purl] = {
      package_url: c.purl,
      relationship: c.direct === false ? 'indirect' : 'direct',
      scope: c.dev ? 'development' : 'runtime',
      dependencies: c.dependsOn,
    };
  }
  try {
    const { octokit, owner, repo } = await client(token);
    const response = await octokit.rest.dependencyGraph.createRepositorySnapshot({
      owner,
      repo,
      version: 0,
      sha: process.env.GITHUB_SHA ?? '',
      ref: process.env.GITHUB_REF ?? 'refs/heads/main',
      job: {
        correlator: `${process.env.GITHUB_WORKFLOW ?? 'workflow'}-${process.env.GITHUB_JOB ?? 'job'}-sbom-scan`,
        id: process.env.GITHUB_RUN_ID ?? '0',
      },
      detector: { name: 'archway sbom-scan', version, url: 'https://github.com/archway-ci/archway' },
      scanned: new Date().toISOString(),
      manifests,
    });
    core.info(`Dependency snapshot ${response.data.id} submitted: ${response.data.result}`);
    return response.data.id;
  } catch (error) {
    explain('Submitting the dependency snapshot', error);
    return undefined;
  }
}
