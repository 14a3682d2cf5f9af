import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { structured } from '../readers/structured.ts';
import { ConfigurationError } from './errors.ts';
import { boolean, choice, list, number, readInputs, requiredNumber, string } from './inputs.ts';

function withInputs(values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}

const schema = {
  type: 'object',
  additionalProperties: false,
  properties: { level: { type: 'integer', minimum: 0, maximum: 5 }, mode: { enum: ['a', 'b'] } },
  required: ['level'],
};

describe('readInputs', () => {
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  });

  it('reads every declared input into camelCase keys with their types', async () => {
    withInputs({ 'fail-on': 'a, b\nc', verbose: 'TRUE', retries: '2', accel: 'tcg', name: '  x  ' });
    const got = await readInputs({
      'fail-on': list({ separator: /,/ }),
      verbose: boolean(),
      retries: requiredNumber({ min: 0, max: 5, integer: true }),
      accel: choice(['auto', 'kvm', 'tcg']),
      name: string(),
      missing: number(),
    });
    assert.deepEqual(got, { failOn: ['a', 'b', 'c'], verbose: true, retries: 2, accel: 'tcg', name: 'x', missing: undefined });
  });

  it('refuses booleans the way core.getBooleanInput does', async () => {
    withInputs({ verbose: 'yes' });
    await assert.rejects(readInputs({ verbose: boolean() }), {
      name: 'ConfigurationError',
      message: "Input 'verbose' has 'yes': expected true or false",
    });
  });

  it('range-checks numbers and names the range', async () => {
    withInputs({ retries: '7' });
    await assert.rejects(
      readInputs({ retries: number({ min: 0, max: 5, integer: true }) }),
      /Input 'retries' has '7': expected a whole number in 0\.\.5/,
    );
    withInputs({ retries: '1.5' });
    await assert.rejects(readInputs({ retries: number({ integer: true }) }), ConfigurationError);
  });

  it('lists the allowed values of an enum', async () => {
    withInputs({ accel: 'hvf' });
    await assert.rejects(readInputs({ accel: choice(['auto', 'kvm', 'tcg']) }), /'hvf': expected one of auto, kvm, tcg/);
  });

  it('masks secrets before parsing and never shows them in errors', async () => {
    withInputs({ token: 'not-a-hex-token' });
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => lines.push(String(chunk)) > 0) as typeof process.stdout.write;
    try {
      await assert.rejects(readInputs({ token: string({ secret: true, pattern: /^[0-9a-f]+$/, describe: 'hex' }) }), (error: Error) => {
        assert.equal(error.message, "Input 'token' has '***': expected hex");
        return true;
      });
    } finally {
      process.stdout.write = write;
    }
    assert.ok(lines.some((l) => l.includes('::add-mask::not-a-hex-token')));
  });

  it('validates structured input inline and from a file, pointing at the bad key', async () => {
    withInputs({ config: 'level: 3\nmode: b' });
    assert.deepEqual(await readInputs({ config: structured({ schema }) }), { config: { level: 3, mode: 'b' } });

    withInputs({ config: '{"level": 9, "colour": "red"}' });
    await assert.rejects(readInputs({ config: structured({ schema }) }), (error: Error) => {
      assert.match(error.message, /^Input 'config' is invalid: /);
      assert.match(error.message, /unknown key 'colour' at \/ \(allowed: level, mode\)/);
      assert.match(error.message, /\/level must be <= 5 \(got '9'\)/);
      return true;
    });

    const dir = mkdtempSync(path.join(os.tmpdir(), 'archway-inputs-'));
    writeFileSync(path.join(dir, 'gate.yml'), 'level: 1\nmode: c\n');
    process.env.GITHUB_WORKSPACE = dir;
    try {
      withInputs({ config: 'gate.yml' });
      await assert.rejects(
        readInputs({ config: structured({ schema }) }),
        /Input 'config' \(file gate\.yml\) is invalid: \/mode is 'c', expected one of a, b/,
      );
      withInputs({ config: 'nope.yml' });
      await assert.rejects(
        readInputs({ config: structured({ schema }) }),
        /^ConfigurationError: Input 'config' has 'nope.yml': cannot open the YAML\/JSON file: no such file or directory$/,
      );
    } finally {
      delete process.env.GITHUB_WORKSPACE;
    }
  });

  it('reads a one-line block list as YAML, not as a file name', async () => {
    withInputs({ config: '- Linux version' });
    assert.deepEqual(await readInputs({ config: structured({ schema: { type: 'array', items: { type: 'string' } } }) }), {
      config: ['Linux version'],
    });
  });

  it('reports YAML syntax errors with their position', async () => {
    withInputs({ config: '{level: 1' });
    await assert.rejects(readInputs({ config: structured({ schema }) }), /Input 'config' is not valid YAML\/JSON at line 1, column 10/);
  });

  it('takes a list as one plain value, one item per line or a YAML list, all giving the same items', async () => {
    const forms = ['Welcome to Buildroot\nlogin:', '- Welcome to Buildroot\n- "login:"', "[Welcome to Buildroot, 'login:']"];
    for (const form of forms) {
      withInputs({ expect: form });
      assert.deepEqual(await readInputs({ expect: list() }), { expect: ['Welcome to Buildroot', 'login:'] }, form);
    }
    withInputs({ expect: 'Welcome to Buildroot, version 2' });
    assert.deepEqual(await readInputs({ expect: list() }), { expect: ['Welcome to Buildroot, version 2'] });
  });

  it('reads numbers in decimal only', async () => {
    for (const bad of ['0x10', '1e3', '0b1', ' ']) {
      withInputs({ smp: bad });
      await assert.rejects(readInputs({ smp: number({ required: bad.trim() === '' }) }), /Input 'smp' has/, bad);
    }
    withInputs({ smp: '-2.5' });
    assert.deepEqual(await readInputs({ smp: number() }), { smp: -2.5 });
  });
});
