import type { Component, LockfileReading, LockfileSource } from '../model.ts';
import { purlOf } from '../sbom/purl.ts';

/**
 * Gemfile.lock: specs under GEM (and GIT/PATH sources) at four spaces as `name (version)`, their
 * dependencies at six; DEPENDENCIES lists what the Gemfile asks for directly.
 */
export async function readGemfileLock(source: LockfileSource): Promise<LockfileReading> {
  const specs: { name: string; version: string; line: number; deps: string[]; local: boolean }[] = [];
  const direct = new Set<string>();
  let section = '';
  for (const [index, raw] of source.text.split(/\r?\n/).entries()) {
    if (/^[A-Z]/.test(raw)) section = raw.trim();
    const spec = /^ {4}([^\s(]+) \(([^)]+)\)$/.exec(raw);
    const dep = /^ {6}([^\s(]+)/.exec(raw);
    if (spec && ['GEM', 'GIT', 'PATH'].includes(section)) {
      // Platform gems carry the platform after the version: nokogiri (1.16.0-x86_64-linux).
      const version = (spec[2] as string).replace(/-(x86|x64|arm|aarch|universal|java|mingw|mswin|darwin|linux).*$/, '');
      specs.push({ name: spec[1] as string, version, line: index + 1, deps: [], local: section === 'PATH' });
    } else if (dep && specs.length > 0 && ['GEM', 'GIT', 'PATH'].includes(section)) {
      specs[specs.length - 1]?.deps.push(dep[1] as string);
    } else if (section === 'DEPENDENCIES') {
      const m = /^ {2}([^\s(!]+)/.exec(raw);
      if (m) direct.add(m[1] as string);
    }
  }
  const versionOf = new Map(specs.map((s) => [s.name, s.version]));
  const seen = new Map<string, Component>();
  for (const s of specs.filter((s) => !s.local)) {
    const purl = purlOf('RubyGems', s.name, s.version);
    if (seen.has(purl)) continue;
    seen.set(purl, {
      ecosystem: 'RubyGems',
      name: s.name,
      version: s.version,
      purl,
      dev: false,
      direct: direct.size > 0 ? direct.has(s.name) : undefined,
      hashes: [],
      dependsOn: s.deps.filter((d) => versionOf.has(d)).map((d) => purlOf('RubyGems', d, versionOf.get(d) as string)),
      lockfile: source.path,
      line: s.line,
    });
  }
  return { components: [...seen.values()], warnings: [] };
}
