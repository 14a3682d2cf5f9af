import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../build/bundles.ts';
import { bundle } from '../build/ncc.ts';

// `pnpm new-action <name>`: a working action to start from — action.yml, contract, main, index, a unit
// test, an end-to-end test through the harness — that passes `pnpm check <name>` at once. Its reference
// doc is generated from action.yml by `pnpm gen-docs`, which this runs.

const name = process.argv[2] ?? '';
if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
  console.error('usage: pnpm new-action <name>, the name in lower-case words joined by hyphens (for example firmware-flash)');
  process.exit(2);
}
const dir = path.join(repoRoot, 'actions', name);
if (existsSync(dir)) {
  console.error(`actions/${name} exists already`);
  process.exit(2);
}

const kit = JSON.parse(readFileSync(path.join(repoRoot, 'shared/package.json'), 'utf8')) as { dependencies: Record<string, string> };

const files: Record<string, string> = {
  'action.yml': `name: ${name}
description: TODO say in one line what ${name} does (at most 125 characters).
author: archway
branding:
  icon: box
  color: blue
inputs:
  subject:
    description: What to greet. Replace this input with the action's own.
    required: true
    default: world
  times:
    description: How many greetings, a whole number from 1 to 10.
    default: "1"
outputs:
  greeting:
    description: The greeting that was written.
runs:
  using: node24
  main: dist/index.js
`,
  'package.json': `${JSON.stringify(
    {
      name: `@archway/${name}`,
      version: '0.0.0',
      private: true,
      type: 'module',
      description: `TODO: what ${name} does`,
      dependencies: { '@actions/core': kit.dependencies['@actions/core'], '@archway/kit': 'workspace:*' },
    },
    null,
    2,
  )}\n`,
  // As the formatter writes it: short arrays on one line.
  'tsconfig.json': '{\n  "extends": "../../tsconfig.json",\n  "include": ["src"]\n}\n',
  'src/index.ts': `import { run } from '@archway/kit';
import { main } from './main.ts';

await run(main);
`,
  'src/contract.ts': `import { defineOutputs, input } from '@archway/kit';

export const inputs = {
  subject: input.string({ required: true }),
  times: input.requiredNumber({ min: 1, max: 10, integer: true }),
};

export const outputs = defineOutputs(['greeting']);
`,
  'src/greeting.ts': `/** The domain logic lives in modules like this one, tested beside the code. */
export function greeting(subject: string, times: number): string {
  return Array.from({ length: times }, () => \`Hello, \${subject}!\`).join(' ');
}
`,
  'src/greeting.test.ts': `import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { greeting } from './greeting.ts';

describe('greeting', () => {
  it('greets the subject as often as asked', () => {
    assert.equal(greeting('world', 2), 'Hello, world! Hello, world!');
  });
});
`,
  'src/main.ts': `import * as core from '@actions/core';
import { readInputs, writeSummary } from '@archway/kit';
import { inputs, outputs } from './contract.ts';
import { greeting } from './greeting.ts';

/** The table of contents: read the inputs, do the work through the domain modules, report. */
export async function main(): Promise<void> {
  const given = await readInputs(inputs);
  const text = greeting(given.subject, given.times);
  core.info(text);
  outputs.set('greeting', text);
  await writeSummary(\`### ${name}\\n\\n\${text}\\n\`);
}
`,
};

const e2e = `// ${name} end to end: the committed bundle through the runner harness, on node 24.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../build/bundles.ts';
import { runAction } from '../harness/run-action.ts';

const action = path.join(repoRoot, 'actions/${name}');

describe('${name}', () => {
  it('writes its output and summary', async () => {
    const result = await runAction(action, { inputs: { subject: 'firmware', times: 2 } });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs.greeting, 'Hello, firmware! Hello, firmware!');
    assert.match(result.summary, /Hello, firmware!/);
  });

  it('refuses a bad input with one clear error', async () => {
    const result = await runAction(action, { inputs: { times: '0x10' } });
    assert.equal(result.exitCode, 1);
    assert.deepEqual(result.errors, ["Input 'times' has '0x10': expected a whole number in 1..10"]);
  });
});
`;

for (const [file, text] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}
writeFileSync(path.join(repoRoot, 'test/e2e', `${name}.test.ts`), e2e);
console.log(`created actions/${name}/ and test/e2e/${name}.test.ts`);

// The new workspace package must be linked before it can be bundled.
execFileSync('bash', ['-c', 'source test/pnpm.sh && pnpm install --reporter=silent'], { cwd: repoRoot, stdio: 'inherit' });
bundle(dir, path.join(dir, 'dist'));
execFileSync(process.execPath, ['--import', 'tsx', 'action-docs/generate.ts'], { cwd: repoRoot, stdio: 'inherit' });
console.log(`built actions/${name}/dist and its reference doc; next: pnpm check ${name}`);
