import type { Component, LockfileReading, LockfileSource } from '../model.ts';
import { purlOf } from '../sbom/purl.ts';
import { lockfileError } from './parse.ts';

/**
 * go.mod: since Go 1.17 its require blocks list every module the build needs, `// indirect` marking
 * the transitive ones. replace directives pointing at a local path drop the module (it is local code).
 */
export async function readGoMod(source: LockfileSource): Promise<LockfileReading> {
  const components: Component[] = [];
  const replacedLocally = new Set<string>();
  let block: string | undefined;
  source.text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/\/\/(?! indirect).*$/, '').trim();
    if (line === '') return;
    if (line === ')') {
      block = undefined;
      return;
    }
    const opening = /^(require|replace|exclude|retract|tool|godebug|ignore)\s*\($/.exec(line);
    if (opening) {
      block = opening[1];
      return;
    }
    const single = /^(require|replace)\s+(.+)$/.exec(line);
    const kind = single ? single[1] : block;
    const body = single ? (single[2] as string) : line;
    if (kind === 'require') {
      const m = /^(\S+)\s+(v\S+)(\s+\/\/ indirect)?/.exec(body);
      if (!m) throw lockfileError(source.path, index + 1, `'${body.slice(0, 80)}' is not 'module version'`);
      components.push({
        ecosystem: 'Go',
        name: m[1] as string,
        version: m[2] as string,
        purl: purlOf('Go', m[1] as string, m[2] as string),
        dev: false,
        direct: m[3] === undefined,
        hashes: [],
        dependsOn: [],
        lockfile: source.path,
        line: index + 1,
      });
    } else if (kind === 'replace') {
      const m = /^(\S+)(?:\s+\S+)?\s+=>\s+(\S+)/.exec(body);
      if (m && /^\.{0,2}\//.test(m[2] as string)) replacedLocally.add(m[1] as string);
    }
  });
  return { components: components.filter((c) => !replacedLocally.has(c.name)), warnings: [] };
}
