import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { repoRoot } from '../build/bundles.ts';
import { bareMetalImage } from '../fixtures/boot-images/build.ts';
import { runAction } from '../harness/run-action.ts';
import { type ResultsServer, startResultsService } from '../services/index.ts';

// The serial log and JUnit report reach the Actions results service through the real @actions/artifact.
const action = path.join(repoRoot, 'actions/qemu-boot-test');
const downloader = path.join(repoRoot, 'test/fixtures/toolkit-fixture');
let results: ResultsServer;
let kernel = '';

before(async () => {
  [results, kernel] = await Promise.all([
    startResultsService(),
    bareMetalImage('x86_64', 0, mkdtempSync(path.join(os.tmpdir(), 'qbt-artifact-'))),
  ]);
});
afterEach(() => results.assertNoViolations());
after(() => results.stop());

describe('qemu-boot-test artifacts', () => {
  it('uploads the serial log and JUnit under a name unique per configuration, byte for byte', async () => {
    const boot = (arch: string) =>
      runAction(action, {
        inputs: {
          'allow-outside-workspace': true,
          arch,
          kernel,
          'exit-device': 'isa-debug-exit',
          expect: '- all tests passed',
          accel: 'tcg',
          timeout: 60,
        },
        env: results.env,
      });
    // The same job in two matrix legs (x86_64 and i386 builds of one image).
    const [x64, x86] = [await boot('x86_64'), await boot('i386')];
    for (const run of [x64, x86]) assert.equal(run.exitCode, 0, run.stdout);
    const names = results.artifacts().map((a) => a.name);
    assert.equal(names.length, 2, names.join(', '));
    assert.ok(
      names.every((n) => /^qemu-boot-test-build-(x86_64|i386)-[0-9a-f]{8}$/.test(n)),
      names.join(', '),
    );
    const name = names.find((n) => n.includes('x86_64')) as string;
    assert.match(x64.summary, new RegExp(`artifact \`${name}\``));

    const workspace = mkdtempSync(path.join(os.tmpdir(), 'qbt-download-'));
    const fetched = await runAction(downloader, { cwd: workspace, env: results.env, inputs: { operation: 'artifact-download', name } });
    assert.equal(fetched.exitCode, 0, fetched.stdout);
    const into = fetched.outputs['download-path'] as string;
    assert.equal(readFileSync(path.join(into, 'serial.log'), 'utf8'), readFileSync(x64.outputs.log as string, 'utf8'));
    assert.equal(readFileSync(path.join(into, 'junit.xml'), 'utf8'), readFileSync(x64.outputs.junit as string, 'utf8'));
    assert.match(readFileSync(path.join(into, 'serial.log'), 'utf8'), /archway bare-metal x86_64: all tests passed/);
  });

  it('skips the upload with a notice where there is no results service, and when told to', async () => {
    const inputs = { 'allow-outside-workspace': true, kernel, 'exit-device': 'isa-debug-exit', accel: 'tcg', timeout: 60 };
    const local = await runAction(action, { inputs });
    assert.equal(local.exitCode, 0, local.stdout);
    assert.ok(
      local.annotations.some((a) => a.level === 'notice' && /Artifact upload skipped: no GitHub Actions results service/.test(a.message)),
    );
    const before = results.artifacts().length;
    const off = await runAction(action, { inputs: { ...inputs, upload: false }, env: results.env });
    assert.equal(off.exitCode, 0, off.stdout);
    assert.equal(results.artifacts().length, before);
  });
});
