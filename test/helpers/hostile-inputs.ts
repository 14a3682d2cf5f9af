// Hostile inputs for every action: the workspace they need (a secret outside it, a symlink and a FIFO
// leading there, /dev/zero behind a symlink, a 50 MB line, a YAML alias bomb, YAML nested 200,000 deep) and the cases, each with the
// one error it must give. Used by the e2e test (test/e2e/hostile-inputs.test.ts) and the memory benchmark
// (test/bench/hostile-inputs.ts).
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The content of the file outside the workspace: never printed by a refusing action. */
export const SECRET = 'HOSTILE-SECRET-CONTENT-4711';

export interface HostileCase {
  what: string;
  inputs: Record<string, string>;
  error: RegExp;
}

/** A fresh workspace holding the hostile files; returns its path. */
export function hostileWorkspace(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'archway-hostile-'));
  const workspace = path.join(root, 'workspace');
  mkdirSync(path.join(root, 'outside'), { recursive: true });
  mkdirSync(workspace);
  writeFileSync(path.join(root, 'outside', 'secret.txt'), `${SECRET}\n`);
  symlinkSync(path.join(root, 'outside', 'secret.txt'), path.join(workspace, 'escape.xml'));
  symlinkSync('/dev/zero', path.join(workspace, 'zero.xml'));
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
  writeFileSync(path.join(workspace, 'bench.txt'), 'BenchmarkX-4   100   12 ns/op\n');
  return workspace;
}

const fileCases = (input: string, extra: Record<string, string> = {}): HostileCase[] => [
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
  {
    what: '/dev/zero through a symlink',
    inputs: { ...extra, [input]: 'zero.xml' },
    error: new RegExp(`^Input '${input}'.*(outside the workspace|through a symlink|character device)`),
  },
  { what: 'a FIFO', inputs: { ...extra, [input]: 'pipe.xml' }, error: new RegExp(`^Input '${input}'.*named pipe`) },
];

export const hostileCases: Record<string, HostileCase[]> = {
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
  'hardware-sim': [
    ...fileCases('firmware', { board: 'mps2-an385' }),
    {
      what: 'an alias bomb',
      inputs: { board: 'mps2-an385', firmware: 'bench.txt', scenario: 'alias-bomb.yml' },
      error: /^Input 'scenario' \(file alias-bomb.yml\) expands its aliases/,
    },
    {
      what: 'deep YAML',
      inputs: { board: 'mps2-an385', firmware: 'bench.txt', scenario: 'deep.yml' },
      error: /^Input 'scenario' \(file deep.yml\) is nested more than/,
    },
    {
      what: 'a profile through a symlink',
      inputs: { board: 'esp32', profile: 'escape.xml' },
      error: /^Input 'profile'.*outside the workspace/,
    },
  ],
  notify: [
    ...fileCases('template', { status: 'success', channels: 'webhook+http://127.0.0.1:9/hook' }),
    {
      what: 'a 50 MB template',
      inputs: { status: 'success', channels: 'webhook+http://127.0.0.1:9/hook', template: 'long-line.txt' },
      error: /^Input 'template'.*more than the limit/,
    },
    {
      what: 'a results glob reaching out',
      inputs: { status: 'success', channels: 'webhook+http://127.0.0.1:9/hook', results: '../../**' },
      error: /^Input 'results' has '..\/..\/\*\*': the pattern reaches outside the workspace/,
    },
    {
      what: 'a result file through a symlink',
      inputs: { status: 'success', channels: 'webhook+http://127.0.0.1:9/hook', results: 'escape.xml' },
      error: /^Input 'results'.*leads outside the workspace through a symlink/,
    },
  ],
  'sbom-scan': [
    { what: 'a path reaching out', inputs: { path: '../outside' }, error: /^Input 'path'.*outside the workspace/ },
    { what: 'an absolute path', inputs: { path: '/etc' }, error: /^Input 'path'.*outside the workspace/ },
    { what: 'an alias bomb', inputs: { ignore: 'alias-bomb.yml' }, error: /^Input 'ignore' \(file alias-bomb.yml\) expands its aliases/ },
    { what: 'deep YAML', inputs: { ignore: 'deep.yml' }, error: /^Input 'ignore' \(file deep.yml\) is nested more than/ },
  ],
  'release-publish': [
    ...fileCases('notes', { tag: 'v1.0.0' }),
    { what: 'a 50 MB notes file', inputs: { tag: 'v1.0.0', notes: 'long-line.txt' }, error: /^Input 'notes'.*more than the limit/ },
    {
      what: 'a glob reaching out',
      inputs: { tag: 'v1.0.0', assets: '../../**' },
      error: /^Input 'assets' has '..\/..\/\*\*': the pattern reaches outside the workspace/,
    },
    { what: 'an SBOM through a symlink', inputs: { tag: 'v1.0.0', sbom: 'escape.xml' }, error: /^Input 'sbom'.*outside the workspace/ },
    {
      what: 'a changelog written outside',
      inputs: { tag: 'v1.0.0', 'changelog-file': '../outside/CHANGELOG.md' },
      error: /^Input 'changelog-file'.*outside the workspace/,
    },
  ],
};
