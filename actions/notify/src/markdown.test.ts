import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shorten, splitText, toPlainText, toSlackMrkdwn } from './markdown.ts';

describe('markdown', () => {
  it('splits at boundaries, never inside a word, and keeps every word', () => {
    const words = Array.from({ length: 2000 }, (_, i) => `word${i}`);
    const text = words.join(' ');
    const pieces = splitText(text, 3000);
    assert.ok(pieces.length > 1);
    for (const piece of pieces) assert.ok(piece.length <= 3000);
    assert.deepEqual(pieces.join(' ').split(' '), words);
  });

  it('cuts a single word longer than the limit only because it must', () => {
    assert.deepEqual(splitText('x'.repeat(25), 10), ['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });

  it('shortens at a word with an ellipsis', () => {
    assert.equal(shorten('alpha beta gamma delta', 12), 'alpha beta…');
  });

  it('converts to Slack mrkdwn and to plain text', async () => {
    assert.equal(
      await toSlackMrkdwn('**bold** [run](https://example.org/a_b) 1 \\< 2'),
      '\u200b*bold*\u200b <https://example.org/a_b|run> 1 &lt; 2',
    );
    assert.equal(toPlainText('**bold** [run](https://example.org) 1 \\< 2'), 'bold run (https://example.org) 1 < 2');
  });
});
