import type { Component, LockfileReading, LockfileSource } from '../model.ts';
import { purlOf } from '../sbom/purl.ts';
import { asRecord, isRecord, lineOf, lockfileError, parseJson } from './parse.ts';

const basic = (source: LockfileSource, c: Pick<Component, 'ecosystem' | 'name' | 'version'> & Partial<Component>): Component => ({
  purl: purlOf(c.ecosystem, c.name, c.version),
  dev: false,
  hashes: [],
  dependsOn: [],
  lockfile: source.path,
  ...c,
});

/** gradle.lockfile: `group:artifact:version=configuration,...`; only test configurations means dev. */
export async function readGradleLockfile(source: LockfileSource): Promise<LockfileReading> {
  const components: Component[] = [];
  for (const [index, raw] of source.text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('empty=')) continue;
    const m = /^([^:\s]+):([^:\s]+):([^=\s]+)=(.*)$/.exec(line);
    if (!m) throw lockfileError(source.path, index + 1, `'${line.slice(0, 80)}' is not group:artifact:version=configurations`);
    const configurations = (m[4] as string).split(',').filter(Boolean);
    components.push(
      basic(source, {
        ecosystem: 'Maven',
        name: `${m[1]}:${m[2]}`,
        version: m[3] as string,
        dev: configurations.length > 0 && configurations.every((c) => /^test/i.test(c)),
        line: index + 1,
      }),
    );
  }
  return { components, warnings: [] };
}

/** NuGet packages.lock.json: per target framework, each package Direct, Transitive or Project. */
export async function readNugetLock(source: LockfileSource): Promise<LockfileReading> {
  const doc = parseJson(source.path, source.text);
  if (!isRecord(doc) || !isRecord(doc.dependencies)) throw lockfileError(source.path, undefined, 'no "dependencies" object');
  const seen = new Map<string, Component>();
  for (const framework of Object.values(doc.dependencies)) {
    const packages = asRecord(framework);
    for (const [name, value] of Object.entries(packages)) {
      const entry = asRecord(value);
      if (entry.type === 'Project' || typeof entry.resolved !== 'string') continue;
      const c = basic(source, {
        ecosystem: 'NuGet',
        name,
        version: entry.resolved,
        direct: entry.type === 'Direct' || entry.type === 'CentralTransitive' ? entry.type === 'Direct' : false,
        hashes:
          typeof entry.contentHash === 'string'
            ? [{ alg: 'SHA-512', content: Buffer.from(entry.contentHash, 'base64').toString('hex') }]
            : [],
        dependsOn: Object.keys(asRecord(entry.dependencies))
          .filter((d) => typeof asRecord(packages[d]).resolved === 'string')
          .map((d) => purlOf('NuGet', d, String(asRecord(packages[d]).resolved))),
        line: lineOf(source.text, `"${name}": {`),
      });
      const existing = seen.get(c.purl);
      if (existing) existing.direct ||= c.direct;
      else seen.set(c.purl, c);
    }
  }
  return { components: [...seen.values()], warnings: [] };
}

/** conan.lock (Conan 2, version 0.5): `requires` and `build_requires` as name/version#revision%time. */
export async function readConanLock(source: LockfileSource): Promise<LockfileReading> {
  const doc = parseJson(source.path, source.text);
  if (!isRecord(doc) || !Array.isArray(doc.requires)) throw lockfileError(source.path, undefined, 'no "requires" list (Conan 2 lockfile)');
  const components: Component[] = [];
  for (const [field, dev] of [
    ['requires', false],
    ['build_requires', true],
    ['python_requires', true],
  ] as const) {
    for (const ref of Array.isArray(doc[field]) ? doc[field] : []) {
      const m = /^([^/@#]+)\/([^@#]+)/.exec(String(ref));
      if (!m) throw lockfileError(source.path, lineOf(source.text, String(ref)), `'${ref}' is not name/version`);
      components.push(
        basic(source, {
          ecosystem: 'ConanCenter',
          name: m[1] as string,
          version: m[2] as string,
          dev,
          line: lineOf(source.text, String(ref)),
        }),
      );
    }
  }
  return { components, warnings: [] };
}
