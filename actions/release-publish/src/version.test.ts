import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ConventionalCommit } from './conventional.ts';
import { bumpFor, isHighest, nextVersion, previousTag, tagVersion } from './version.ts';

const commit = (type: string | undefined, breaking = false): ConventionalCommit => ({
  sha: 'a'.repeat(40),
  type,
  subject: 's',
  breaking,
  breakingNotes: breaking ? ['b'] : [],
  pullRequests: [],
  authorName: 'n',
});

describe('versions', () => {
  it('reads semver tags with or without v and refuses others', () => {
    assert.equal(tagVersion('v1.2.3'), '1.2.3');
    assert.equal(tagVersion('1.3.0-rc.1'), '1.3.0-rc.1');
    assert.equal(tagVersion('nightly'), undefined);
    assert.equal(tagVersion('v1.2'), undefined);
  });

  it('bumps by the strongest commit: breaking > feat > fix/perf > nothing', () => {
    assert.equal(bumpFor([commit('fix'), commit('feat'), commit('chore', true)]), 'major');
    assert.equal(bumpFor([commit('fix'), commit('feat')]), 'minor');
    assert.equal(bumpFor([commit('perf'), commit('docs')]), 'patch');
    assert.equal(bumpFor([commit('chore'), commit(undefined)]), undefined);
  });

  it('follows semantic-release: first 1.0.0, 0.x breaking -> 1.0.0, pre-releases count up', () => {
    assert.equal(nextVersion(undefined, 'patch'), '1.0.0');
    assert.equal(nextVersion('0.4.2', 'major'), '1.0.0');
    assert.equal(nextVersion('0.4.2', 'minor'), '0.5.0');
    assert.equal(nextVersion('1.2.3', 'patch'), '1.2.4');
    assert.equal(nextVersion('1.3.0-rc.1', 'minor'), '1.3.0-rc.2', 'the rc already is the minor step');
    assert.equal(nextVersion('1.3.0-rc.1', 'major'), '2.0.0-rc.1', 'a breaking change outgrows the rc');
    assert.equal(nextVersion('1.2.4-beta.3', 'minor'), '1.3.0-beta.1');
  });

  it('the previous tag: highest below, full releases skip pre-releases, other tags ignored', () => {
    const tags = ['v1.2.0', 'v1.3.0-rc.1', 'v1.3.0-rc.2', 'docs-2024', 'v1.1.9'];
    assert.equal(previousTag(tags, '1.3.0'), 'v1.2.0');
    assert.equal(previousTag(tags, '1.3.0-rc.3'), 'v1.3.0-rc.2');
    assert.equal(previousTag(tags, undefined), 'v1.3.0-rc.2');
    assert.equal(previousTag(['nightly'], '1.0.0'), undefined);
  });

  it('latest by semver order, never a pre-release', () => {
    assert.equal(isHighest('1.3.0', ['v1.2.0', 'v2.0.0-rc.1', 'nightly']), true);
    assert.equal(isHighest('1.3.0', ['v2.0.0']), false);
    assert.equal(isHighest('2.0.0-rc.1', []), false);
  });
});
