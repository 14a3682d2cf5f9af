import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigurationError } from '@archway/kit';
import { parsePattern, plainText } from './patterns.ts';

describe('console patterns', () => {
  it('reads plain text literally, regex metacharacters included', () => {
    const p = parsePattern('a.b (c)', 'expect');
    assert.deepEqual(p.find('xx a.b (c)', 0), { start: 3, end: 10 });
    assert.equal(p.test('aXb (c)'), false);
  });

  it('reads /.../ with flags i, s, u as a regex where ^ and $ mean line boundaries', () => {
    const p = parsePattern('/^login: $/i', 'expect');
    assert.deepEqual(p.find('banner\nLOGIN: \nmore', 0), { start: 7, end: 14 });
    assert.equal(p.find('banner\nLOGIN: \nmore', 8), undefined);
  });

  it('keeps text that only looks like a path as plain text', () => {
    for (const source of ['/bin/sh', '/ # ', '/']) assert.equal(parsePattern(source, 'expect').find(`x ${source}`, 0)?.start, 2, source);
  });

  it('a regex that does not compile is an error naming the input and the value', () => {
    assert.throws(
      () => parsePattern('/Linux (version/', 'fail-on'),
      (error: unknown) =>
        error instanceof ConfigurationError &&
        /^Input 'fail-on' has '\/Linux \(version\/': not a valid regular expression/.test(error.message),
    );
  });

  it('finds from an offset and tests single lines, repeatedly (no lastIndex left behind)', () => {
    const p = parsePattern('/\\d+ ms/', 'expect');
    assert.equal(p.test('took 12 ms'), true);
    assert.equal(p.test('took 13 ms'), true);
    assert.deepEqual(p.find('1 ms, 22 ms', 2), { start: 6, end: 11 });
    assert.equal(plainText('/x/').test('a /x/ b'), true);
  });
});
