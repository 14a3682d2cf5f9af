import type { Component, LockfileReading, LockfileSource } from '../model.ts';
import { purlOf } from '../sbom/purl.ts';
import { asRecord, lineOf, lockfileError, parseToml } from './parse.ts';

interface CargoPackage {
  name: string;
  version: string;
  source?: string;
  checksum?: string;
  dependencies?: string[];
}

const CRATES_IO = /^(sparse\+|registry\+)https:\/\/(github\.com\/rust-lang\/crates\.io-index|index\.crates\.io\/)/;

/**
 * Cargo.lock (v1-v4). Packages without a source are the workspace's own crates: not components, but
 * their dependencies are the direct ones. Git and path sources are kept with their purl qualifiers.
 */
export async function readCargoLock(source: LockfileSource): Promise<LockfileReading> {
  const doc = await parseToml(source.path, source.text);
  const packages = doc.package;
  if (!Array.isArray(packages)) throw lockfileError(source.path, undefined, 'no [[package]] entries');
  const list = packages.map((p) => asRecord(p)) as unknown as CargoPackage[];
  const byName = new Map<string, CargoPackage[]>();
  for (const p of list) {
    if (typeof p.name !== 'string' || typeof p.version !== 'string')
      throw lockfileError(source.path, lineOf(source.text, `name = "${p.name}"`), 'a [[package]] lacks name or version');
    byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
  }
  const purl = (p: CargoPackage) =>
    purlOf('crates.io', p.name, p.version, p.source && !CRATES_IO.test(p.source) ? { vcs_url: p.source } : undefined);
  // A dependency is "name", "name version" or "name version (source)" when the name alone is ambiguous.
  const resolve = (spec: string): CargoPackage | undefined => {
    const [name, version] = spec.split(' ');
    const candidates = byName.get(name as string) ?? [];
    return version ? candidates.find((c) => c.version === version) : candidates[0];
  };
  const roots = list.filter((p) => !p.source);
  const direct = new Set(roots.flatMap((r) => (r.dependencies ?? []).map((d) => resolve(d)).filter((d) => d?.source)));
  const components: Component[] = list
    .filter((p) => p.source)
    .map((p) => ({
      ecosystem: 'crates.io',
      name: p.name,
      version: p.version,
      purl: purl(p),
      dev: false,
      direct: roots.length > 0 ? direct.has(p) : undefined,
      hashes: p.checksum ? [{ alg: 'SHA-256', content: p.checksum.toLowerCase() }] : [],
      dependsOn: (p.dependencies ?? [])
        .map(resolve)
        .filter((d): d is CargoPackage => d?.source !== undefined)
        .map(purl),
      lockfile: source.path,
      line: lineOf(source.text, `name = "${p.name}"\nversion = "${p.version}"`),
    }));
  return { components, warnings: [] };
}
