import type { Ecosystem } from '../model.ts';

export type Compare = (a: string, b: string) => number;

/** RubyGems' Gem::Version: numeric segments compare as numbers; a letter segment marks a prerelease. */
export function compareRubyGems(a: string, b: string): number {
  const split = (v: string) =>
    v
      .replace(/-/g, '.pre.')
      .split(/\.|(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)/i)
      .filter(Boolean);
  const x = split(a);
  const y = split(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const p = x[i] ?? '0';
    const q = y[i] ?? '0';
    const pn = /^\d+$/.test(p);
    const qn = /^\d+$/.test(q);
    if (pn && qn) {
      const d = Number(p) - Number(q);
      if (d !== 0) return Math.sign(d);
    } else if (pn !== qn) {
      return pn ? 1 : -1;
    } else if (p !== q) {
      return p < q ? -1 : 1;
    }
  }
  return 0;
}

const MAVEN_QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const MAVEN_ALIASES: Record<string, string> = { a: 'alpha', b: 'beta', m: 'milestone', cr: 'rc', ga: '', final: '', release: '' };

/** Maven's ComparableVersion, the common cases: numbers, then qualifiers in Maven's order. */
export function compareMaven(a: string, b: string): number {
  const items = (v: string) =>
    v
      .toLowerCase()
      .split(/[.-]|(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)/)
      .map((s) => MAVEN_ALIASES[s] ?? s);
  const rank = (s: string) => {
    if (/^\d+$/.test(s)) return { kind: 2, n: Number(s), s };
    const q = MAVEN_QUALIFIERS.indexOf(s);
    return q === -1 ? { kind: 1, n: MAVEN_QUALIFIERS.length, s } : { kind: q < 5 ? 0 : 1, n: q, s };
  };
  const x = items(a);
  const y = items(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const p = rank(x[i] ?? (/^\d/.test(y[i] ?? '') ? '0' : ''));
    const q = rank(y[i] ?? (/^\d/.test(x[i] ?? '') ? '0' : ''));
    if (p.kind !== q.kind) return p.kind - q.kind;
    if (p.n !== q.n) return Math.sign(p.n - q.n);
    if (p.s !== q.s) return p.s < q.s ? -1 : 1;
  }
  return 0;
}

/** The version order of an ecosystem, for OSV's ECOSYSTEM and SEMVER ranges. */
export async function comparatorFor(ecosystem: Ecosystem | string, rangeType: string): Promise<Compare> {
  if (ecosystem === 'PyPI' && rangeType !== 'SEMVER') {
    const { compare } = await import('@renovatebot/pep440');
    return (a, b) => compare(a, b);
  }
  if (ecosystem === 'RubyGems' && rangeType !== 'SEMVER') return compareRubyGems;
  if (ecosystem === 'Maven' && rangeType !== 'SEMVER') return compareMaven;
  // npm, crates.io (Cargo is semver), Go (v-prefixed semver, pseudo-versions included), Packagist,
  // NuGet, GitHub Actions tags: semver after dropping a leading v, loosely for four-part versions.
  const semver = await import('semver');
  const parse = (v: string) => {
    const bare = v.replace(/^v/, '');
    return semver.valid(bare, { loose: true }) ?? semver.coerce(bare, { includePrerelease: true })?.version ?? '0.0.0';
  };
  return (a, b) => (a === '0' ? (b === '0' ? 0 : -1) : b === '0' ? 1 : semver.compare(parse(a), parse(b), { loose: true }));
}
