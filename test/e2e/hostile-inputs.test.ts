// Hostile inputs, end to end through the committed bundles: every file a user names is confined to the
// workspace (also through symlinks), read only when it is a regular file within its limits, never quoted
// back; YAML is parsed with alias and depth limits; a huge or control-laden value is quoted shortly and
// escaped. Each case gives exactly one clear ::error:: naming the input, exit 1, and no stack trace.
// Their peak memory is measured by `pnpm bench hostile-inputs`.
import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { repoRoot } from '../build/bundles.ts';
import { runAction } from '../harness/run-action.ts';
import { type HostileCase, hostileCases, hostileWorkspace, SECRET } from '../helpers/hostile-inputs.ts';

let workspace: string;
before(() => {
  workspace = hostileWorkspace();
});

const action = (name: string) => path.join(repoRoot, 'actions', name);

async function refused(name: string, c: HostileCase): Promise<void> {
  const result = await runAction(action(name), { cwd: workspace, inputs: c.inputs, timeoutMs: 120_000 });
  const log = result.stdout + result.stderr;
  assert.equal(result.exitCode, 1, log.slice(0, 2000));
  assert.equal(result.errors.length, 1, result.errors.join('\n'));
  assert.match(result.errors[0] ?? '', c.error);
  assert.doesNotMatch(log, /a bug in this action| {4}at /, 'no bug report, no stack trace');
  assert.ok(!log.includes(SECRET), 'the content of a refused file is never printed');
  assert.ok((result.errors[0] ?? '').length < 1000, 'the error quotes the value shortly');
}

for (const [name, list] of Object.entries(hostileCases)) {
  describe(`${name} refuses hostile inputs with one clear error`, () => {
    for (const c of list) it(c.what, () => refused(name, c));
  });
}
