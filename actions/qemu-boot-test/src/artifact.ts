import { createHash } from 'node:crypto';
import * as core from '@actions/core';
import { errorMessage } from '@archway/kit';

/** A name unique per job, step and boot configuration, so matrix jobs do not collide. */
export function artifactName(given: string, arch: string, command: string): string {
  if (given) return given;
  const job = (process.env.GITHUB_JOB ?? 'job').replace(/[^\w.-]+/g, '-');
  const hash = createHash('sha256')
    .update(`${process.env.GITHUB_ACTION ?? ''}\n${command}`)
    .digest('hex')
    .slice(0, 8);
  return `qemu-boot-test-${job}-${arch}-${hash}`;
}

/** Upload the log and JUnit report; a failed upload is a warning, never the test's verdict. */
export async function uploadReports(name: string, files: string[], rootDir: string): Promise<boolean> {
  if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
    core.notice('Artifact upload skipped: no GitHub Actions results service here (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL unset)');
    return false;
  }
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const { id, size } = await new DefaultArtifactClient().uploadArtifact(name, files, rootDir);
    core.info(`Uploaded artifact ${name} (id ${id}, ${size} bytes)`);
    return true;
  } catch (error) {
    core.warning(`Artifact upload of ${name} failed: ${errorMessage(error)}`);
    return false;
  }
}
