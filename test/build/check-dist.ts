import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundledActions, repoRoot } from './bundles.ts';
import { bundle } from './ncc.ts';

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
  } catch {
    return [];
  }
}

// Rebuild every bundle from clean into a temp dir and compare with the committed dist/, byte for byte.
const stale: string[] = [];
for (const dir of bundledActions()) {
  const fresh = mkdtempSync(path.join(os.tmpdir(), 'archway-dist-'));
  try {
    bundle(dir, fresh);
    const committed = path.join(dir, 'dist');
    const names = new Set([...listFiles(fresh), ...listFiles(committed)]);
    for (const name of [...names].sort()) {
      let same = false;
      try {
        same = readFileSync(path.join(fresh, name)).equals(readFileSync(path.join(committed, name)));
      } catch {
        same = false;
      }
      if (!same) stale.push(path.relative(repoRoot, path.join(committed, name)));
    }
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}
if (stale.length > 0) {
  console.error(`::error::Committed bundles differ from a clean build (run 'pnpm build' and commit):\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-dist: ${bundledActions().length} bundles match a clean build`);
