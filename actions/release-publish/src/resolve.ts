import * as core from '@actions/core';
import { ConfigurationError, inputError } from '@archway/kit';
import semver from 'semver';
import { type ConventionalCommit, parseCommit } from './conventional.ts';
import { commitsBetween, isRepository, resolveCommit, tagsMergedInto } from './git.ts';
import { bumpFor, nextVersion, previousTag, tagVersion } from './version.ts';

export interface Resolved {
  tag: string;
  version: string;
  /** The tag the changelog starts after; undefined for the first release. */
  previousTag?: string;
  /** The commits since the previous tag, newest first (empty without a repository). */
  commits: ConventionalCommit[];
  /** What the release is built from: the tag when it exists locally, else HEAD. */
  head: string;
  repository: boolean;
}

/** The pushed tag, when this run is for one. */
export function pushedTag(env: NodeJS.ProcessEnv = process.env): string {
  return env.GITHUB_REF_TYPE === 'tag' ? (env.GITHUB_REF_NAME ?? '') : '';
}

async function history(cwd: string, tag: string, version: string | undefined, repository: boolean) {
  if (!repository) return { previous: undefined, commits: [], head: 'HEAD' };
  const head = (await resolveCommit(cwd, `refs/tags/${tag}`)) ? `refs/tags/${tag}` : 'HEAD';
  const tags = (await tagsMergedInto(cwd, head)).filter((t) => t !== tag);
  const previous = previousTag(tags, version);
  const commits = (await commitsBetween(cwd, previous ? `refs/tags/${previous}` : undefined, head)).map(parseCommit);
  return { previous, commits, head };
}

/**
 * Tag and version from the inputs: from-tag reads the version off the tag, auto computes it from the
 * conventional commits since the previous tag, anything else must be a semver version. Returns
 * undefined when auto finds nothing to release.
 */
export async function resolveRelease(given: { tag: string; version: string }, cwd: string): Promise<Resolved | undefined> {
  const repository = await isRepository(cwd);
  const tagGiven = given.tag || pushedTag();
  const mode = given.version;

  if (mode === 'from-tag') {
    if (!tagGiven)
      throw inputError('tag', '', 'this run is not for a pushed tag, so give the tag, or set version to auto or to a semver version');
    const version = tagVersion(tagGiven);
    if (!version)
      throw inputError(
        'tag',
        tagGiven,
        'expected a semver tag such as v1.2.3 or v1.3.0-rc.1 (version: from-tag reads the version from it)',
      );
    const { previous, commits, head } = await history(cwd, tagGiven, version, repository);
    return { tag: tagGiven, version, previousTag: previous, commits, head, repository };
  }

  if (mode === 'auto') {
    if (tagGiven && !tagVersion(tagGiven))
      throw inputError(
        'tag',
        tagGiven,
        'with version auto the tag must be a semver tag such as v1.2.3, or empty to name the release v<computed version>',
      );
    if (!repository)
      throw new ConfigurationError(
        "Input 'version' is 'auto', which needs the git history in the workspace: check it out with fetch-depth: 0",
      );
    const { previous, commits, head } = await history(cwd, tagGiven, tagGiven ? tagVersion(tagGiven) : undefined, repository);
    const bump = bumpFor(commits);
    if (!bump) {
      core.notice(
        `No release: none of the ${commits.length} commit(s) since ${previous ?? 'the start of the history'} is a feat, fix, perf or breaking change`,
      );
      return undefined;
    }
    const computed = nextVersion(previous ? tagVersion(previous) : undefined, bump);
    const version = tagGiven ? (tagVersion(tagGiven) as string) : computed;
    if (version !== computed)
      core.warning(
        `The commits since ${previous ?? 'the start'} call for ${computed}, but the tag ${tagGiven} says ${version}; releasing ${version}`,
      );
    return { tag: tagGiven || `v${version}`, version, previousTag: previous, commits, head, repository };
  }

  const version = semver.valid(mode.replace(/^v/i, ''));
  if (!version) throw inputError('version', mode, 'expected from-tag, auto or a semver version such as 1.2.3');
  const tag = tagGiven || `v${version}`;
  const { previous, commits, head } = await history(cwd, tag, version, repository);
  return { tag, version, previousTag: previous, commits, head, repository };
}
