import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../build/bundles.ts';
import { runWorkflow } from '../harness/local-runner/runner.ts';
import { useLocalServices } from '../helpers/services.ts';

// Every quick start in the docs, run as written by the local runner (GitHub's parser and expressions,
// actions/checkout as a copy of the example project, `archway-ci/archway/actions/<name>@v1` from the
// committed bundles): a snippet that does not work fails here.
const dir = path.join(repoRoot, 'action-docs/quick-starts');
const services = useLocalServices();

describe('the quick starts in the docs work as written', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yml'))) {
    const name = file.slice(0, -'.yml'.length);
    it(name, async () => {
      const project = path.join(dir, name);
      assert.ok(existsSync(project), `${name}: its example project action-docs/quick-starts/${name}/`);
      const result = await runWorkflow({ workflow: path.join(dir, file), root: repoRoot, project, env: services.env, log: null });
      const steps = result.jobs.flatMap((j) => j.steps);
      const failed = steps.find((s) => s.conclusion !== 'success');
      assert.equal(result.result, 'success', failed && `${failed.name}: ${failed.error ?? ''}\n${failed.tail.join('\n')}`);
      assert.ok(steps.length >= 3, 'the snippet ran its steps');
      assert.ok(
        steps.some((s) => s.name.includes(`archway-ci/archway/actions/${name}@v1`) || (s.outputs && Object.keys(s.outputs).length > 0)),
        `${name}: its action ran`,
      );
    });
  }
});
