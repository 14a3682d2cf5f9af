import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigurationError } from '../runner/errors.ts';
import { ConsoleWatch, parsePattern } from './console-watch.ts';

describe('console patterns', () => {
  it('plain text is the text itself; /regex/ has captures and line anchors', () => {
    assert.ok(parsePattern('a.b', 'x').test('xa.by'));
    assert.ok(!parsePattern('a.b', 'x').test('axb'));
    const re = parsePattern('/^temp=(?<t>\\d+)$/', 'x');
    const found = re.find('boot\ntemp=21\n', 0);
    assert.deepEqual([found?.text, found?.named.t, found?.groups[1]], ['temp=21', '21', '21']);
  });

  it('a bad regex is the input named with the reason', () => {
    assert.throws(
      () => parsePattern('/(/', 'expect-text'),
      (e: Error) => e instanceof ConfigurationError && /^Input 'expect-text' has '\/\(\/': not a valid regular expression/.test(e.message),
    );
  });
});

describe('ConsoleWatch', () => {
  it('finds a pattern split across chunks and escape sequences, from an offset', async () => {
    const watch = new ConsoleWatch();
    const lines: string[] = [];
    watch.onLine((l) => lines.push(l));
    watch.push('old pong\r\n');
    const from = watch.end;
    const wait = watch.waitFor(parsePattern('pong', 'x'), from);
    watch.push(Buffer.from('p\x1b[1'));
    watch.push(Buffer.from('mon'));
    watch.push('g\r\n');
    const match = await wait.matched;
    assert.equal(match.start, from);
    assert.deepEqual(lines, ['old pong', 'pong']);
  });

  it('a regex waits for its line to complete only as far as it needs; a partial prompt is seen', async () => {
    const watch = new ConsoleWatch();
    const prompt = watch.waitFor(parsePattern('uart:~$ ', 'x'));
    watch.push('*** Booting ***\r\nuart:~$ ');
    assert.equal((await prompt.matched).text, 'uart:~$ ');
    assert.deepEqual(watch.lastLines(), ['*** Booting ***', 'uart:~$ ']);
  });

  it('keeps up with many quick waits and long output without holding it all', async () => {
    const watch = new ConsoleWatch();
    for (let i = 0; i < 2000; i++) {
      const wait = watch.waitFor(parsePattern(`/^reply ${i}$/`, 'x'));
      watch.push(`${'x'.repeat(300)}\nreply ${i}\n`);
      assert.equal((await wait.matched).text, `reply ${i}`);
    }
    assert.equal(watch.lineCount, 4000);
  });
});
