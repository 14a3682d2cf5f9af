// Matrix expansion against the examples of GitHub's documentation ("Running variations of jobs in a workflow").
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expandMatrix, MatrixError, matrixJobName } from './matrix.ts';

describe('expandMatrix', () => {
  it('is one job without a matrix', () => {
    assert.deepEqual(expandMatrix(undefined), [{}]);
  });

  it('multiplies the vectors, first key outermost', () => {
    assert.deepEqual(expandMatrix({ os: ['ubuntu-22.04', 'ubuntu-20.04'], version: [10, 12, 14] }), [
      { os: 'ubuntu-22.04', version: 10 },
      { os: 'ubuntu-22.04', version: 12 },
      { os: 'ubuntu-22.04', version: 14 },
      { os: 'ubuntu-20.04', version: 10 },
      { os: 'ubuntu-20.04', version: 12 },
      { os: 'ubuntu-20.04', version: 14 },
    ]);
  });

  it('expands include as in the documented fruit/animal example', () => {
    const combos = expandMatrix({
      fruit: ['apple', 'pear'],
      animal: ['cat', 'dog'],
      include: [
        { color: 'green' },
        { color: 'pink', animal: 'cat' },
        { fruit: 'apple', shape: 'circle' },
        { fruit: 'banana' },
        { fruit: 'banana', animal: 'cat' },
      ],
    });
    assert.deepEqual(combos, [
      { fruit: 'apple', animal: 'cat', color: 'pink', shape: 'circle' },
      { fruit: 'apple', animal: 'dog', color: 'green', shape: 'circle' },
      { fruit: 'pear', animal: 'cat', color: 'pink' },
      { fruit: 'pear', animal: 'dog', color: 'green' },
      { fruit: 'banana' },
      { fruit: 'banana', animal: 'cat' },
    ]);
  });

  it('adds a value to the matching combination only (the documented npm example)', () => {
    const combos = expandMatrix({
      os: ['windows-latest', 'ubuntu-latest'],
      node: [14, 16],
      include: [{ os: 'windows-latest', node: 16, npm: 6 }],
    });
    assert.equal(combos.length, 4);
    assert.deepEqual(
      combos.filter((c) => 'npm' in c),
      [{ os: 'windows-latest', node: 16, npm: 6 }],
    );
  });

  it('removes partial and full matches of exclude (the documented example: 12 - 3 = 9 jobs)', () => {
    const combos = expandMatrix({
      os: ['macos-latest', 'windows-latest'],
      version: [12, 14, 16],
      environment: ['staging', 'production'],
      exclude: [
        { os: 'macos-latest', version: 12, environment: 'production' },
        { os: 'windows-latest', version: 16 },
      ],
    });
    assert.equal(combos.length, 9);
    assert.ok(!combos.some((c) => c.os === 'windows-latest' && c.version === 16));
    assert.ok(!combos.some((c) => c.os === 'macos-latest' && c.version === 12 && c.environment === 'production'));
  });

  it('runs only the include entries of an include-only matrix', () => {
    assert.deepEqual(expandMatrix({ include: [{ site: 'production', datacenter: 'site-a' }, { site: 'staging' }] }), [
      { site: 'production', datacenter: 'site-a' },
      { site: 'staging' },
    ]);
  });

  it('rejects matrices GitHub rejects', () => {
    assert.throws(() => expandMatrix({ os: 'linux' }), MatrixError);
    assert.throws(() => expandMatrix({ os: [] }), /must not be empty/);
    assert.throws(() => expandMatrix({ os: ['a'], exclude: [{ os: 'a' }] }), /no job/);
    assert.throws(() => expandMatrix({ a: [...Array(17).keys()], b: [...Array(16).keys()] }), /at most 256/);
  });
});

describe('matrixJobName', () => {
  it('appends the combination values as GitHub shows them', () => {
    assert.equal(matrixJobName('build', { target: 'x86_64', cc: 'gcc' }, true), 'build (x86_64, gcc)');
    assert.equal(matrixJobName('build', {}, false), 'build');
  });
});
