import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCommit } from './conventional.ts';

const sha = '0123456789abcdef0123456789abcdef01234567';
const parse = (message: string, authorEmail = 'dev@example.org') => parseCommit({ sha, authorName: 'Dev', authorEmail, message });

describe('conventional commits', () => {
  it('reads type, scope, subject and the squash PR number', () => {
    const c = parse('feat(uart): second console (#12)');
    assert.deepEqual([c.type, c.scope, c.subject, c.breaking, c.pullRequests], ['feat', 'uart', 'second console', false, [12]]);
  });

  it('a ! header and a BREAKING CHANGE footer are breaking', () => {
    assert.equal(parse('refactor!: drop the v1 loader').breaking, true);
    assert.deepEqual(parse('refactor!: drop the v1 loader').breakingNotes, ['drop the v1 loader']);
    const footer = parse('feat: new cmdline\n\nBREAKING CHANGE: boot_args is gone');
    assert.equal(footer.breaking, true);
    assert.deepEqual(footer.breakingNotes, ['boot_args is gone']);
  });

  it('GitHub no-reply addresses give the login; other messages keep their subject', () => {
    assert.equal(parse('fix: x', '1234+ada@users.noreply.github.com').authorLogin, 'ada');
    assert.equal(parse('fix: x', 'ada@users.noreply.github.com').authorLogin, 'ada');
    assert.equal(parse('fix: x').authorLogin, undefined);
    const plain = parse('Update README');
    assert.equal(plain.type, undefined);
    assert.equal(plain.subject, 'Update README');
  });
});
