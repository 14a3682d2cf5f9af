// Hostile inputs, end to end through the committed bundles: every file a user names is confined to the
// workspace (also through symlinks), read only when it is a regular file within its limits, never quoted
// back; YAML is parsed with alias and depth limits; a huge or control-laden value is quoted shortly and
// escaped. Each case gives exactly one clear ::error:: naming the input, exit 1, and no stack trace.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { repoRoot } from '../build/bundles.ts';
import { runAction } from '../harness/run-action.ts';

const SECRET = 'HOSTILE-SECRET-CONTENT-4711';
let root: string;
let workspace: string;

before(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'archway-hostile-'));
  workspace = path.join(root, 'workspace');
  mkdirSync(path.join(root, 'outside'), { recursive: true });
  mkdirSync(workspace);
  writeFileSync(path.join(root, 'outside', 'secret.txt'), `${SECRET}\n`);
  symlinkSync(path.join(root, 'outside', 'secret.txt'), path.join(workspace, 'escape.xml'));
  execFileSync('mkfifo', [path.join(workspace, 'pipe.xml')]);
  // A 50 MB single line, written in pieces.
  const fd = openSync(path.join(workspace, 'long-line.txt'), 'w');
  const piece = Buffer.alloc(1024 * 1024, 'a');
  writeSync(fd, 'SF:');
  for (let i = 0; i < 50; i++) writeSync(fd, piece);
  writeSync(fd, '\n');
  closeSync(fd);
  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (const [name, prev] of [
    ['b', 'a'],
    ['c', 'b'],
    ['d', 'c'],
    ['e', 'd'],
    ['f', 'e'],
  ]) {
    bomb.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
  }
  writeFileSync(path.join(workspace, 'alias-bomb.yml'), `${bomb.join('\n')}\n`);
  writeFileSync(path.join(workspace, 'deep.yml'), `${'['.repeat(200_000)}\n`);
});

interface Case {
  what: string;
  inputs: Record<string, string>;
  error: RegExp;
}

const action = (name: string) => path.join(repoRoot, 'actions', name);

async function refused(name: string, c: Case): Promise<void> {
  const result = await runAction(action(name), { cwd: workspace, inputs: c.inputs, timeoutMs: 120_000 });
  const log = result.stdout + result.stderr;
  assert.equal(result.exitCode, 1, log.slice(0, 2000));
  assert.equal(result.errors.length, 1, result.errors.join('\n'));
  assert.match(result.errors[0] ?? '', c.error);
  assert.doesNotMatch(log, /a bug in this action| {4}at /, 'no bug report, no stack trace');
  assert.ok(!log.includes(SECRET), 'the content of a refused file is never printed');
  assert.ok((result.errors[0] ?? '').length < 1000, 'the error quotes the value shortly');
}

const fileCases = (input: string, extra: Record<string, string> = {}): Case[] => [
  {
    what: 'escape by ..',
    inputs: { ...extra, [input]: '../outside/secret.txt' },
    error: new RegExp(`^Input '${input}'.*outside the workspace`),
  },
  {
    what: 'escape by an absolute path',
    inputs: { ...extra, [input]: path.join('/', 'etc', 'hostname') },
    error: new RegExp(`^Input '${input}'.*outside the workspace`),
  },
  {
    what: 'escape by a symlink',
    inputs: { ...extra, [input]: 'escape.xml' },
    error: new RegExp(`^Input '${input}'.*(outside the workspace|through a symlink)`),
  },
  { what: 'a FIFO', inputs: { ...extra, [input]: 'pipe.xml' }, error: new RegExp(`^Input '${input}'.*named pipe`) },
];

const cases: Record<string, Case[]> = {
  'quality-gate': [
    ...fileCases('junit'),
    {
      what: 'a glob reaching out',
      inputs: { junit: '../../**' },
      error: /^Input 'junit' has '..\/..\/\*\*': the pattern reaches outside the workspace/,
    },
    { what: 'a 50 MB line', inputs: { coverage: 'long-line.txt' }, error: /^Input 'coverage'.*longer than/ },
    {
      what: 'an alias bomb',
      inputs: { junit: 'x.xml', 'if-no-files-found': 'ignore', config: 'alias-bomb.yml' },
      error: /^Input 'config' \(file alias-bomb.yml\) expands its aliases/,
    },
    {
      what: 'deep YAML',
      inputs: { junit: 'x.xml', 'if-no-files-found': 'ignore', config: 'deep.yml' },
      error: /^Input 'config' \(file deep.yml\) is nested more than/,
    },
  ],
  'benchmark-regression': [
    ...fileCases('output-file', { storage: 'file' }),
    {
      what: 'a 50 MB line',
      inputs: { 'output-file': 'long-line.txt', storage: 'file' },
      error: /^Input 'output-file'.*(longer than|more than the limit)/,
    },
    {
      what: 'history written outside',
      inputs: { 'output-file': 'bench.txt', storage: 'file', 'history-path': '../outside/x.json' },
      error: /^Input 'history-path'.*outside/,
    },
    {
      what: 'an alias bomb',
      inputs: { 'output-file': 'bench.txt', storage: 'file', overrides: 'alias-bomb.yml' },
      error: /^Input 'overrides' \(file alias-bomb.yml\) expands its aliases/,
    },
  ],
  'qemu-boot-test': [
    ...fileCases('kernel'),
    {
      what: 'an alias bomb',
      inputs: { kernel: 'bench.txt', expect: 'file: alias-bomb.yml' },
      error: /^Input 'expect' \(file alias-bomb.yml\) expands its aliases/,
    },
    {
      what: 'deep YAML',
      inputs: { kernel: 'bench.txt', expect: 'file: deep.yml' },
      error: /^Input 'expect' \(file deep.yml\) is nested more than/,
    },
  ],
  'setup-cross-toolchain': [
    {
      what: 'a 128k target word with ESC and BEL',
      inputs: { targets: `aarch64\u001b[31m\u0007${'x'.repeat(128_000)}` },
      error: /^Input 'targets' has 'aarch64\\x1b\[31m\\x07x{150,200}…'/,
    },
  ],
};

before(() => {
  writeFileSync(path.join(workspace, 'bench.txt'), 'BenchmarkX-4   100   12 ns/op\n');
});

for (const [name, list] of Object.entries(cases)) {
  describe(`${name} refuses hostile inputs with one clear error`, () => {
    for (const c of list) it(c.what, () => refused(name, c));
  });
}
