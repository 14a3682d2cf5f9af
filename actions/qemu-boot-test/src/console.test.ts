import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConsoleText, Search } from './console.ts';
import { parsePattern, plainText } from './patterns.ts';

describe('console text', () => {
  it('splits lines, drops carriage returns, escape sequences and control characters', () => {
    const c = new ConsoleText();
    assert.deepEqual(c.push('\x1b[1;32mOK\x1b[0m started\r\nbeep\x07 back\bspace\r\n'), ['OK started', 'beep backspace']);
    assert.equal(c.lineCount, 2);
  });

  it('holds back an escape sequence or a UTF-8 character cut between chunks', () => {
    const c = new ConsoleText();
    assert.deepEqual(c.push(Buffer.from('a\x1b[3')), []);
    const euro = Buffer.from('€\n');
    c.push(Buffer.concat([Buffer.from('1mb'), euro.subarray(0, 1)]));
    assert.deepEqual(c.push(euro.subarray(1)), ['ab€']);
  });

  it('finds text in the incomplete last line (a prompt) with absolute offsets', () => {
    const c = new ConsoleText();
    c.push('boot\n=> ');
    assert.equal(c.partialLine, '=> ');
    assert.deepEqual(c.next(new Search(plainText('=> '), 0)), { start: 5, end: 8 });
    assert.equal(c.next(new Search(plainText('=> '), 6)), undefined);
    assert.deepEqual(c.flush(), ['=> ']);
  });

  it('keeps the last lines as the tail for error messages', () => {
    const c = new ConsoleText();
    for (let i = 0; i < 100; i++) c.push(`line ${i}\n`);
    assert.equal(c.tail.length, 40);
    assert.equal(c.tail.at(-1), 'line 99');
  });

  it('resumes a search where a match could still start, across chunks', () => {
    const c = new ConsoleText();
    const plain = new Search(plainText('login:'), 0);
    const line = new Search(parsePattern('/^Welcome to \\w+$/', 'expect'), 0);
    const spanning = new Search(parsePattern('/start.*end/s', 'expect'), 0);
    c.push('boot\nWelcome to ');
    for (const search of [plain, line, spanning]) assert.equal(c.next(search), undefined);
    c.push('Debian\nstart\nlog');
    assert.deepEqual(c.next(line), { start: 5, end: 22 });
    assert.equal(c.next(plain), undefined);
    c.push('in: end\n');
    assert.deepEqual(c.next(plain), { start: 29, end: 35 });
    assert.deepEqual(c.next(spanning), { start: 23, end: 39 });
  });

  it('drops text no search needs, and offsets stay valid', () => {
    const c = new ConsoleText();
    const line = `${'x'.repeat(1023)}\n`;
    const search = new Search(plainText('marker'), 0);
    for (let i = 0; i < 1024; i++) {
      c.push(line);
      assert.equal(c.next(search), undefined);
      c.release(c.resumePoint(search));
    }
    const end = c.end;
    assert.equal(c.slice(0, 10), '', 'the start was dropped');
    c.push('a marker\n');
    assert.deepEqual(c.next(search), { start: end + 2, end: end + 8 });
  });
});
