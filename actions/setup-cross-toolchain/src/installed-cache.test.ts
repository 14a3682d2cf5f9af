import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cacheKeyPrefix, fullKey, packageIndexFingerprint } from './installed-cache.ts';

const BOOKWORM = { id: 'debian', versionId: '12' };
const LISTS = 'deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.lz4 18840233 1752228960000';

describe('cache key of the installed toolchain', () => {
  it('depends on the missing packages, not their order or repeats', () => {
    assert.equal(cacheKeyPrefix(['b', 'a', 'a'], BOOKWORM, 'amd64', LISTS), cacheKeyPrefix(['a', 'b'], BOOKWORM, 'amd64', LISTS));
    assert.notEqual(cacheKeyPrefix(['a', 'b'], BOOKWORM, 'amd64', LISTS), cacheKeyPrefix(['a', 'b', 'c'], BOOKWORM, 'amd64', LISTS));
  });

  it('depends on the OS release, the runner architecture and the package indices', () => {
    const key = cacheKeyPrefix(['a'], BOOKWORM, 'amd64', LISTS);
    assert.match(key, /^setup-cross-toolchain-v2-debian-12-amd64-[0-9a-f]{20}-$/);
    assert.notEqual(key, cacheKeyPrefix(['a'], { id: 'ubuntu', versionId: '24.04' }, 'amd64', LISTS));
    assert.notEqual(key, cacheKeyPrefix(['a'], BOOKWORM, 'arm64', LISTS));
    assert.notEqual(key, cacheKeyPrefix(['a'], BOOKWORM, 'amd64', LISTS.replace('18840233', '18840234')));
  });

  it('ends with the packages the install stood on, in any order', () => {
    const prefix = cacheKeyPrefix(['a'], BOOKWORM, 'amd64', LISTS);
    const key = fullKey(prefix, { 'libc6:amd64': '2.36-9', 'zlib1g:amd64': '1:1.2.13' });
    assert.ok(key.startsWith(prefix));
    assert.match(key.slice(prefix.length), /^[0-9a-f]{12}$/);
    assert.equal(key, fullKey(prefix, { 'zlib1g:amd64': '1:1.2.13', 'libc6:amd64': '2.36-9' }));
    assert.notEqual(key, fullKey(prefix, { 'libc6:amd64': '2.36-10', 'zlib1g:amd64': '1:1.2.13' }));
  });

  it('fingerprints the package indices by name, size and time, and changes when one is rewritten', () => {
    const lists = mkdtempSync(path.join(os.tmpdir(), 'archway-lists-'));
    const index = path.join(lists, 'deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.lz4');
    writeFileSync(index, 'Package: a\n');
    writeFileSync(path.join(lists, 'deb.debian.org_debian_dists_bookworm_InRelease'), 'signed');
    writeFileSync(path.join(lists, 'lock'), '');
    utimesSync(index, 1_700_000_000, 1_700_000_000);
    const first = packageIndexFingerprint(lists);
    assert.equal(first, 'deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.lz4 11 1700000000000');
    writeFileSync(index, 'Package: a\nVersion: 2\n');
    assert.notEqual(packageIndexFingerprint(lists), first);
    assert.equal(packageIndexFingerprint(path.join(lists, 'absent')), 'no-lists');
    rmSync(lists, { recursive: true, force: true });
  });
});
