import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

let cached: string | undefined;

/**
 * The node 24 binary from the `node` package pinned in the root package.json: the runtime the runner
 * uses for `using: node24`, independent of whichever node runs the tests.
 */
export function node24(): string {
  if (cached) return cached;
  const binary = createRequire(import.meta.url).resolve('node/bin/node');
  const version = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  if (!version.startsWith('v24.')) throw new Error(`expected node 24 at ${binary}, found ${version}`);
  cached = binary;
  return binary;
}
