// `pnpm bench sbom-scan [packages]`: time and peak RSS of sbom-scan's lockfile reading + CycloneDX writing on
// this repository's pnpm-lock.yaml and on a generated npm lockfile of 10,000 packages, and the ratio against
// @cyclonedx/cyclonedx-npm (--package-lock-only) on the same npm lockfile (goal: <= 0.5x its time, same
// components). Each measurement runs in its own process so its peak RSS is its own.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const action = path.join(repo, 'actions/sbom-scan');

if (process.argv[2] === '--measure-ours') {
  const root = process.argv[3] as string;
  const out = process.argv[4] as string;
  process.env.GITHUB_WORKSPACE = root;
  const started = performance.now();
  const { readLockfiles, mergeComponents } = await import('../../actions/sbom-scan/src/lockfiles/discover.ts');
  const { cycloneDxJson } = await import('../../actions/sbom-scan/src/sbom/cyclonedx.ts');
  const components = mergeComponents((await readLockfiles(root, 'path')).components);
  writeFileSync(out, await cycloneDxJson(components, { name: 'bench', created: '2026-01-01T00:00:00Z', toolVersion: 'bench' }));
  console.log(
    JSON.stringify({ ms: performance.now() - started, rssMiB: process.resourceUsage().maxRSS / 1024, components: components.length }),
  );
  process.exit(0);
}

function children(i: number, count: number): number[] {
  return [3 * i + 1, 3 * i + 2, 3 * i + 3].filter((c) => c < count);
}

function generateNpmProject(dir: string, count: number): void {
  const packages: Record<string, unknown> = { '': { name: 'bench', version: '1.0.0', dependencies: { 'pkg-0': '1.0.0' } } };
  for (let i = 0; i < count; i++) {
    const integrity = `sha512-${createHash('sha512').update(String(i)).digest('base64')}`;
    packages[`node_modules/pkg-${i}`] = {
      version: `1.0.${i}`,
      resolved: `https://registry.npmjs.org/pkg-${i}/-/pkg-${i}-1.0.${i}.tgz`,
      integrity,
      license: i % 3 === 0 ? 'MIT' : 'Apache-2.0',
      // A tree of fan-out three (depth about log3 of the count), as real projects are shallow and wide; a
      // long chain would measure npm ls's tree printing rather than reading a lockfile.
      ...(children(i, count).length > 0
        ? { dependencies: Object.fromEntries(children(i, count).map((c) => [`pkg-${c}`, `1.0.${c}`])) }
        : {}),
    };
  }
  (packages[''] as Record<string, unknown>).dependencies = { 'pkg-0': '1.0.0' };
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bench', version: '1.0.0', dependencies: { 'pkg-0': '1.0.0' } }));
  writeFileSync(
    path.join(dir, 'package-lock.json'),
    JSON.stringify({ name: 'bench', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2),
  );
}

function ours(root: string, out: string): { ms: number; rssMiB: number; components: number } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--measure-ours', root, out], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').pop() as string);
}

function theirs(root: string, out: string): { ms: number; rssMiB: number; components: number } {
  const started = performance.now();
  const r = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      '%M',
      path.join(action, 'node_modules/.bin/cyclonedx-npm'),
      '--package-lock-only',
      '--flatten-components',
      '--output-format',
      'JSON',
      '--output-file',
      out,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(r.stderr);
  const rssKiB = Number(r.stderr.trim().split('\n').pop());
  const components = new Set(JSON.parse(readFileSync(out, 'utf8')).components.map((c: { purl: string }) => c.purl)).size;
  return { ms, rssMiB: rssKiB / 1024, components };
}

const count = Number(process.argv[2] ?? 10_000);
const work = mkdtempSync(path.join(os.tmpdir(), 'sbom-bench-'));
try {
  const self = path.join(work, 'self');
  mkdirSync(self);
  copyFileSync(path.join(repo, 'pnpm-lock.yaml'), path.join(self, 'pnpm-lock.yaml'));
  const pnpm = ours(self, path.join(work, 'self.cdx.json'));
  console.log(
    `this repository's pnpm-lock.yaml: ${pnpm.components} components in ${pnpm.ms.toFixed(0)} ms, peak RSS ${pnpm.rssMiB.toFixed(0)} MiB`,
  );

  const npm = path.join(work, 'npm');
  mkdirSync(npm);
  generateNpmProject(npm, count);
  const a = ours(npm, path.join(work, 'ours.cdx.json'));
  const b = theirs(npm, path.join(work, 'theirs.cdx.json'));
  console.log(
    `${count}-package package-lock.json: sbom-scan ${a.ms.toFixed(0)} ms, ${a.rssMiB.toFixed(0)} MiB, ${a.components} components`,
  );
  console.log(
    `${count}-package package-lock.json: cyclonedx-npm ${b.ms.toFixed(0)} ms, ${b.rssMiB.toFixed(0)} MiB, ${b.components} components`,
  );
  console.log(
    `ratio (sbom-scan / cyclonedx-npm): time ${(a.ms / b.ms).toFixed(2)}x (goal <= 0.5x), peak RSS ${(a.rssMiB / b.rssMiB).toFixed(2)}x; same component count: ${a.components === b.components}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
