import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { FILE_LIMITS, MiB, readUserFile, workspaceDir, writeUserFile } from '@archway/kit/files';
import { buildChangelog, type Changelog, prependSection } from './changelog.ts';
import type { Repo } from './github.ts';
import type { Resolved } from './resolve.ts';

export interface Links {
  serverUrl: string;
  repositoryUrl: string;
}

/** Notes over 1 MiB are a mistake (a binary, a log), not release notes. */
const NOTES_FILE_MAX_BYTES = 1 * MiB;

/** The changelog from the commits (always: it is an output even when the notes come from elsewhere). */
export function changelogOf(resolved: Resolved, links: Links): Changelog {
  return buildChangelog(resolved.commits, { ...links, tag: resolved.tag, previousTag: resolved.previousTag });
}

/** The release notes a file in the workspace holds. */
export function notesFromFile(value: string): Promise<string> {
  return readUserFile('notes', value, { maxBytes: NOTES_FILE_MAX_BYTES, what: 'notes file' });
}

/** GitHub's generated notes (pull requests and new contributors since the previous tag). */
export async function githubNotes(repo: Repo, resolved: Resolved, target: string): Promise<string> {
  const { client, owner, repo: name } = repo;
  const { data } = await client.rest.repos.generateReleaseNotes({
    owner,
    repo: name,
    tag_name: resolved.tag,
    target_commitish: target,
    ...(resolved.previousTag ? { previous_tag_name: resolved.previousTag } : {}),
  });
  return data.body;
}

/** Write the changelog file in the workspace, this release's section first (never through a symlink). */
export async function writeChangelogFile(value: string, heading: string, markdown: string): Promise<string> {
  const exists = await lstat(path.resolve(workspaceDir(), value.trim())).then(
    () => true,
    () => false,
  );
  const existing = exists ? await readUserFile('changelog-file', value, { maxBytes: FILE_LIMITS.data, what: 'changelog' }) : '';
  return writeUserFile('changelog-file', value, prependSection(existing, heading, markdown), { roots: ['workspace'] });
}
