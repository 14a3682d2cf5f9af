import { rmSync } from 'node:fs';
import path from 'node:path';
import { bundledActions, repoRoot } from './bundles.ts';
import { bundle } from './ncc.ts';

// `pnpm build [name...]`: rebuild every bundle (or the named ones) from clean.
const only = process.argv.slice(2);
for (const dir of bundledActions()) {
  if (only.length > 0 && !only.includes(path.basename(dir))) continue;
  const dist = path.join(dir, 'dist');
  rmSync(dist, { recursive: true, force: true });
  bundle(dir, dist);
  console.log(`built ${path.relative(repoRoot, dist)}`);
}
