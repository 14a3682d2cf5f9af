import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { SOURCE_HASH_FILE, sourceHash } from './source-hash.ts';

const ncc = createRequire(import.meta.url).resolve('@vercel/ncc/dist/ncc/cli.js');

/**
 * Bundle one action's src/index.ts into `outDir` as ESM with a licences file and the hash of its sources. No cache, so a build from a
 * clean checkout and a rebuild give the same bytes.
 */
export function bundle(actionDir: string, outDir: string): void {
  // ncc type-checks every file its tsconfig includes: a tsconfig per action limits that to the action's
  // own sources (and what they import), so one area's work in progress cannot break another's bundle.
  if (!existsSync(path.join(actionDir, 'tsconfig.json'))) {
    throw new Error(`${actionDir}/tsconfig.json is missing: add {"extends": "<root>/tsconfig.json", "include": ["src"]}`);
  }
  execFileSync(
    process.execPath,
    // node-fetch's optional `encoding` is external: whether pnpm hoists it where ncc finds it differs from
    // one clean install to the next, and node-fetch works without it.
    [
      ncc,
      'build',
      path.join(actionDir, 'src/index.ts'),
      '-o',
      outDir,
      '--license',
      'licenses.txt',
      '--no-cache',
      '--quiet',
      '-e',
      'encoding',
    ],
    {
      cwd: actionDir,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  writeFileSync(path.join(outDir, SOURCE_HASH_FILE), `${sourceHash(actionDir)}\n`);
}
