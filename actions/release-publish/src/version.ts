import semver from 'semver';
import type { ConventionalCommit } from './conventional.ts';

export type Bump = 'major' | 'minor' | 'patch';

/** The semver version a tag names: `v1.2.3`, `1.2.3`, `v1.3.0-rc.1`; undefined when it names none. */
export function tagVersion(tag: string): string | undefined {
  return semver.valid(tag.replace(/^v/i, '')) ?? undefined;
}

/** The bump the commits call for: breaking -> major, feat -> minor, fix and perf -> patch. */
export function bumpFor(commits: readonly ConventionalCommit[]): Bump | undefined {
  if (commits.some((c) => c.breaking)) return 'major';
  if (commits.some((c) => c.type === 'feat')) return 'minor';
  if (commits.some((c) => c.type === 'fix' || c.type === 'perf')) return 'patch';
  return undefined;
}

/**
 * The next version after `previous` (semantic-release's rules): the first release is 1.0.0, a breaking
 * change on 0.x also goes to 1.0.0; after a pre-release the pre-release number goes up (1.3.0-rc.1 ->
 * 1.3.0-rc.2) unless the commits call for a bigger step than that pre-release already makes.
 */
export function nextVersion(previous: string | undefined, bump: Bump): string {
  if (!previous) return '1.0.0';
  const parsed = semver.parse(previous);
  if (!parsed) throw new Error(`not a semver version: ${previous}`);
  if (parsed.prerelease.length > 0) {
    const step = parsed.patch === 0 ? (parsed.minor === 0 ? 'major' : 'minor') : 'patch';
    const order: Bump[] = ['patch', 'minor', 'major'];
    if (order.indexOf(bump) <= order.indexOf(step)) return semver.inc(previous, 'prerelease') as string;
    const identifier = typeof parsed.prerelease[0] === 'string' ? parsed.prerelease[0] : 'rc';
    return semver.inc(previous, `pre${bump}`, identifier, '1') as string;
  }
  return semver.inc(previous, bump) as string;
}

/**
 * The tag this release's changelog starts from: the highest semver tag below `version` among `tags`;
 * a full release skips pre-releases (v1.3.0 compares to v1.2.0, not to v1.3.0-rc.2).
 */
export function previousTag(tags: readonly string[], version: string | undefined): string | undefined {
  const stable = version !== undefined && semver.prerelease(version) === null;
  let best: { tag: string; version: string } | undefined;
  for (const tag of tags) {
    const v = tagVersion(tag);
    if (!v) continue;
    if (version !== undefined && !semver.lt(v, version)) continue;
    if (stable && semver.prerelease(v) !== null) continue;
    if (!best || semver.gt(v, best.version)) best = { tag, version: v };
  }
  return best?.tag;
}

/** Whether this version should be marked latest: it is not below any published full release. */
export function isHighest(version: string, published: readonly string[]): boolean {
  if (semver.prerelease(version) !== null) return false;
  return published.every((other) => {
    const v = tagVersion(other);
    return !v || semver.prerelease(v) !== null || semver.gte(version, v);
  });
}
