import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runProcess } from '@archway/kit';
import { digestFile, parseChecksums, renderChecksums } from './checksums.ts';

describe('checksums files', () => {
  it('coreutils accept what is written, for each algorithm', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sums-'));
    const names = ['zeta.tar.gz', 'alpha.zip', 'with space.bin'];
    for (const name of names) writeFileSync(path.join(dir, name), `content of ${name}\n`);
    for (const [algorithm, tool] of [
      ['sha256', 'sha256sum'],
      ['sha512', 'sha512sum'],
      ['md5', 'md5sum'],
    ] as const) {
      const entries = new Map<string, string>();
      for (const name of names) entries.set(name, (await digestFile(path.join(dir, name), [algorithm]))[algorithm]);
      const text = renderChecksums(entries);
      assert.deepEqual(
        text
          .split('\n')
          .filter(Boolean)
          .map((l) => l.slice(l.indexOf('  ') + 2)),
        ['alpha.zip', 'with space.bin', 'zeta.tar.gz'],
      );
      writeFileSync(path.join(dir, 'SUMS'), text);
      const check = await runProcess(tool, ['--check', '--strict', 'SUMS'], { cwd: dir });
      assert.equal(check.exitCode, 0, check.stdout + check.stderr);
      // And what the tool writes reads back the same.
      const made = await runProcess(tool, names, { cwd: dir });
      assert.deepEqual(parseChecksums(made.stdout, algorithm), entries);
    }
  });

  it('ignores lines that are not entries of the algorithm', () => {
    const sha = 'a'.repeat(64);
    assert.deepEqual(
      [...parseChecksums(`${sha}  ok.bin\n${'b'.repeat(32)}  md5.bin\ngarbage\n${sha} *binary.bin\r\n`, 'sha256')],
      [
        ['ok.bin', sha],
        ['binary.bin', sha],
      ],
    );
  });
});
