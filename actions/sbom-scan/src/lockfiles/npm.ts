import type { Component, LockfileReading, LockfileSource } from '../model.ts';
import { purlOf } from '../sbom/purl.ts';
import { asRecord, isRecord, lineFinder, lineOf, lockfileError, parseJson, sriHashes } from './parse.ts';

const DEPENDENCY_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'] as const;
const ROOT_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;

function npmComponent(source: LockfileSource, name: string, entry: Record<string, unknown>, extra: Partial<Component>): Component {
  const version = String(entry.version);
  return {
    ecosystem: 'npm',
    name,
    version,
    purl: purlOf('npm', name, version),
    dev: entry.dev === true,
    hashes: sriHashes(entry.integrity),
    dependsOn: [],
    lockfile: source.path,
    ...(typeof entry.license === 'string' ? { license: entry.license } : {}),
    ...extra,
  };
}

/** package-lock.json / npm-shrinkwrap.json, lockfileVersion 1, 2 or 3. */
export async function readPackageLock(source: LockfileSource): Promise<LockfileReading> {
  const doc = parseJson(source.path, source.text);
  if (!isRecord(doc)) throw lockfileError(source.path, 1, 'expected a JSON object');
  if (isRecord(doc.packages)) return readPackages(source, doc.packages);
  if (isRecord(doc.dependencies)) {
    const manifest = await source.sibling('package.json');
    const pkg = manifest === undefined ? undefined : asRecord(parseJson(source.path.replace(/[^/]+$/, 'package.json'), manifest));
    return readV1(source, doc.dependencies, pkg && new Set(ROOT_FIELDS.flatMap((f) => Object.keys(asRecord(pkg[f])))));
  }
  throw lockfileError(source.path, undefined, 'neither "packages" (lockfileVersion 2, 3) nor "dependencies" (1)');
}

/** The name a node_modules path installs: the part after the last node_modules/. */
function installedName(key: string): string {
  return key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

function readPackages(source: LockfileSource, packages: Record<string, unknown>): LockfileReading {
  const root = asRecord(packages['']);
  const rootDeps = new Set(ROOT_FIELDS.flatMap((f) => Object.keys(asRecord(root[f]))));
  const entries = new Map<string, Record<string, unknown>>();
  for (const [key, value] of Object.entries(packages)) {
    // Workspace folders and links to them are the project's own code, not third-party components.
    if (!key.includes('node_modules/') || asRecord(value).link === true) continue;
    if (!isRecord(value) || typeof value.version !== 'string')
      throw lockfileError(source.path, lineOf(source.text, `"${key}"`), `"${key}" has no version`);
    entries.set(key, value);
  }
  const purlAt = (key: string) => {
    const entry = entries.get(key) as Record<string, unknown>;
    return purlOf('npm', typeof entry.name === 'string' ? entry.name : installedName(key), String(entry.version));
  };
  // Node's resolution: a dependency of a/node_modules/b is looked up in b's node_modules, then upwards.
  const resolve = (from: string, dep: string): string | undefined => {
    for (let base = from; ; ) {
      const candidate = base ? `${base}/node_modules/${dep}` : `node_modules/${dep}`;
      if (entries.has(candidate)) return candidate;
      if (!base) return undefined;
      const cut = base.lastIndexOf('/node_modules/');
      base = cut === -1 ? '' : base.slice(0, cut);
    }
  };
  const line = lineFinder(source.text);
  const components = [...entries].map(([key, entry]) => {
    const name = typeof entry.name === 'string' ? entry.name : installedName(key);
    const dependsOn = DEPENDENCY_FIELDS.flatMap((f) => Object.keys(asRecord(entry[f])))
      .map((dep) => resolve(key, dep))
      .filter((k): k is string => k !== undefined)
      .map(purlAt);
    return npmComponent(source, name, entry, {
      direct: key === `node_modules/${installedName(key)}` && rootDeps.has(installedName(key)),
      dependsOn,
      line: line(`"${key}": {`),
    });
  });
  return { components, warnings: [] };
}

/** lockfileVersion 1: a tree of `dependencies`, each with `requires` and nested `dependencies`. */
function readV1(source: LockfileSource, top: Record<string, unknown>, rootDeps: Set<string> | undefined): LockfileReading {
  const components: Component[] = [];
  const line = lineFinder(source.text);
  const walk = (level: Record<string, unknown>, parents: Record<string, unknown>[], depth: number) => {
    for (const [name, value] of Object.entries(level)) {
      const entry = asRecord(value);
      if (typeof entry.version !== 'string')
        throw lockfileError(source.path, lineOf(source.text, `"${name}": {`), `"${name}" has no version`);
      const scopes = [asRecord(entry.dependencies), level, ...parents];
      const dependsOn = Object.keys(asRecord(entry.requires)).flatMap((dep) => {
        const found = scopes.map((s) => asRecord(s[dep])).find((e) => typeof e.version === 'string');
        return found ? [purlOf('npm', dep, String(found.version))] : [];
      });
      const direct = rootDeps ? depth === 0 && rootDeps.has(name) : undefined;
      components.push(npmComponent(source, name, entry, { direct, dependsOn, line: line(`"${name}": {`) }));
      walk(asRecord(entry.dependencies), [level, ...parents], depth + 1);
    }
  };
  walk(top, [], 0);
  return { components, warnings: [] };
}
