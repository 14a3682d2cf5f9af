import { createHash } from 'node:crypto';
import * as core from '@actions/core';
import { errorMessage } from '../runner/errors.ts';

/**
 * An artifact name unique per job, step and configuration: matrix jobs share GITHUB_JOB, so what makes
 * each one differ (the configuration the caller passes) goes into a short hash, with the run attempt.
 */
export function uniqueArtifactName(prefix: string, label: string, configuration: string): string {
  const job = (process.env.GITHUB_JOB ?? 'job').replace(/[^\w.-]+/g, '-');
  const hash = createHash('sha256')
    .update(`${process.env.GITHUB_ACTION ?? ''}\n${process.env.GITHUB_RUN_ATTEMPT ?? ''}\n${configuration}`)
    .digest('hex')
    .slice(0, 8);
  return `${prefix}-${job}-${label.replace(/[^\w.-]+/g, '-')}-${hash}`;
}

/** The part of @actions/artifact's client used here; the action passes its own (the kit does not depend on it). */
export interface ArtifactUploader {
  uploadArtifact(name: string, files: string[], rootDir: string): Promise<{ id?: number; size?: number }>;
}

/**
 * Upload files as one artifact; outside GitHub Actions a notice, on failure a warning: never the verdict.
 * `client` loads the uploader lazily, e.g. `async () => new (await import('@actions/artifact')).DefaultArtifactClient()`.
 */
export async function uploadArtifactFiles(
  name: string,
  files: string[],
  rootDir: string,
  client: () => Promise<ArtifactUploader>,
): Promise<boolean> {
  if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
    core.notice('Artifact upload skipped: no GitHub Actions results service here (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL unset)');
    return false;
  }
  try {
    const { id, size } = await (await client()).uploadArtifact(name, files, rootDir);
    core.info(`Uploaded artifact ${name} (id ${id}, ${size} bytes)`);
    return true;
  } catch (error) {
    core.warning(`Artifact upload of ${name} failed: ${errorMessage(error)}`);
    return false;
  }
}
