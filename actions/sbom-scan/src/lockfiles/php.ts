import type { Component, LockfileReading, LockfileSource } from '../model.ts';
import { purlOf } from '../sbom/purl.ts';
import { asRecord, isRecord, lineOf, lockfileError, parseJson } from './parse.ts';

/** composer.lock: `packages` and `packages-dev`, each with its licences and requirements. */
export async function readComposerLock(source: LockfileSource): Promise<LockfileReading> {
  const doc = parseJson(source.path, source.text);
  if (!isRecord(doc) || !Array.isArray(doc.packages)) throw lockfileError(source.path, undefined, 'no "packages" list');
  const all = [
    ...doc.packages.map((p) => ({ p: asRecord(p), dev: false })),
    ...(Array.isArray(doc['packages-dev']) ? doc['packages-dev'] : []).map((p) => ({ p: asRecord(p), dev: true })),
  ];
  const versions = new Map(all.map(({ p }) => [String(p.name), String(p.version)]));
  const components: Component[] = all.map(({ p, dev }) => {
    const name = String(p.name);
    const version = String(p.version);
    const licenses = Array.isArray(p.license) ? p.license.map(String) : [];
    const shasum = String(asRecord(p.dist).shasum ?? '');
    return {
      ecosystem: 'Packagist',
      name,
      version,
      purl: purlOf('Packagist', name, version),
      dev,
      hashes: /^[0-9a-f]{40}$/.test(shasum) ? [{ alg: 'SHA-1', content: shasum }] : [],
      dependsOn: Object.keys(asRecord(p.require))
        .filter((d) => versions.has(d))
        .map((d) => purlOf('Packagist', d, versions.get(d) as string)),
      lockfile: source.path,
      line: lineOf(source.text, `"name": "${name}"`),
      // composer lists alternatives (a dual licence) as an array.
      ...(licenses.length > 0 ? { license: licenses.length === 1 ? licenses[0] : `(${licenses.join(' OR ')})` } : {}),
    };
  });
  return { components, warnings: [] };
}
