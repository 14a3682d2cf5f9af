import { PackageURL } from 'packageurl-js';
import type { Ecosystem } from '../model.ts';

/** purl type per OSV ecosystem (purl-spec PURL-TYPES). */
const PURL_TYPE: Record<Ecosystem, string> = {
  'crates.io': 'cargo',
  PyPI: 'pypi',
  npm: 'npm',
  Go: 'golang',
  RubyGems: 'gem',
  Packagist: 'composer',
  Maven: 'maven',
  NuGet: 'nuget',
  ConanCenter: 'conan',
  'GitHub Actions': 'github',
};

/** Splits an ecosystem name into purl namespace and name ('@scope/pkg', 'group:artifact', 'a/b/c'). */
function split(ecosystem: Ecosystem, name: string): [string | undefined, string] {
  const at = (separator: string): [string | undefined, string] => {
    const index = name.lastIndexOf(separator);
    return index > 0 ? [name.slice(0, index), name.slice(index + 1)] : [undefined, name];
  };
  switch (ecosystem) {
    case 'npm':
      return name.startsWith('@') ? at('/') : [undefined, name];
    case 'Maven':
      return at(':');
    case 'Go':
    case 'Packagist':
    case 'GitHub Actions':
      return at('/');
    default:
      return [undefined, name];
  }
}

export function purlOf(ecosystem: Ecosystem, name: string, version: string, qualifiers?: Record<string, string>): string {
  const [namespace, short] = split(ecosystem, name);
  // PyPI names are case-insensitive with '-', '_' and '.' equivalent (PEP 503); purl-spec normalises them.
  const pypi = ecosystem === 'PyPI';
  const finalName = pypi ? short.toLowerCase().replace(/[-_.]+/g, '-') : short;
  return new PackageURL(PURL_TYPE[ecosystem], namespace, finalName, version || undefined, qualifiers, undefined).toString();
}

/** PEP 503 normalised name, as OSV's PyPI records spell packages. */
export function normalisePythonName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}
