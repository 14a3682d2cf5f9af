/**
 * One package found in a lockfile, in the terms every later stage needs: the OSV ecosystem and name to
 * query, the purl the SBOMs and the dependency graph use, and what the lockfile says about its place.
 */
export type Ecosystem =
  | 'crates.io'
  | 'PyPI'
  | 'npm'
  | 'Go'
  | 'RubyGems'
  | 'Packagist'
  | 'Maven'
  | 'NuGet'
  | 'ConanCenter'
  | 'GitHub Actions';

export type HashAlgorithm = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512' | 'MD5';

export interface Hash {
  alg: HashAlgorithm;
  /** Lower-case hex. */
  content: string;
}

export interface Component {
  ecosystem: Ecosystem;
  /** The name as the ecosystem spells it: '@scope/pkg' for npm, 'group:artifact' for Maven, the module path for Go. */
  name: string;
  version: string;
  purl: string;
  /** Only needed for development or tests (the lockfile says so). */
  dev: boolean;
  /** A dependency of the project itself; undefined when the lockfile does not tell. */
  direct?: boolean;
  /** SPDX expression as the lockfile declares it. */
  license?: string;
  hashes: Hash[];
  /** purls of the components this one depends on. */
  dependsOn: string[];
  /** Workspace-relative path of the lockfile, and the line that declares the package when known. */
  lockfile: string;
  line?: number;
  /** A GitHub Action referenced by a tag or branch instead of a commit SHA. */
  pinnedByTag?: boolean;
}

/** What a lockfile reader returns; warnings say what was skipped and why. */
export interface LockfileReading {
  components: Component[];
  warnings: string[];
}

/** One lockfile's text and where it sits; readers get this and nothing else (no build tool runs). */
export interface LockfileSource {
  /** Workspace-relative path, for messages and SBOM locations. */
  path: string;
  text: string;
  /** Reads a file beside the lockfile (pyproject.toml, go.sum), undefined when absent. */
  sibling(name: string): Promise<string | undefined>;
}
