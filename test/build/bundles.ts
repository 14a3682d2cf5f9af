import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Every bundled action: the products under actions/ and the fixtures under test/fixtures/. */
export function bundledActions(): string[] {
  const dirs: string[] = [];
  for (const parent of ['actions', 'test/fixtures']) {
    const full = path.join(repoRoot, parent);
    if (!existsSync(full)) continue;
    for (const name of readdirSync(full).sort()) {
      const dir = path.join(full, name);
      if (existsSync(path.join(dir, 'action.yml')) && existsSync(path.join(dir, 'src', 'index.ts'))) dirs.push(dir);
    }
  }
  return dirs;
}

/** The actions users run (actions/*), without the internal test fixtures. */
export function productActions(): string[] {
  return bundledActions().filter((dir) => path.basename(path.dirname(dir)) === 'actions');
}
