import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { InputSpecs } from '@archway/kit';
import { runProcess } from '@archway/kit/process';
import { bundledActions, repoRoot } from './build/bundles.ts';
import { inputEnvName, readActionYml } from './harness/action-yml.ts';
import { node24 } from './harness/node24.ts';

const actions = bundledActions();

/** An action's own sources, tests excepted. */
function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(dir, 'src'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

describe('every action', () => {
  it('there is at least the fixture to check', () => {
    assert.ok(actions.length >= 1);
  });

  for (const dir of actions) {
    const name = path.relative(repoRoot, dir);

    it(`${name}: code and action.yml declare the same inputs and outputs`, async () => {
      const meta = readActionYml(dir);
      const contract = (await import(pathToFileURL(path.join(dir, 'src/contract.ts')).href)) as {
        inputs: InputSpecs;
        outputs: { names: readonly string[] };
      };
      assert.deepEqual(Object.keys(contract.inputs).sort(), Object.keys(meta.inputs).sort(), 'inputs');
      assert.deepEqual([...contract.outputs.names].sort(), Object.keys(meta.outputs).sort(), 'outputs');
      for (const [input, spec] of Object.entries(meta.inputs)) assert.ok(spec.description, `input ${input} has a description`);
      for (const [output, spec] of Object.entries(meta.outputs)) assert.ok(spec.description, `output ${output} has a description`);
    });

    it(`${name}: reads inputs and writes outputs only through its contract`, () => {
      for (const file of sourceFiles(dir)) {
        const text = readFileSync(file, 'utf8');
        assert.doesNotMatch(
          text,
          /\b(getInput|getBooleanInput|getMultilineInput|setOutput)\(/,
          `${path.relative(repoRoot, file)} bypasses contract.ts`,
        );
      }
    });

    it(`${name}: fails its step only through the edge (a VerdictError), never setFailed or process.exitCode`, () => {
      for (const file of sourceFiles(dir)) {
        assert.doesNotMatch(
          readFileSync(file, 'utf8'),
          /\bsetFailed\(|process\.exitCode\s*=/,
          `${path.relative(repoRoot, file)}: throw VerdictError instead`,
        );
      }
    });

    it(`${name}: says what went wrong through the kit's errorMessage, not a cast`, () => {
      for (const file of sourceFiles(dir)) {
        assert.doesNotMatch(
          readFileSync(file, 'utf8'),
          /\(\w+ as Error\)\.message/,
          `${path.relative(repoRoot, file)}: use errorMessage(error) from the kit (a thrown value need not be an Error)`,
        );
      }
    });

    it(`${name}: runs on node24 from its committed bundle, one file serving main and post`, () => {
      const meta = readActionYml(dir);
      assert.equal(meta.runs.using, 'node24');
      assert.equal(meta.runs.main, 'dist/index.js');
      if (meta.runs.post) assert.equal(meta.runs.post, 'dist/index.js');
      const dist = readdirSync(path.join(dir, 'dist'));
      assert.ok(dist.includes('index.js') && dist.includes('licenses.txt') && dist.includes('package.json'), dist.join(','));
    });

    it(`${name}: the bundle runs alone, with no node_modules anywhere above it`, async () => {
      const meta = readActionYml(dir);
      const alone = mkdtempSync(path.join(os.tmpdir(), 'archway-alone-'));
      cpSync(path.join(dir, 'action.yml'), path.join(alone, 'action.yml'));
      cpSync(path.join(dir, 'dist'), path.join(alone, 'dist'), { recursive: true });
      // With only action.yml defaults, every bundle must load all it needs from dist/ and either succeed or
      // refuse its input with a clean error (actions whose defaults would do heavy work leave an input required).
      const env: Record<string, string> = { PATH: '/usr/bin:/bin', HOME: os.tmpdir(), RUNNER_TEMP: alone, GITHUB_WORKSPACE: alone };
      for (const [input, spec] of Object.entries(meta.inputs)) env[inputEnvName(input)] = spec.default ?? '';
      const result = await runProcess(node24(), [path.join(alone, 'dist/index.js')], { cwd: alone, env, timeoutMs: 60_000 });
      const output = result.stdout + result.stderr;
      assert.doesNotMatch(output, /ERR_MODULE_NOT_FOUND|Cannot find (module|package)/);
      assert.doesNotMatch(output, /Unexpected error/, output);
      assert.ok(result.exitCode === 0 || /^::error::/m.test(result.stdout), output);
    });
  }
});

/**
 * Valid items for list inputs whose items are checked (a target, a package, an algorithm); elsewhere plain
 * words, since an input with a separator (spaces, commas) splits plain lines at it by design.
 */
const LIST_SAMPLES: Record<string, [string, string]> = {
  targets: ['aarch64-linux-gnu', 'riscv64-linux-gnu'],
  packages: ['libssl-dev', 'zlib1g-dev'],
  checksums: ['sha256', 'md5'],
};
/** List inputs whose items are mappings: written only as a YAML list (inline or `file:`), by design. */
const MAPPING_LISTS = new Set(['script']);

describe('list inputs', () => {
  for (const dir of actions) {
    it(`${path.relative(repoRoot, dir)}: every list input reads one value, one per line and a YAML list alike`, async () => {
      const { inputs } = (await import(pathToFileURL(path.join(dir, 'src/contract.ts')).href)) as { inputs: InputSpecs };
      const lists = Object.entries(inputs).filter(
        ([name, spec]) => ['list', 'structured-list'].includes(spec.kind) && !MAPPING_LISTS.has(name),
      );
      for (const [name, spec] of lists) {
        const [a, b] = LIST_SAMPLES[name] ?? ['Welcome', 'reports/*.xml'];
        const forms = [`${a}\n${b}`, `- ${a}\n- ${b}`, `[${a}, ${b}]`];
        const parsed = await Promise.all(forms.map((form) => spec.parse(form, name)));
        for (const [i, result] of parsed.entries()) assert.deepEqual(result, parsed[0], `${name}: ${JSON.stringify(forms[i])}`);
        assert.equal((parsed[0] as unknown[]).length, 2, name);
        assert.equal(((await spec.parse(a, name)) as unknown[]).length, 1, `${name}: one plain value is one item`);
      }
    });
  }
});

describe('the import rule', () => {
  it('refuses an action importing another action, the tests or the kit by path; allows the kit and its own files', async () => {
    const biome = path.join(repoRoot, 'node_modules/.bin/biome');
    const probe = [
      "import type { GateReport } from '../../quality-gate/src/report.ts';",
      "import { runAction } from '../../../test/harness/run-action.ts';",
      "import { redact } from '../../../shared/src/runner/secrets.ts';",
      "import { run } from '@archway/kit';",
      "import { findUserFiles } from '@archway/kit/files';",
      "import { makePlan } from './plan.ts';",
      'export const all = [runAction, redact, run, findUserFiles, makePlan] as unknown as GateReport;',
    ].join('\n');
    // Linted where an action's source would be: a folder without action.yml is no action to the other tests.
    const lint = async (relative: string) => {
      const file = path.join(repoRoot, relative);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, probe);
      try {
        const result = await runProcess(biome, ['lint', '--colors=off', '--max-diagnostics=50', relative], {
          cwd: repoRoot,
          timeoutMs: 60_000,
        });
        return result.stdout + result.stderr;
      } finally {
        rmSync(path.join(repoRoot, relative.split('/').slice(0, 2).join('/')), { recursive: true, force: true });
      }
    };
    const inAction = await lint('actions/zz-import-probe/src/probe.ts');
    const flagged = [...inAction.matchAll(/probe\.ts:(\d+):\d+ lint\/style\/noRestrictedImports/g)].map((m) => Number(m[1]));
    assert.deepEqual(flagged, [1, 2, 3], inAction);
    const inTest = await lint('test/zz-import-probe/probe.test.ts');
    assert.doesNotMatch(inTest, /noRestrictedImports/, 'tests may import what they test');
  });
});
