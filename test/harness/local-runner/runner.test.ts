// The local runner on small workflows (test/fixtures/pipelines/runner): needs/if/outputs, matrix legs,
// step status functions and shells, file commands between steps, reusable workflows, and what it refuses.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { classifyUses, type JobRecord, LocalRunnerError, REPO_ROOT, type RunResult, runWorkflow, shellCommand } from './runner.ts';
import { parseWorkflowText, WorkflowRejected } from './workflow.ts';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/pipelines');
const workflow = (name: string) => path.join(fixtures, 'runner/.github/workflows', `${name}.yml`);

async function run(name: string, lines?: string[]): Promise<RunResult> {
  return runWorkflow({ workflow: workflow(name), log: lines ? (l) => lines.push(l) : null });
}

function job(result: RunResult, key: string): JobRecord {
  const found = result.jobs.find((j) => j.key === key);
  assert.ok(found, `no job ${key} in ${result.jobs.map((j) => j.key).join(', ')}`);
  return found;
}

describe('needs, if and outputs; file commands between steps', () => {
  it('runs basics.yml: outputs across needs, GITHUB_ENV/PATH/OUTPUT/STEP_SUMMARY, a skipped step', async () => {
    const lines: string[] = [];
    const result = await runWorkflow({ workflow: path.join(fixtures, 'basics/.github/workflows/basics.yml'), log: (l) => lines.push(l) });
    assert.equal(result.result, 'success', lines.join('\n'));
    const first = job(result, 'first');
    assert.deepEqual(first.outputs, { value: 'hello-push', multi: 'line one\nline two' });
    assert.deepEqual(
      first.steps.map((s) => s.outcome),
      ['success', 'success', 'skipped'],
    );
    assert.equal(first.steps[0]?.outputs.value, 'hello-push');
    assert.match(first.summary, /### first summary\n[\s\S]*- second line/);
    assert.equal(job(result, 'second').result, 'success');
    // progress a person can follow: starts, ends with timings, and the job summaries at the end
    assert.ok(lines.includes('▶ first'));
    assert.ok(lines.some((l) => /^✓ first: success in \d+(ms|\.\ds)$/.test(l)));
    assert.ok(lines.some((l) => /^ {2}✓ first › sees the file commands \(\d+(ms|\.\ds)\)$/.test(l)));
    assert.ok(lines.includes('── summary of first ──'));
  });
});

describe('matrix', () => {
  it('expands include/exclude, names the legs, merges outputs, applies fail-fast and max-parallel', async () => {
    const lines: string[] = [];
    const result = await run('matrix', lines);
    assert.equal(result.result, 'failure');
    const build = result.jobs.filter((j) => j.id === 'build');
    assert.deepEqual(
      build.map((j) => j.name),
      [
        'build (x86_64, gcc)',
        'build (x86_64, clang)',
        'build (aarch64, gcc, qemu-aarch64)',
        'build (aarch64, clang, qemu-aarch64)',
        'build (riscv64, gcc)',
        'build (mips, gcc)',
      ],
    );
    assert.ok(build.every((j) => j.result === 'success'));
    assert.deepEqual(job(result, 'build[5]').matrix, { target: 'mips', cc: 'gcc' });
    // fail-fast with max-parallel 1: leg 2 fails, leg 3 never starts
    assert.deepEqual(
      result.jobs.filter((j) => j.id === 'fail-fast').map((j) => [j.name, j.result]),
      [
        ['fail-fast (1)', 'success'],
        ['fail-fast (2)', 'failure'],
        ['fail-fast (3)', 'cancelled'],
      ],
    );
    assert.deepEqual(
      result.jobs.filter((j) => j.id === 'no-fail-fast').map((j) => j.result),
      ['success', 'failure', 'success'],
    );
    // a matrix from an expression, after the matrix job (its outputs: the last leg that set them)
    const dynamic = result.jobs.filter((j) => j.id === 'dynamic');
    assert.deepEqual(
      dynamic.map((j) => j.name),
      ['dynamic (x86_64)', 'dynamic (aarch64)'],
    );
    assert.ok(lines.some((l) => l.includes('⊘ fail-fast (3): cancelled (fail-fast)')));
    // the compact tail of the failing step
    const failed = job(result, 'fail-fast[1]').steps[0];
    assert.equal(failed?.exitCode, 1);
    assert.ok(lines.some((l) => /✗ fail-fast \(2\) › Run test "\$\{\{ matrix.n \}\}" != 2: failure after .*: exit code 1/.test(l)));
  });
});

describe('steps: status functions, continue-on-error, timeout-minutes, shells, working-directory', () => {
  it('runs status.yml as the runner would', async () => {
    const result = await run('status');
    const steps = job(result, 'steps');
    assert.equal(steps.result, 'failure');
    const byName = Object.fromEntries(steps.steps.map((s) => [s.name, s]));
    assert.equal(byName['pipefail under shell bash']?.outcome, 'failure');
    assert.equal(byName['pipefail under shell bash']?.conclusion, 'success');
    assert.equal(byName['default shell has no pipefail']?.outcome, 'success');
    assert.equal(byName['still running after a continued error']?.outcome, 'success');
    assert.equal(byName['times out']?.outcome, 'failure');
    assert.match(byName['times out']?.error ?? '', /timed out/);
    assert.ok((byName['times out']?.durationMs ?? 0) < 10_000);
    assert.equal(byName['skipped after the failure']?.outcome, 'skipped');
    assert.equal(byName['failure() runs']?.outcome, 'success');
    assert.equal(byName['always() runs']?.outcome, 'success');
    assert.equal(byName['success() is false now']?.outcome, 'skipped');
    assert.deepEqual(steps.outputs, { python: '42', outcome: 'failure', conclusion: 'success' });
    assert.equal(job(result, 'after-failure').result, 'skipped');
    assert.equal(job(result, 'on-failure').result, 'success', 'failure() is true when an ancestor job failed');
    assert.equal(job(result, 'on-always').result, 'success');
  });
});

describe('job-level continue-on-error, timeout-minutes and defaults', () => {
  it('lets a continue-on-error job fail without failing its dependants, and times a job out', async () => {
    const result = await run('job-level');
    assert.equal(job(result, 'allowed-to-fail').result, 'failure');
    assert.equal(job(result, 'after').result, 'success', 'needs see a continue-on-error job as passed');
    const slow = job(result, 'slow');
    assert.equal(slow.result, 'failure');
    assert.match(slow.error ?? '', /exceeded the maximum execution time of 0.02 minutes/);
    assert.deepEqual(
      slow.steps.map((s) => s.outcome),
      ['cancelled', 'success'],
    );
    assert.ok(slow.durationMs < 10_000);
  });
});

describe('reusable workflows', () => {
  it('passes inputs, secrets and outputs through a called and a nested workflow', async () => {
    const result = await run('caller');
    assert.equal(result.result, 'success', JSON.stringify(result.jobs.map((j) => [j.key, j.result, j.error])));
    assert.deepEqual(job(result, 'call').outputs, { message: 'hi x3 (nested: deep hi)' });
    assert.deepEqual(job(result, 'call / nested').outputs, { echoed: 'deep hi' });
    assert.equal(job(result, 'call / nested / echo').result, 'success');
  });

  it('fails the calling job on inputs and secrets the called workflow does not accept', async () => {
    const result = await run('bad-call');
    const call = job(result, 'call');
    assert.equal(call.result, 'failure');
    assert.match(call.error ?? '', /input 'greeting' is required/);
    assert.match(call.error ?? '', /input 'colour' is not defined/);
    assert.match(call.error ?? '', /secret 'token' is required/);
  });
});

describe('what the runner refuses', () => {
  it('rejects a workflow GitHub rejects, with GitHub parser messages', async () => {
    await assert.rejects(
      parseWorkflowText('bad.yml', 'on: push\njobs:\n  a:\n    runs-on: x\n    stepz: []\n'),
      (error: unknown) => error instanceof WorkflowRejected && /Unexpected value 'stepz'/.test(error.message),
    );
    await assert.rejects(
      parseWorkflowText(
        'cycle.yml',
        'on: push\njobs:\n  a:\n    runs-on: x\n    needs: b\n    steps: [{run: x}]\n  b:\n    runs-on: x\n    needs: a\n    steps: [{run: x}]\n',
      ),
      /The workflow must contain at least one job with no dependencies/,
    );
    await assert.rejects(
      parseWorkflowText(
        'needs.yml',
        'on: push\njobs:\n  a:\n    runs-on: x\n    needs: nope\n    steps: [{run: x}]\n  b:\n    runs-on: x\n    steps: [{run: x}]\n',
      ),
      /Job 'a' depends on unknown job 'nope'/,
    );
    await assert.rejects(
      parseWorkflowText(
        'expr.yml',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, as written in YAML
        'on: push\njobs:\n  a:\n    runs-on: x\n    if: ${{ steps.x.outputs.y }}\n    steps: [{run: "${{ 1 + 1 }}"}]\n',
      ),
      (error: unknown) =>
        error instanceof WorkflowRejected &&
        /Unrecognized named-value: 'steps'/.test(error.message) &&
        /Unexpected symbol: '\+'/.test(error.message),
    );
  });

  it('refuses an action other than this repository’s before running anything', async () => {
    await assert.rejects(
      run('unsupported'),
      (error: unknown) => error instanceof LocalRunnerError && /uses: actions\/setup-node@\S+ is not available locally/.test(error.message),
    );
  });

  it('fails a job with a container with one clear error; an empty container expression runs', async () => {
    const result = await run('container');
    assert.equal(job(result, 'in-container').result, 'failure');
    assert.match(job(result, 'in-container').error ?? '', /uses `container:`, which is not available locally/);
    assert.equal(job(result, 'in-container').steps.length, 0);
    assert.equal(job(result, 'plain').result, 'success');
  });
});

describe('uses: and shell:', () => {
  it("runs this repository's actions by local path or by its own name, and the checkout stand-in", () => {
    const dir = path.join(REPO_ROOT, 'actions', 'quality-gate');
    assert.deepEqual(classifyUses('./actions/quality-gate'), { kind: 'action', dir });
    assert.deepEqual(classifyUses('archway-ci/archway/actions/quality-gate@v1'), { kind: 'action', dir });
    assert.deepEqual(classifyUses('actions/checkout@v5'), { kind: 'checkout' });
    assert.equal(classifyUses('./actions/no-such-action').kind, 'unsupported');
    assert.equal(classifyUses('actions/upload-artifact@v4').kind, 'upload-artifact');
    assert.equal(classifyUses('actions/download-artifact@v5').kind, 'download-artifact');
    assert.equal(classifyUses('actions/cache@v4').kind, 'unsupported');
    assert.equal(classifyUses('docker://alpine:3').kind, 'unsupported');
  });

  it("builds the runner's command lines for each shell", () => {
    const argv = (shell: string | undefined) => {
      const { command, args, ext } = shellCommand(shell, '/tmp/s');
      return [command, ...args.argv.map((a) => a.replace('{0}', `/tmp/s${ext}`))].join(' ');
    };
    assert.equal(argv(undefined), 'bash -e /tmp/s.sh');
    assert.equal(argv('bash'), 'bash --noprofile --norc -eo pipefail /tmp/s.sh');
    assert.equal(argv('sh'), 'sh -e /tmp/s.sh');
    assert.match(argv('python'), /^python3? \/tmp\/s\.py$/);
    assert.equal(argv('perl {0}'), 'perl /tmp/s.sh');
    assert.throws(() => shellCommand('perl', '/tmp/s'), /must contain the placeholder \{0\}/);
  });
});
