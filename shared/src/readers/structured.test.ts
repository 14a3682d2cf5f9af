import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ConfigurationError } from '../runner/errors.ts';
import { MAX_YAML_DEPTH, parseYaml, structuredList } from './structured.ts';

const ALIAS_BOMB = [
  'a: &a [x, x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]',
].join('\n');

describe('parseYaml', () => {
  it('refuses an alias bomb and deep nesting as the user’s mistake, quickly', async () => {
    for (const text of [ALIAS_BOMB, '['.repeat(200_000), `${'- '.repeat(200_000)}x`, `${'{a: '.repeat(100)}1${'}'.repeat(100)}`]) {
      await assert.rejects(
        parseYaml(text, 'Input x'),
        (error) => error instanceof ConfigurationError && /^Input x (expands|is nested)/.test(error.message),
      );
    }
  });

  it('keeps real nesting and refuses hexadecimal numbers', async () => {
    const nested = `${Array.from({ length: MAX_YAML_DEPTH - 4 }, (_, i) => `${' '.repeat(i * 2)}k${i}:`).join('\n')} 1`;
    assert.ok(await parseYaml(nested, 'x'));
    assert.deepEqual(await parseYaml('smp: 16\nname: "0x10"', 'x'), { smp: 16, name: '0x10' });
    await assert.rejects(parseYaml('smp: 0x10', 'Input qemu'), /Input qemu has the number '0x10': numbers are decimal/);
  });
});

describe('structuredList', () => {
  const schema = { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'object' }] } };
  const list = structuredList<unknown>({ schema });
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'archway-list-'));
    writeFileSync(path.join(dir, 'expect.yml'), '- Welcome\n- { pattern: login, timeout: 5 }\n');
    process.env.GITHUB_WORKSPACE = dir;
  });
  after(() => delete process.env.GITHUB_WORKSPACE);

  it('never takes a plain milestone for a file name; reads a file only with file:', async () => {
    assert.deepEqual(await list.parse('expect.yml', 'expect'), ['expect.yml']);
    assert.deepEqual(await list.parse('Welcome to Buildroot', 'expect'), ['Welcome to Buildroot']);
    assert.deepEqual(await list.parse('file: expect.yml', 'expect'), ['Welcome', { pattern: 'login', timeout: 5 }]);
    assert.deepEqual(await list.parse('- Welcome\n- { pattern: login, timeout: 5 }', 'expect'), [
      'Welcome',
      { pattern: 'login', timeout: 5 },
    ]);
    await assert.rejects(
      async () => list.parse('file: ../outside.yml', 'expect'),
      /Input 'expect' has '..\/outside.yml': the path is outside the workspace/,
    );
  });
});
