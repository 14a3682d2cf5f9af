import path from 'node:path';
import * as core from '@actions/core';
import { readInputs, writeSummary } from '@archway/kit';
import { checkUserFile, resolveUserPath, workspaceDir } from '@archway/kit/files';
import semver from 'semver';
import { type PlannedAsset, type SyncedAsset, syncAssets } from './assets.ts';
import { capNotes } from './changelog.ts';
import { inputs, outputs } from './contract.ts';
import { findAssetFiles } from './files.ts';
import { commitTime } from './git.ts';
import { listAssets, type Repo } from './github.ts';
import { changelogOf, githubNotes, notesFromFile, writeChangelogFile } from './notes.ts';
import { planAssets } from './plan.ts';
import { attestSubjects, checkProvenancePermissions } from './provenance.ts';
import { findOrCreateRelease, publishRelease } from './release.ts';
import { syncChecksums } from './release-checksums.ts';
import { resolveRelease } from './resolve.ts';
import { renderSummary } from './summary.ts';
import { isHighest } from './version.ts';

type Given = Awaited<ReturnType<typeof readInputs<typeof inputs>>>;

function links() {
  const serverUrl = (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
  const repository = process.env.GITHUB_REPOSITORY ?? '';
  return { serverUrl, repositoryUrl: `${serverUrl}/${repository}`, repository };
}

/** Everything decided before the first request: version, notes, the assets and their digests. */
async function prepare(given: Given) {
  const workspace = workspaceDir();
  const resolved = await resolveRelease(given, workspace);
  if (!resolved) return undefined;
  checkProvenancePermissions(given.provenance);
  // Refused now, not after the release was made: the changelog file goes inside the workspace.
  if (given.changelogFile) await resolveUserPath('changelog-file', given.changelogFile, { roots: ['workspace'] });
  const changelog = changelogOf(resolved, links());
  const notesFile = given.notes === 'auto' || given.notes === 'github' ? undefined : await notesFromFile(given.notes);
  const files = await findAssetFiles('assets', given.assets, given.failOnUnmatched);
  const repositoryName = links().repository.split('/')[1] ?? 'release';
  const plan = await planAssets({
    files,
    sbom: given.sbom ? await checkUserFile('sbom', given.sbom) : undefined,
    archive: given.archive,
    archiveName: given.archiveName,
    naming: { name: repositoryName, version: resolved.version, tag: resolved.tag, target: given.target },
    strip: given.strip,
    target: given.target,
    mtime: async () => Number(process.env.SOURCE_DATE_EPOCH) || (resolved.repository ? commitTime(workspace, resolved.head) : 0),
    workspace,
    scratch: path.join(process.env.RUNNER_TEMP || workspace, 'release-publish', `${resolved.tag}-${given.target || 'any'}`),
    algorithms: given.checksums,
  });
  return { resolved, changelog, notesFile, plan };
}

async function client(token: string): Promise<Repo> {
  const { createGitHubClient, currentRepository } = await import('@archway/kit/github');
  const apiUrl = (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, '');
  return { client: createGitHubClient({ token, baseUrl: apiUrl }), ...currentRepository(), token, apiUrl };
}

export async function main(): Promise<void> {
  const given = await readInputs(inputs);
  const prepared = await prepare(given);
  if (!prepared) return;
  const { resolved, changelog, notesFile, plan } = prepared;
  const repo = await client(given.token);
  const target = process.env.GITHUB_SHA ?? '';

  const notes = notesFile ?? (given.notes === 'github' ? await githubNotes(repo, resolved, target) : changelog.markdown);
  const prerelease = given.prerelease === 'auto' ? semver.prerelease(resolved.version) !== null : given.prerelease === 'true';
  const desired = {
    tag: resolved.tag,
    name: given.name || resolved.tag,
    body: capNotes(notes, changelog.fullListUrl),
    prerelease,
    draft: given.draft,
    targetCommitish: target,
  };

  const found = await findOrCreateRelease(repo, desired);
  const synced = await syncAssets(repo, found.release, plan.assets, { overwrite: given.overwrite });
  const checksums = given.checksums.length > 0 ? await syncChecksums(repo, found.release, given.checksums, plan.digests) : { files: [] };
  const makeLatest = given.makeLatest === 'auto' ? isHighest(resolved.version, found.publishedTags) : given.makeLatest === 'true';
  const published = await publishRelease(repo, found.release, desired, makeLatest);
  const provenance = await attestSubjects(given.provenance, plan.assets.map(subject), given.token);

  const changes = [
    ...(found.created ? ['created the draft'] : []),
    ...(found.removedDrafts > 0 ? [`removed ${found.removedDrafts} duplicate draft(s)`] : []),
    ...count(synced, 'uploaded'),
    ...count(synced, 'replaced'),
    ...checksums.files.filter((f) => f.written).map((f) => `wrote ${f.asset.name}`),
    ...(published.changed ? [found.release.draft && !published.release.draft ? 'published' : 'updated the release'] : []),
    ...(provenance.attested ? ['attested build provenance'] : []),
  ];
  core.info(
    changes.length > 0
      ? `Release ${resolved.tag}: ${changes.join(', ')}`
      : `Release ${resolved.tag}: nothing changed, everything was in place already`,
  );

  const all = await everyAsset(repo, published.release.id);
  outputs.set('url', published.release.html_url);
  outputs.set('id', published.release.id);
  outputs.set('tag', resolved.tag);
  outputs.set('version', resolved.version);
  outputs.set('assets', all);
  outputs.set('changelog', changelog.markdown);
  outputs.set('uploaded', synced.filter((s) => s.outcome === 'uploaded').length);
  outputs.set('skipped', synced.filter((s) => s.outcome === 'skipped').length);
  outputs.set('replaced', synced.filter((s) => s.outcome === 'replaced').length);
  if (given.changelogFile) await writeChangelogFile(given.changelogFile, `## ${resolved.tag}`, changelog.markdown);
  await writeSummary(
    renderSummary({
      release: published.release,
      version: resolved.version,
      synced,
      all,
      changes,
      changelog: changelog.markdown,
      provenance: provenance.attested
        ? `attested${provenance.attestationId ? ` (${provenance.attestationId})` : ''}`
        : (provenance.reason ?? 'none'),
    }),
  );
}

function subject(asset: PlannedAsset) {
  return { name: asset.name, digest: { sha256: asset.sha256 } };
}

function count(synced: readonly SyncedAsset[], outcome: 'uploaded' | 'replaced'): string[] {
  const n = synced.filter((s) => s.outcome === outcome).length;
  return n > 0 ? [`${outcome} ${n} asset(s)`] : [];
}

async function everyAsset(repo: Repo, releaseId: number) {
  return (await listAssets(repo, releaseId)).map((a) => ({
    name: a.name,
    url: a.browser_download_url,
    size: a.size,
    sha256: (a as { digest?: string | null }).digest?.replace(/^sha256:/, '') ?? '',
  }));
}
