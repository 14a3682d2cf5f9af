import type { Component, LockfileReading, LockfileSource } from '../model.ts';
import { purlOf } from '../sbom/purl.ts';
import { reachable } from './graph.ts';
import { asRecord, isRecord, lineOf, lockfileError, parseYamlLockfile, sriHashes } from './parse.ts';

const RUNTIME = ['dependencies', 'optionalDependencies'] as const;

/** 'name@1.0.0(peer@2.0.0)' or '/name@1.0.0' (v6) or '/name/1.0.0_peer@2' (v5) -> [name, version]. */
function splitKey(key: string, v5: boolean): [string, string] | undefined {
  const bare = key.replace(/^\//, '').replace(/\(.*$/, '');
  if (v5) {
    const m = /^((?:@[^/]+\/)?[^/]+)\/([^_/]+)/.exec(bare);
    return m ? [m[1] as string, m[2] as string] : undefined;
  }
  const at = bare.lastIndexOf('@');
  return at > 0 ? [bare.slice(0, at), bare.slice(at + 1)] : undefined;
}

/** pnpm-lock.yaml lockfileVersion 5.x, 6.x and 9.x: importers, packages and (9.x) snapshots. */
export async function readPnpmLock(source: LockfileSource): Promise<LockfileReading> {
  const doc = await parseYamlLockfile(source.path, source.text);
  if (!isRecord(doc) || doc.lockfileVersion === undefined) throw lockfileError(source.path, 1, 'no lockfileVersion');
  const major = Number.parseFloat(String(doc.lockfileVersion));
  const v5 = major < 6;
  const packages = asRecord(doc.packages);
  const nodes = major >= 9 ? asRecord(doc.snapshots) : packages;
  // pnpm 9 keys snapshots by name@version(peers); the same package with other peers is one component.
  const keyOf = (dep: string, ref: string): string | undefined => {
    if (ref.startsWith('link:') || ref.startsWith('file:')) return undefined;
    const pinned = /^(@?[^@]+)@(.+)$/.test(ref) && !/^\d/.test(ref) ? ref : `${dep}@${ref}`;
    return v5 ? `/${dep}/${ref}` : major >= 9 ? pinned : `/${pinned}`;
  };
  const edges = (key: string) =>
    RUNTIME.flatMap((f) => Object.entries(asRecord(asRecord(nodes[key])[f])))
      .map(([dep, ref]) => keyOf(dep, String(ref)))
      .filter((k): k is string => k !== undefined && k in nodes);
  const importers = isRecord(doc.importers) ? Object.values(doc.importers).map(asRecord) : [asRecord(doc)];
  const rootRefs = (fields: readonly string[]) =>
    importers
      .flatMap((imp) =>
        fields.flatMap((f) =>
          Object.entries(asRecord(imp[f])).map(([dep, spec]) => keyOf(dep, String(isRecord(spec) ? spec.version : spec))),
        ),
      )
      .filter((k): k is string => k !== undefined);
  const runtimeRoots = rootRefs(RUNTIME);
  const devRoots = rootRefs(['devDependencies']);
  const runtime = reachable(runtimeRoots, edges);
  const direct = new Set([...runtimeRoots, ...devRoots].map((k) => splitKey(k, v5)?.join('@')));

  const byPurl = new Map<string, Component>();
  for (const key of Object.keys(nodes)) {
    const split = splitKey(key, v5);
    if (!split) throw lockfileError(source.path, lineOf(source.text, key), `'${key}' is not a name@version key`);
    const [name, version] = split;
    const info = asRecord(packages[major >= 9 ? `${name}@${version}` : key]);
    const purl = purlOf('npm', name, version);
    const dependsOn = edges(key).map((k) => purlOf('npm', ...(splitKey(k, v5) as [string, string])));
    const existing = byPurl.get(purl);
    if (existing) {
      existing.dependsOn = [...new Set([...existing.dependsOn, ...dependsOn])];
      existing.dev &&= !runtime.has(key);
      continue;
    }
    byPurl.set(purl, {
      ecosystem: 'npm',
      name,
      version,
      purl,
      dev: typeof info.dev === 'boolean' ? info.dev : !runtime.has(key),
      direct: direct.has(`${name}@${version}`),
      hashes: sriHashes(asRecord(info.resolution).integrity),
      dependsOn,
      lockfile: source.path,
      line: lineOf(source.text, `\n  ${key}:`) ?? lineOf(source.text, `\n  '${key}':`),
      ...(typeof info.license === 'string' ? { license: info.license } : {}),
    });
  }
  return { components: [...byPurl.values()], warnings: [] };
}
