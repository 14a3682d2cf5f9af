import type { Component, Hash, LockfileReading, LockfileSource } from '../model.ts';
import { normalisePythonName, purlOf } from '../sbom/purl.ts';
import { asRecord, isRecord, lineOf, lockfileError, parseJson, parseToml } from './parse.ts';

function pypi(source: LockfileSource, name: string, version: string, extra: Partial<Component> = {}): Component {
  return {
    ecosystem: 'PyPI',
    name: normalisePythonName(name),
    version,
    purl: purlOf('PyPI', name, version),
    dev: false,
    hashes: [],
    dependsOn: [],
    lockfile: source.path,
    ...extra,
  };
}

/** `sha256:<hex>` strings as pip, poetry, uv and pipenv write them. */
function hashes(values: unknown[]): Hash[] {
  const algs: Record<string, Hash['alg']> = { sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512', md5: 'MD5' };
  const seen = new Map<string, Hash>();
  for (const value of values) {
    const m = typeof value === 'string' ? /^(sha256|sha384|sha512|md5)[:=]([0-9a-f]+)$/i.exec(value) : null;
    if (m && algs[(m[1] as string).toLowerCase()])
      seen.set(m[2] as string, { alg: algs[(m[1] as string).toLowerCase()] as Hash['alg'], content: (m[2] as string).toLowerCase() });
  }
  return [...seen.values()].sort((a, b) => a.content.localeCompare(b.content));
}

const REQUIREMENT = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(===?)\s*([^\s;#]+)/;

/**
 * requirements*.txt: only pinned `name==version` lines are packages (an unpinned line names no version to
 * check, so it is a warning). pip-compile's `# via` comments tell direct (`-r file`) from transitive.
 */
export async function readRequirements(source: LockfileSource): Promise<LockfileReading> {
  const components: Component[] = [];
  const warnings: string[] = [];
  const lines = source.text.split(/\r?\n/);
  let viaCompiled = false;
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let line = lines[i] as string;
    while (line.endsWith('\\') && i + 1 < lines.length) line = `${line.slice(0, -1)} ${lines[++i]}`;
    const body = line.replace(/(^|\s)#.*$/, '').trim();
    // pip-compile puts "# via" comment lines after each requirement.
    const vias: string[] = [];
    while (i + 1 < lines.length && /^\s+#/.test(lines[i + 1] as string)) {
      vias.push((lines[++i] as string).replace(/^\s*#\s*/, '').replace(/^via\s*/, ''));
    }
    if (vias.length > 0) viaCompiled = true;
    if (body === '' || body.startsWith('-')) continue;
    const m = REQUIREMENT.exec(body);
    if (!m) {
      if (/^[A-Za-z0-9]/.test(body)) warnings.push(`${source.path}:${start + 1}: '${body.slice(0, 80)}' is not pinned with ==; skipped`);
      else throw lockfileError(source.path, start + 1, `'${body.slice(0, 80)}' is not a requirement`);
      continue;
    }
    const via = vias.join(' ');
    components.push(
      pypi(source, m[1] as string, m[3] as string, {
        hashes: hashes([...body.matchAll(/--hash[=\s]+(\S+)/g)].map((h) => h[1])),
        direct: vias.length > 0 ? /(^|\s)-r\s/.test(via) || via.includes('.in') : undefined,
        line: start + 1,
      }),
    );
  }
  if (!viaCompiled) for (const c of components) c.direct = true;
  return { components, warnings };
}

/** Names the project asks for directly, from pyproject.toml (PEP 621 and Poetry tables). */
async function pyprojectNames(source: LockfileSource): Promise<{ main: Set<string>; dev: Set<string> } | undefined> {
  const text = await source.sibling('pyproject.toml');
  if (text === undefined) return undefined;
  const doc = await parseToml(source.path.replace(/[^/]+$/, 'pyproject.toml'), text);
  const names = (specs: unknown): string[] =>
    Array.isArray(specs)
      ? specs.map((s) => /^[A-Za-z0-9._-]+/.exec(String(s))?.[0] ?? '').filter(Boolean)
      : Object.keys(asRecord(specs)).filter((n) => n !== 'python');
  const project = asRecord(doc.project);
  const poetry = asRecord(asRecord(doc.tool).poetry);
  const main = [
    ...names(project.dependencies),
    ...names(poetry.dependencies),
    ...Object.values(asRecord(project['optional-dependencies'])).flatMap(names),
  ];
  const dev = [
    ...names(poetry['dev-dependencies']),
    ...Object.values(asRecord(poetry.group)).flatMap((g) => names(asRecord(g).dependencies)),
    ...Object.values(asRecord(doc['dependency-groups'])).flatMap(names),
  ];
  return { main: new Set(main.map(normalisePythonName)), dev: new Set(dev.map(normalisePythonName)) };
}

/** poetry.lock: [[package]] with [package.dependencies]; `category = "dev"` in lockfiles before Poetry 1.5. */
export async function readPoetryLock(source: LockfileSource): Promise<LockfileReading> {
  const doc = await parseToml(source.path, source.text);
  if (!Array.isArray(doc.package)) throw lockfileError(source.path, undefined, 'no [[package]] entries');
  const declared = await pyprojectNames(source);
  const packages = doc.package.map(asRecord);
  const versions = new Map(packages.map((p) => [normalisePythonName(String(p.name)), String(p.version)]));
  const components = packages.map((p) => {
    const name = normalisePythonName(String(p.name));
    const files = Array.isArray(p.files) ? p.files.map((f) => asRecord(f).hash) : [];
    return pypi(source, name, String(p.version), {
      dev: p.category === 'dev' || (declared ? declared.dev.has(name) && !declared.main.has(name) : false),
      direct: declared ? declared.main.has(name) || declared.dev.has(name) : undefined,
      hashes: hashes(files),
      dependsOn: Object.keys(asRecord(p.dependencies))
        .map(normalisePythonName)
        .filter((d) => versions.has(d))
        .map((d) => purlOf('PyPI', d, versions.get(d) as string)),
      line: lineOf(source.text, `name = "${p.name}"\nversion = "${p.version}"`),
    });
  });
  return { components, warnings: [] };
}

/**
 * uv.lock: the project itself is the package with an editable/virtual/directory source; its
 * dependencies are direct and its dev-dependencies (and [package.optional-dependencies]) say dev.
 */
export async function readUvLock(source: LockfileSource): Promise<LockfileReading> {
  const doc = await parseToml(source.path, source.text);
  if (!Array.isArray(doc.package)) throw lockfileError(source.path, undefined, 'no [[package]] entries');
  const packages = doc.package.map(asRecord);
  const isLocal = (p: Record<string, unknown>) => ['editable', 'virtual', 'directory'].some((k) => k in asRecord(p.source));
  const roots = packages.filter(isLocal);
  const depNames = (list: unknown) => (Array.isArray(list) ? list.map((d) => normalisePythonName(String(asRecord(d).name))) : []);
  const direct = new Set(roots.flatMap((r) => depNames(r.dependencies)));
  const devRoots = new Set(roots.flatMap((r) => Object.values(asRecord(r['dev-dependencies'])).flatMap(depNames)));
  const byName = new Map(packages.map((p) => [normalisePythonName(String(p.name)), p]));
  // Dev-only: reachable from the dev groups but not from the main dependencies.
  const reach = (starts: Iterable<string>) => {
    const seen = new Set<string>();
    const stack = [...starts];
    while (stack.length > 0) {
      const name = stack.pop() as string;
      if (seen.has(name)) continue;
      seen.add(name);
      stack.push(...depNames(byName.get(name)?.dependencies));
    }
    return seen;
  };
  const runtime = reach(direct);
  const components = packages
    .filter((p) => !isLocal(p))
    .map((p) => {
      const name = normalisePythonName(String(p.name));
      const files = [asRecord(p.sdist).hash, ...(Array.isArray(p.wheels) ? p.wheels.map((w) => asRecord(w).hash) : [])];
      return pypi(source, name, String(p.version), {
        dev: roots.length > 0 && !runtime.has(name),
        direct: roots.length > 0 ? direct.has(name) || devRoots.has(name) : undefined,
        hashes: hashes(files),
        dependsOn: depNames(p.dependencies)
          .filter((d) => byName.has(d) && !isLocal(byName.get(d) as Record<string, unknown>))
          .map((d) => purlOf('PyPI', d, String(byName.get(d)?.version))),
        line: lineOf(source.text, `name = "${p.name}"\nversion = "${p.version}"`),
      });
    });
  return { components, warnings: [] };
}

/** Pipfile.lock: `default` and `develop` sections of pinned versions (`==1.2.3`). */
export async function readPipfileLock(source: LockfileSource): Promise<LockfileReading> {
  const doc = parseJson(source.path, source.text);
  if (!isRecord(doc) || !isRecord(doc.default)) throw lockfileError(source.path, undefined, 'no "default" section');
  const components: Component[] = [];
  const warnings: string[] = [];
  for (const [section, dev] of [
    ['default', false],
    ['develop', true],
  ] as const) {
    for (const [name, entry] of Object.entries(asRecord(doc[section]))) {
      const version = String(asRecord(entry).version ?? '').replace(/^===?/, '');
      if (!version) {
        warnings.push(`${source.path}: ${name} has no pinned version (a VCS or path requirement); skipped`);
        continue;
      }
      components.push(
        pypi(source, name, version, {
          dev,
          hashes: hashes(Array.isArray(asRecord(entry).hashes) ? (asRecord(entry).hashes as unknown[]) : []),
          line: lineOf(source.text, `"${name}": {`),
        }),
      );
    }
  }
  return { components, warnings };
}
