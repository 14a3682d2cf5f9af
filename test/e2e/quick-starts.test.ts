import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../build/bundles.ts';
import { runQuickStart } from '../harness/quick-start.ts';
import { useLocalServices } from '../helpers/services.ts';

// Every quick start in the docs, run as written: a snippet that does not work fails here.
const dir = path.join(repoRoot, 'action-docs/quick-starts');
const services = useLocalServices();

describe('the quick starts in the docs work as written', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yml'))) {
    const name = file.slice(0, -'.yml'.length);
    it(name, async () => {
      const project = path.join(dir, name);
      assert.ok(existsSync(project), `${name}: its example project action-docs/quick-starts/${name}/`);
      const reports = await runQuickStart(path.join(dir, file), { project, env: services.env });
      const failed = reports.find((r) => r.exitCode !== 0);
      assert.equal(failed, undefined, failed && `${failed.step} exited ${failed.exitCode}:\n${failed.output.slice(-3000)}`);
      assert.ok(reports.length >= 2, 'the snippet ran its steps');
    });
  }
});
