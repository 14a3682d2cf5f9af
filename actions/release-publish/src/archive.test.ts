import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runProcess } from '@archway/kit';
import { type ArchiveEntry, createArchive } from './archive.ts';

const MTIME = 1767225600; // 2026-01-01T00:00:00Z

/** The same files written afresh, with another modification time and umask each time. */
function tree(when: number): { dir: string; entries: ArchiveEntry[] } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'archive-test-'));
  mkdirSync(path.join(dir, 'bin'));
  const files: [string, string, number][] = [
    ['bin/loader', 'ELF-ish\n'.repeat(1000), 0o775],
    ['README.md', '# Loader\n', 0o664],
    ['a-first.txt', 'sorted first\n', 0o600],
  ];
  for (const [name, content, mode] of files) {
    writeFileSync(path.join(dir, name), content);
    chmodSync(path.join(dir, name), mode);
    utimesSync(path.join(dir, name), when, when);
  }
  // Given out of order on purpose: the archive sorts.
  return { dir, entries: files.map(([name]) => ({ source: path.join(dir, name), name: `pkg/${name}` })).reverse() };
}

describe('deterministic archives', () => {
  for (const format of ['tar.gz', 'zip'] as const) {
    it(`${format}: the same bytes from fresh copies, whatever their times and the time zone`, async () => {
      const a = tree(1_000_000);
      const b = tree(2_000_000);
      const first = await createArchive(format, a.entries, MTIME);
      const previousTz = process.env.TZ;
      process.env.TZ = 'Pacific/Kiritimati';
      try {
        const second = await createArchive(format, b.entries, MTIME);
        assert.ok(first.equals(second), `${format} archives differ`);
      } finally {
        if (previousTz === undefined) delete process.env.TZ;
        else process.env.TZ = previousTz;
      }
      const other = await createArchive(format, b.entries, MTIME + 3600);
      assert.ok(!first.equals(other), 'the commit time is in the bytes');
    });
  }

  it('tar.gz: sorted entries, 0/0 owner, 0755/0644 modes, the commit time (read by GNU tar)', async () => {
    const { entries } = tree(1_000_000);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'archive-list-'));
    writeFileSync(path.join(dir, 'x.tar.gz'), await createArchive('tar.gz', entries, MTIME));
    const listing = await runProcess('tar', ['--utc', '-tvzf', 'x.tar.gz'], { cwd: dir, env: { ...process.env, TZ: 'UTC' } });
    assert.equal(listing.exitCode, 0, listing.stderr);
    const lines = listing.stdout.trim().split('\n');
    assert.deepEqual(
      lines.map((l) => l.replace(/\s+/g, ' ')),
      [
        'drwxr-xr-x 0/0 0 2026-01-01 00:00 pkg/',
        '-rw-r--r-- 0/0 9 2026-01-01 00:00 pkg/README.md',
        '-rw-r--r-- 0/0 13 2026-01-01 00:00 pkg/a-first.txt',
        'drwxr-xr-x 0/0 0 2026-01-01 00:00 pkg/bin/',
        '-rwxr-xr-x 0/0 8000 2026-01-01 00:00 pkg/bin/loader',
      ],
    );
  });

  it('zip: unzip tests it and lists the entries in order with their modes', async () => {
    const { entries } = tree(1_000_000);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'archive-zip-'));
    writeFileSync(path.join(dir, 'x.zip'), await createArchive('zip', entries, MTIME));
    const test = await runProcess('unzip', ['-t', 'x.zip'], { cwd: dir });
    assert.equal(test.exitCode, 0, test.stdout);
    const info = await runProcess('zipinfo', ['x.zip'], { cwd: dir });
    const rows = info.stdout.split('\n').filter((l) => /^[-d]r/.test(l));
    assert.deepEqual(
      rows.map((r) => [r.split(/\s+/)[0], r.split(/\s+/).at(-1)]),
      [
        ['drwxr-xr-x', 'pkg/'],
        ['-rw-r--r--', 'pkg/README.md'],
        ['-rw-r--r--', 'pkg/a-first.txt'],
        ['drwxr-xr-x', 'pkg/bin/'],
        ['-rwxr-xr-x', 'pkg/bin/loader'],
      ],
    );
    assert.match(rows[0] ?? '', /26-Jan-01 00:00/);
  });
});
