import type { Component, LockfileReading, LockfileSource } from '../model.ts';
import { purlOf } from '../sbom/purl.ts';
import { reachable } from './graph.ts';
import { asRecord, isRecord, lockfileError, parseJson, parseYamlLockfile, sriHashes } from './parse.ts';

interface Entry {
  name: string;
  version: string;
  specs: string[];
  dependencies: Record<string, string>;
  hashes: Component['hashes'];
  line: number;
  workspace: boolean;
}

/** 'name@range' -> name (scoped names start with '@'). */
function nameOf(spec: string): string {
  const at = spec.indexOf('@', 1);
  return at === -1 ? spec : spec.slice(0, at);
}

const unquote = (s: string) => s.trim().replace(/^"(.*)"$/, '$1');

/** yarn.lock v1 (classic): its own indented format, not YAML. */
function parseClassic(source: LockfileSource): Entry[] {
  const entries: Entry[] = [];
  let current: Entry | undefined;
  let block: string | undefined;
  source.text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const indent = raw.length - raw.trimStart().length;
    const line = raw.trim();
    if (indent === 0) {
      if (!line.endsWith(':')) throw lockfileError(source.path, index + 1, `expected 'name@range:' but found '${line.slice(0, 80)}'`);
      const specs = line.slice(0, -1).split(/,\s*/).map(unquote);
      current = { name: nameOf(specs[0] as string), version: '', specs, dependencies: {}, hashes: [], line: index + 1, workspace: false };
      entries.push(current);
      block = undefined;
    } else if (!current) {
      throw lockfileError(source.path, index + 1, 'an indented line before any entry');
    } else if (indent === 2) {
      block = line.endsWith(':') ? line.slice(0, -1) : undefined;
      const [key, ...rest] = line.split(/\s+/);
      const value = unquote(rest.join(' '));
      if (key === 'version') current.version = value;
      if (key === 'integrity') current.hashes = sriHashes(value);
      if (key === 'resolved' && current.hashes.length === 0) {
        const sha1 = /#([0-9a-f]{40})$/.exec(value);
        if (sha1) current.hashes = [{ alg: 'SHA-1', content: sha1[1] as string }];
      }
    } else if (block === 'dependencies' || block === 'optionalDependencies') {
      const m = /^("?[^"\s]+"?)\s+(.+)$/.exec(line);
      if (m) current.dependencies[unquote(m[1] as string)] = unquote(m[2] as string);
    }
  });
  return entries;
}

/** yarn.lock from yarn 2+ (berry): YAML with __metadata; workspaces resolve to name@workspace:path. */
async function parseBerry(source: LockfileSource): Promise<Entry[]> {
  const doc = asRecord(await parseYamlLockfile(source.path, source.text));
  return Object.entries(doc)
    .filter(([key]) => key !== '__metadata')
    .map(([key, value]) => {
      const entry = asRecord(value);
      const resolution = String(entry.resolution ?? '');
      return {
        name: nameOf(resolution || key),
        version: String(entry.version ?? ''),
        specs: key.split(/,\s*/).map(unquote),
        dependencies: Object.fromEntries(Object.entries(asRecord(entry.dependencies)).map(([k, v]) => [k, String(v)])),
        hashes: [],
        line: source.text.split('\n').findIndex((l) => l.startsWith(`"${key}":`) || l.startsWith(`${key}:`)) + 1,
        workspace: resolution.includes('@workspace:'),
      };
    });
}

export async function readYarnLock(source: LockfileSource): Promise<LockfileReading> {
  const berry = /^__metadata:/m.test(source.text);
  const entries = berry ? await parseBerry(source) : parseClassic(source);
  const bySpec = new Map<string, Entry>();
  for (const entry of entries) for (const spec of entry.specs) bySpec.set(spec, entry);
  // berry writes ranges without a protocol in package.json as npm: in its keys.
  const lookup = (dep: string, range: string) => bySpec.get(`${dep}@${range}`) ?? bySpec.get(`${dep}@npm:${range}`);
  const purl = (e: Entry) => purlOf('npm', e.name, e.version);
  const edges = (e: Entry) =>
    Object.entries(e.dependencies)
      .map(([d, r]) => lookup(d, r))
      .filter((x): x is Entry => x !== undefined);

  const manifestText = await source.sibling('package.json');
  const manifest =
    manifestText === undefined ? undefined : asRecord(parseJson(source.path.replace(/[^/]+$/, 'package.json'), manifestText));
  const rootsOf = (fields: string[]) =>
    manifest
      ? fields
          .flatMap((f) => Object.entries(asRecord(manifest[f])).map(([d, r]) => lookup(d, String(r))))
          .filter((x): x is Entry => x !== undefined)
      : [];
  const runtimeRoots = rootsOf(['dependencies', 'optionalDependencies', 'peerDependencies']);
  const devRoots = rootsOf(['devDependencies']);
  const keyOf = new Map(entries.map((e) => [purl(e), e]));
  const runtime = reachable(runtimeRoots.map(purl), (p) => edges(keyOf.get(p) as Entry).map(purl));
  const direct = new Set([...runtimeRoots, ...devRoots].map(purl));
  const workspaceDeps = new Set(
    entries
      .filter((e) => e.workspace)
      .flatMap(edges)
      .map(purl),
  );

  const byPurl = new Map<string, Component>();
  for (const entry of entries) {
    if (entry.workspace || !entry.version) continue;
    if (!isRecord(entry.dependencies)) continue;
    const p = purl(entry);
    const existing = byPurl.get(p);
    const dependsOn = edges(entry)
      .filter((e) => !e.workspace)
      .map(purl);
    if (existing) {
      existing.dependsOn = [...new Set([...existing.dependsOn, ...dependsOn])];
      continue;
    }
    byPurl.set(p, {
      ecosystem: 'npm',
      name: entry.name,
      version: entry.version,
      purl: p,
      dev: manifest ? !runtime.has(p) : false,
      direct: manifest ? direct.has(p) : berry ? workspaceDeps.has(p) : undefined,
      hashes: entry.hashes,
      dependsOn,
      lockfile: source.path,
      line: entry.line,
    });
  }
  return { components: [...byPurl.values()], warnings: [] };
}
