import * as core from '@actions/core';
import { explain, isAlreadyExists, type Release, type Repo, status } from './github.ts';

export interface DesiredRelease {
  tag: string;
  name: string;
  body: string;
  prerelease: boolean;
  /** Leave it a draft instead of publishing. */
  draft: boolean;
  /** The commit a tag that does not exist yet is created at (an existing tag is never moved). */
  targetCommitish: string;
}

export interface FoundRelease {
  release: Release;
  created: boolean;
  /** Drafts of the same tag deleted (duplicates from racing jobs or earlier runs). */
  removedDrafts: number;
  /** Tags of the repository's published releases, for make-latest by semver order. */
  publishedTags: string[];
}

async function listReleases(repo: Repo): Promise<Release[]> {
  const { client, owner, repo: name } = repo;
  // GET /releases/tags/{tag} never returns drafts, so the list is the only way to see them.
  return client.paginate(client.rest.repos.listReleases, { owner, repo: name, per_page: 100 });
}

/** Every job picks the same one: the published release of the tag, else its oldest draft. */
export function canonical(releases: readonly Release[]): Release | undefined {
  const byAge = [...releases].sort((a, b) => a.id - b.id);
  return byAge.find((r) => !r.draft) ?? byAge[0];
}

async function tagExists(repo: Repo, tag: string): Promise<boolean> {
  const { client, owner, repo: name } = repo;
  try {
    await client.rest.git.getRef({ owner, repo: name, ref: `tags/${tag}` });
    return true;
  } catch (error) {
    if (status(error) === 404) return false;
    throw explain(`Looking up the tag ${tag}`, error);
  }
}

/**
 * The one release of the tag: found (drafts included) or created as a draft. Racing jobs each create a
 * draft at most once, then all settle on the same release and delete the other drafts of the tag.
 */
export async function findOrCreateRelease(repo: Repo, desired: DesiredRelease): Promise<FoundRelease> {
  const { client, owner, repo: name } = repo;
  let all: Release[] = [];
  const list = async () => {
    all = await listReleases(repo).catch((error: unknown) => {
      throw explain('Listing releases', error);
    });
    return all.filter((r) => r.tag_name === desired.tag);
  };
  let releases = await list();
  let created = false;
  for (let attempt = 1; releases.length === 0 && attempt <= 3; attempt++) {
    const existingTag = await tagExists(repo, desired.tag);
    try {
      await client.rest.repos.createRelease({
        owner,
        repo: name,
        tag_name: desired.tag,
        ...(existingTag ? {} : { target_commitish: desired.targetCommitish }),
        name: desired.name,
        body: desired.body,
        draft: true,
        prerelease: desired.prerelease,
      });
      created = true;
    } catch (error) {
      // Another job won the race: read back what it made (and try again if nothing is there).
      if (!isAlreadyExists(error)) throw explain(`Creating the release ${desired.tag}`, error);
      core.info(`GitHub says the release ${desired.tag} exists already; reading it back`);
    }
    releases = await list();
  }
  const chosen = canonical(releases);
  if (!chosen) throw explain(`Creating the release ${desired.tag}`, new Error('the release is not listed after creating it'));
  let removedDrafts = 0;
  for (const other of releases) {
    if (other.id === chosen.id || !other.draft) continue;
    try {
      await client.rest.repos.deleteRelease({ owner, repo: name, release_id: other.id });
      removedDrafts += 1;
    } catch (error) {
      if (status(error) !== 404) throw explain(`Deleting the duplicate draft ${other.id} of ${desired.tag}`, error);
    }
  }
  if (removedDrafts > 0) core.info(`Removed ${removedDrafts} duplicate draft(s) of ${desired.tag}; release ${chosen.id} is the one`);
  const publishedTags = all.filter((r) => !r.draft).map((r) => r.tag_name);
  return { release: chosen, created, removedDrafts, publishedTags };
}

/**
 * Bring name, notes and pre-release flag up to date and publish (unless `draft`). Nothing is sent when
 * nothing differs, so a re-run changes nothing. A published release is never turned back into a draft.
 */
export async function publishRelease(
  repo: Repo,
  release: Release,
  desired: DesiredRelease,
  makeLatest: boolean,
): Promise<{ release: Release; changed: boolean }> {
  const publishing = release.draft && !desired.draft;
  const update = {
    ...(release.name !== desired.name ? { name: desired.name } : {}),
    ...((release.body ?? '') !== desired.body ? { body: desired.body } : {}),
    ...(release.prerelease !== desired.prerelease ? { prerelease: desired.prerelease } : {}),
    ...(publishing ? { draft: false, make_latest: makeLatest && !desired.prerelease ? ('true' as const) : ('false' as const) } : {}),
  };
  if (!release.draft && desired.draft) core.warning(`The release ${desired.tag} is published already; draft: true does not unpublish it`);
  if (Object.keys(update).length === 0) return { release, changed: false };
  const { client, owner, repo: name } = repo;
  try {
    const { data } = await client.rest.repos.updateRelease({ owner, repo: name, release_id: release.id, ...update });
    return { release: data, changed: true };
  } catch (error) {
    if (isAlreadyExists(error)) {
      // A racing job published this same release first; that is the outcome wanted.
      const { data } = await client.rest.repos.getRelease({ owner, repo: name, release_id: release.id });
      if (!data.draft) return { release: data, changed: false };
    }
    throw explain(`${publishing ? 'Publishing' : 'Updating'} the release ${desired.tag}`, error);
  }
}
