import type { Component, LockfileReading, LockfileSource } from '../model.ts';
import { purlOf } from '../sbom/purl.ts';

const SHA = /^[0-9a-f]{40}$/;

/**
 * .github/workflows/*.yml and action.yml: every `uses: owner/repo[/path]@ref` is a component (OSV has a
 * GitHub Actions ecosystem). A ref that is not a full commit SHA can be moved under the user's feet, so
 * it is flagged. Local (./) and docker:// references are not third-party code from a repository.
 */
export async function readWorkflow(source: LockfileSource): Promise<LockfileReading> {
  const components: Component[] = [];
  for (const [index, raw] of source.text.split(/\r?\n/).entries()) {
    const m = /^\s*(?:-\s+)?uses:\s*['"]?([^\s'"#]+)['"]?/.exec(raw);
    if (!m) continue;
    const ref = m[1] as string;
    if (ref.startsWith('./') || ref.startsWith('docker://') || !ref.includes('@')) continue;
    const [path, version] = ref.split('@') as [string, string];
    const [owner, repo] = path.split('/');
    if (!owner || !repo) continue;
    const name = `${owner}/${repo}`;
    components.push({
      ecosystem: 'GitHub Actions',
      name,
      version,
      purl: purlOf('GitHub Actions', name, version),
      dev: true,
      direct: true,
      hashes: [],
      dependsOn: [],
      lockfile: source.path,
      line: index + 1,
      pinnedByTag: !SHA.test(version),
    });
  }
  return { components, warnings: [] };
}
