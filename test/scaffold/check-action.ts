import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { runProcess } from '@archway/kit/process';
import { bundledActions, repoRoot } from '../build/bundles.ts';

// `pnpm check <action>`: the loop for one action — its lint, the typecheck, its unit tests, its bundle
// and its end-to-end tests — saying what it ran. Exit code 1 on the first failing part.

const name = process.argv[2];
const dir = bundledActions().find((d) => path.basename(d) === name);
if (!name || !dir) {
  console.error(
    `usage: pnpm check <action>; one of: ${bundledActions()
      .map((d) => path.basename(d))
      .join(', ')}`,
  );
  process.exit(2);
}

const e2e = readdirSync(path.join(repoRoot, 'test/e2e'))
  .filter((f) => f.endsWith('.test.ts') && (f === `${name}.test.ts` || f.startsWith(`${name}-`)))
  .map((f) => path.join('test/e2e', f));
const units = readdirSync(path.join(dir, 'src'), { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.test.ts'))
  .map((e) => path.relative(repoRoot, path.join(e.parentPath, e.name)));
const bin = (tool: string) => path.join(repoRoot, 'node_modules/.bin', tool);
const relative = path.relative(repoRoot, dir);

const parts: [string, string, string[]][] = [
  ['lint', bin('biome'), ['check', '--error-on-warnings', relative, ...e2e]],
  ['typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  ['unit tests', process.execPath, ['--import', 'tsx', '--test', ...units]],
  ['bundle', process.execPath, ['--import', 'tsx', 'test/build/build-all.ts', name]],
  ['end-to-end tests', process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...e2e]],
];

for (const [part, command, args] of parts) {
  const files = args.filter((a) => a.endsWith('.ts') && existsSync(path.join(repoRoot, a)));
  if ((part === 'unit tests' || part === 'end-to-end tests') && files.length === 0) {
    console.log(`\n=== ${name}: ${part}: none`);
    continue;
  }
  console.log(`\n=== ${name}: ${part}${files.length > 0 && part.includes('tests') ? ` (${files.join(', ')})` : ''}`);
  const started = Date.now();
  const result = await runProcess(command, args, {
    cwd: repoRoot,
    onStdout: (line) => console.log(line),
    onStderr: (line) => console.error(line),
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.exitCode !== 0) {
    console.error(`\n${name}: ${part} failed after ${seconds} s`);
    process.exit(1);
  }
  console.log(`=== ${name}: ${part} passed in ${seconds} s`);
}
console.log(`\n${name}: lint, typecheck, ${units.length} unit test file(s), bundle and ${e2e.length} end-to-end test file(s) passed`);
