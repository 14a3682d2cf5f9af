// The kit's edge, end to end through the fixture bundle: one way to fail, system failures said as such,
// secrets and URL credentials redacted everywhere the action writes.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../build/bundles.ts';
import { runAction } from '../harness/run-action.ts';

const fixture = path.join(repoRoot, 'test/fixtures/kit-fixture');
const run = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runAction(fixture, { inputs, env, post: false, secrets: ['pa55word-in-url', 'token-in-report-9f3e'] });

describe('the run() edge', () => {
  it('fails the step on a VerdictError with its message and title as the one error', async () => {
    const result = await run({ mode: 'verdict' });
    assert.equal(result.exitCode, 1);
    assert.deepEqual(
      result.annotations.filter((a) => a.level === 'error').map((a) => [a.title, a.message]),
      [['Fixture verdict', '3 of 10 checks failed']],
    );
  });

  it('says a file-system or network failure is one, not a bug in the action', async () => {
    const tooLong = await run({ mode: 'name-too-long' });
    assert.equal(tooLong.exitCode, 1);
    assert.equal(tooLong.errors.length, 1);
    assert.match(tooLong.errors[0] ?? '', /^ENAMETOOLONG: name too long/);
    const refused = await run({ mode: 'connection-refused' });
    assert.equal(refused.exitCode, 1);
    assert.match(refused.errors[0] ?? '', /^connection refused \(ECONNREFUSED\)/);
    for (const result of [tooLong, refused]) assert.doesNotMatch(result.stdout, /a bug in this action/);
  });

  it('redacts a registered secret and URL credentials in the log, the summary and the outputs', async () => {
    const result = await run(
      { mode: 'leak', password: 'token-in-report-9f3e' },
      { GITHUB_API_URL: 'https://ci-bot:pa55word-in-url@ghe.example/api/v3' },
    );
    assert.equal(result.exitCode, 0, result.stdout);
    assert.deepEqual(result.leaks, []);
    assert.equal(result.outputs.greeting, 'failure message quoted ***');
    assert.match(result.summary, /report text with \*\*\* and https:\/\/\*\*\*@ghe\.example\/api\/v3/);
    assert.ok(!result.summary.includes('pa55word'));
    // In the log the runner masks them: both were registered before anything printed.
    assert.ok(result.masks.includes('pa55word-in-url') && result.masks.includes('token-in-report-9f3e'));
  });

  it('quotes a bad value shortly, with control characters escaped', async () => {
    const result = await run({ count: `1\u001b[31m\u0007${'9'.repeat(128_000)}` });
    assert.equal(result.errors.length, 1);
    assert.match(result.errors[0] ?? '', /^Input 'count' has '1\\x1b\[31m\\x079{180,200}…': expected a whole number in 1\.\.10$/);
  });
});
