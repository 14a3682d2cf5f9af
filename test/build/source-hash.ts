import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './bundles.ts';

/** Written into every dist/: the hash of the sources the bundle was built from. */
export const SOURCE_HASH_FILE = 'sources.sha256';

/** The files a bundle is built from (the action's and the kit's sources, not tests, and their manifests), by name within each. */
function bundleInputs(actionDir: string): { name: string; file: string }[] {
  const files: { name: string; file: string }[] = [];
  for (const [label, dir] of [
    ['action', actionDir],
    ['kit', path.join(repoRoot, 'shared')],
  ] as const) {
    const add = (file: string) => files.push({ name: `${label}/${path.relative(dir, file)}`, file });
    for (const manifest of ['package.json', 'tsconfig.json']) if (existsSync(path.join(dir, manifest))) add(path.join(dir, manifest));
    for (const entry of readdirSync(path.join(dir, 'src'), { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && !/\.test\.ts$/.test(entry.name)) add(path.join(entry.parentPath, entry.name));
    }
  }
  return files.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/**
 * A hash of a bundle's inputs by content and relative name, so a fresh clone (which rewrites
 * modification times) gives the same value and any edit gives another.
 */
export function sourceHash(actionDir: string): string {
  const hash = createHash('sha256');
  for (const { name, file } of bundleInputs(actionDir)) hash.update(name).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** Why the committed bundle does not match the sources, or undefined when it does. */
export function staleBundle(actionDir: string): string | undefined {
  const recorded = path.join(actionDir, 'dist', SOURCE_HASH_FILE);
  const name = path.basename(actionDir);
  if (!existsSync(recorded)) return `rebuild ${name}: its dist/ has no ${SOURCE_HASH_FILE} (pnpm build ${name})`;
  if (readFileSync(recorded, 'utf8').trim() !== sourceHash(actionDir)) {
    return `rebuild ${name}: its sources or the kit changed since dist/ was built (pnpm build ${name})`;
  }
  return undefined;
}
