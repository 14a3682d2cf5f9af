import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { isRunning } from '@archway/kit/process';
import { repoRoot } from '../build/bundles.ts';
import { parseFileCommand } from './file-commands.ts';
import { runAction } from './run-action.ts';
import { parseWorkflowCommands } from './workflow-commands.ts';

const fixture = path.join(repoRoot, 'test/fixtures/kit-fixture');

describe('runner harness', () => {
  it('runs the fixture bundle like the runner: outputs, env, path, state, post, summary, annotations', async () => {
    const result = await runAction(fixture, {
      inputs: { greeting: 'hi', count: 2, password: 'hunter2-secret', flags: 'a,b\nc', settings: 'level: 2\nnames: [x]' },
      secrets: ['hunter2-secret'],
    });
    assert.equal(result.exitCode, 0, result.stdout + result.stderr);
    assert.equal(result.outputs.greeting, 'hi hi');
    assert.equal(result.outputs.multiline, 'line one\nline two');
    assert.deepEqual(JSON.parse(result.outputs.settings ?? ''), { level: 2, names: ['x'] });
    assert.deepEqual(JSON.parse(result.outputs.flags ?? ''), ['a', 'b', 'c']);
    assert.deepEqual(result.env, { FIXTURE_VAR: 'exported value', FIXTURE_MULTILINE: 'a\nb' });
    assert.deepEqual(result.path, ['/opt/fixture/bin']);
    assert.equal(result.state.greeting, '"hi"');
    assert.match(result.summary, /\| 1 \| 2 \|/);
    assert.deepEqual(result.annotations, [
      {
        level: 'warning',
        message: 'a warning, with: punctuation',
        file: 'src/a.c',
        line: 3,
        endLine: 4,
        col: undefined,
        endColumn: undefined,
        title: 'Fixture',
      },
    ]);
    assert.deepEqual(result.masks, ['hunter2-secret']);
    assert.deepEqual(result.leaks, []);
    assert.ok(result.log.includes('password is ***'), 'the log shows the secret masked');
    assert.ok(result.log.includes('::error::not a command while stopped'), 'stop-commands suspends command processing');
    assert.ok(result.post, 'post step ran');
    assert.equal(result.post.exitCode, 0, result.post.stdout);
    assert.equal(result.post.outputs['post-saw'], 'hi');
    assert.match(result.post.summary, /^post step ran\n/);
  });

  it('fills in action.yml defaults for omitted inputs', async () => {
    const result = await runAction(fixture, { post: false });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs.greeting, 'hello hello hello');
    assert.equal(result.post, undefined);
  });

  it('turns a configuration error into one ::error:: line and exit 1, without a stack', async () => {
    const result = await runAction(fixture, { inputs: { count: 11 }, post: false });
    assert.equal(result.exitCode, 1);
    assert.deepEqual(result.errors, ["Input 'count' has '11': expected a whole number in 1..10"]);
    assert.doesNotMatch(result.stdout + result.stderr, /\n\s+at /);
  });

  it('reports an unexpected error as a bug, with the stack only in debug output', async () => {
    const result = await runAction(fixture, { inputs: { mode: 'bug' }, post: false });
    assert.equal(result.exitCode, 1);
    assert.deepEqual(result.errors, ['Unexpected error (a bug in this action, please report it): an unexpected failure']);
    assert.match(result.debug.join('\n'), /TypeError: an unexpected failure\n\s+at main/);
  });

  it('kills the processes an action started when the runner cancels the step', async () => {
    const result = await runAction(fixture, { inputs: { mode: 'sleep' }, cancelAfterMs: 1500, post: false });
    assert.equal(result.exitCode, 143);
    const pid = Number(/sleeper pid (\d+)/.exec(result.stdout)?.[1]);
    assert.ok(pid > 0, result.stdout);
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(isRunning(pid), false, 'sleep 300 must not outlive the step');
  });

  it('refuses a bundle that is older than its sources, by content rather than modification time', async () => {
    const copy = path.join(mkdtempSync(path.join(os.tmpdir(), 'archway-stale-')), 'kit-fixture');
    cpSync(fixture, copy, { recursive: true, filter: (source) => !source.includes('node_modules') });
    assert.equal((await runAction(copy, { inputs: { mode: 'ok' }, post: false })).exitCode, 0, 'an exact copy is fresh');
    appendFileSync(path.join(copy, 'src/index.ts'), '// an edit after the build\n');
    await assert.rejects(runAction(copy, { inputs: { mode: 'ok' } }), /^Error: rebuild kit-fixture: its sources or the kit changed/);
  });
});

describe('file-command and workflow-command parsing', () => {
  it('reads NAME=VALUE and heredoc entries, and refuses an unterminated heredoc', () => {
    assert.deepEqual(parseFileCommand('a=1\nb<<ghadelimiter_x\nline\n=not a key\nghadelimiter_x\nc=x=y\n'), {
      a: '1',
      b: 'line\n=not a key',
      c: 'x=y',
    });
    assert.throws(() => parseFileCommand('b<<EOF\nvalue\n'), /Matching delimiter not found/);
  });

  it('resumes after stop-commands on any token, such as a UUID', () => {
    const token = '6f1c2a9e-4b1d-4c55-9d0e-0b5f3c2e7a11';
    const parsed = parseWorkflowCommands([`::stop-commands::${token}`, '::warning::ignored', `::${token}::`, '::warning::seen'].join('\n'));
    assert.deepEqual(
      parsed.annotations.map((a) => a.message),
      ['seen'],
    );
  });

  it('unescapes data and properties, masks, and flags secrets printed before their mask', () => {
    const parsed = parseWorkflowCommands(
      ['token abc123', '::add-mask::abc123', '::error file=a%2Cb.c,line=4,title=T%3Ax::100%25 broken%0Anext', 'token abc123'].join('\n'),
      ['abc123'],
    );
    assert.deepEqual(parsed.annotations[0], {
      level: 'error',
      message: '100% broken\nnext',
      file: 'a,b.c',
      line: 4,
      endLine: undefined,
      col: undefined,
      endColumn: undefined,
      title: 'T:x',
    });
    assert.deepEqual(parsed.leaks, ['abc123']);
    assert.equal(parsed.log.at(-1), 'token ***');
  });
});
