import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConsoleText } from './console.ts';
import { plainText } from './patterns.ts';

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
    assert.deepEqual(c.find(plainText('=> '), 0), { start: 5, end: 8 });
    assert.equal(c.find(plainText('=> '), 6), undefined);
    assert.deepEqual(c.flush(), ['=> ']);
  });

  it('keeps the last lines as the tail for error messages', () => {
    const c = new ConsoleText();
    for (let i = 0; i < 100; i++) c.push(`line ${i}\n`);
    assert.equal(c.tail.length, 40);
    assert.equal(c.tail.at(-1), 'line 99');
  });

  it('drops text no cursor needs once it is large, and offsets stay valid', () => {
    const c = new ConsoleText();
    const line = `${'x'.repeat(1023)}\n`;
    for (let i = 0; i < 9 * 1024; i++) c.push(line);
    const end = c.end;
    c.release(end - 1024);
    c.push('marker\n');
    assert.deepEqual(c.find(plainText('marker'), end - 10), { start: end, end: end + 6 });
    assert.equal(c.slice(0, 10), '');
  });
});
