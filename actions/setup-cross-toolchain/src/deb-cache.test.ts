import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cacheKey } from './deb-cache.ts';

const BOOKWORM = { id: 'debian', versionId: '12' };

describe('package cache key', () => {
  it('depends on the package set, not its order or repeats', () => {
    assert.equal(cacheKey(['b', 'a', 'a'], BOOKWORM, 'amd64'), cacheKey(['a', 'b'], BOOKWORM, 'amd64'));
    assert.notEqual(cacheKey(['a', 'b'], BOOKWORM, 'amd64'), cacheKey(['a', 'b', 'c'], BOOKWORM, 'amd64'));
  });

  it('depends on the OS release and the runner architecture', () => {
    const key = cacheKey(['a'], BOOKWORM, 'amd64');
    assert.match(key, /^setup-cross-toolchain-v1-debian-12-amd64-[0-9a-f]{20}$/);
    assert.notEqual(key, cacheKey(['a'], { id: 'ubuntu', versionId: '24.04' }, 'amd64'));
    assert.notEqual(key, cacheKey(['a'], BOOKWORM, 'arm64'));
  });
});
