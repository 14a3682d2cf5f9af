import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeRepository } from '../../../test/fixtures/release-publish/git-history.ts';
import { resolveRelease } from './resolve.ts';

// Real repositories: the version and the commits the changelog gets, as git tells them.
describe('version and history from real git repositories', () => {
  const auto = (steps: Parameters<typeof makeRepository>[0], tag = '') =>
    makeRepository(steps).then((dir) => resolveRelease({ tag, version: 'auto' }, dir));

  it('no previous tag: 1.0.0 with every commit', async () => {
    const r = await auto([{ message: 'chore: init' }, { message: 'fix: first bug' }]);
    assert.equal(r?.version, '1.0.0');
    assert.equal(r?.tag, 'v1.0.0');
    assert.equal(r?.previousTag, undefined);
    assert.deepEqual(
      r?.commits.map((c) => c.subject),
      ['first bug', 'init'],
    );
  });

  it('fix -> patch, feat -> minor, breaking -> major, counted from the previous tag only', async () => {
    const base = [{ message: 'feat!: old break', tag: 'v1.2.0' }];
    assert.equal((await auto([...base, { message: 'fix: a' }, { message: 'perf: b' }]))?.version, '1.2.1');
    assert.equal((await auto([...base, { message: 'fix: a' }, { message: 'feat: b' }]))?.version, '1.3.0');
    assert.equal((await auto([...base, { message: 'feat: a\n\nBREAKING CHANGE: b' }]))?.version, '2.0.0');
    assert.equal((await auto([...base, { message: 'fix(x)!: c' }]))?.version, '2.0.0');
  });

  it('0.x: a breaking change goes to 1.0.0 (semantic-release)', async () => {
    assert.equal((await auto([{ message: 'feat: a', tag: 'v0.3.1' }, { message: 'feat!: b' }]))?.version, '1.0.0');
  });

  it('after a pre-release tag the pre-release number goes up', async () => {
    const r = await auto([{ message: 'feat: a', tag: 'v1.2.0' }, { message: 'feat: b', tag: 'v1.3.0-rc.1' }, { message: 'fix: c' }]);
    assert.equal(r?.version, '1.3.0-rc.2');
    assert.equal(r?.previousTag, 'v1.3.0-rc.1');
    assert.deepEqual(
      r?.commits.map((c) => c.subject),
      ['c'],
    );
  });

  it('nothing to release: undefined', async () => {
    assert.equal(await auto([{ message: 'feat: a', tag: 'v1.0.0' }, { message: 'docs: b' }]), undefined);
  });

  it('from-tag: a full release compares to the last full release, its pre-releases included', async () => {
    const dir = await makeRepository([
      { message: 'feat: a', tag: 'v2.0.0' },
      { message: 'feat: b', tag: 'v2.1.0-rc.1' },
      { message: 'fix: c', tag: 'v2.1.0' },
      { message: 'feat: after the tag' },
    ]);
    const r = await resolveRelease({ tag: 'v2.1.0', version: 'from-tag' }, dir);
    assert.equal(r?.version, '2.1.0');
    assert.equal(r?.previousTag, 'v2.0.0');
    assert.equal(r?.head, 'refs/tags/v2.1.0');
    assert.deepEqual(
      r?.commits.map((c) => c.subject),
      ['c', 'b'],
      'commits after the tag are not in it',
    );
  });
});
