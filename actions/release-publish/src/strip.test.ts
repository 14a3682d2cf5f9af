import assert from 'node:assert/strict';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runProcess } from '@archway/kit';
import { isElf, stripCopies, stripTool } from './strip.ts';

describe('strip', () => {
  it("finds the target's strip beside the AR setup-cross-toolchain exports", () => {
    assert.equal(
      stripTool('aarch64-unknown-linux-gnu', { AR_aarch64_unknown_linux_gnu: 'aarch64-linux-gnu-ar' }),
      'aarch64-linux-gnu-strip',
    );
    assert.equal(stripTool('', {}), 'strip');
    assert.throws(() => stripTool('riscv64gc-unknown-linux-gnu', {}), /AR_riscv64gc_unknown_linux_gnu is not set/);
  });

  it('strips a copy of a real ELF built by the cross compiler and leaves other files alone', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'strip-'));
    writeFileSync(path.join(dir, 'hello.c'), 'int helper(int x) { return x * 2; }\nint main(void) { return helper(0); }\n');
    const elf = path.join(dir, 'hello');
    const build = await runProcess('aarch64-linux-gnu-gcc', ['-g', '-o', elf, path.join(dir, 'hello.c')]);
    assert.equal(build.exitCode, 0, build.stderr);
    const text = path.join(dir, 'notes.txt');
    writeFileSync(text, 'not an ELF\n');
    assert.equal(isElf(elf), true);
    assert.equal(isElf(text), false);

    const copies = await stripCopies(
      [elf, text],
      stripTool('aarch64-unknown-linux-gnu', { AR_aarch64_unknown_linux_gnu: 'aarch64-linux-gnu-ar' }),
      path.join(dir, 'out'),
    );
    const stripped = copies.get(elf) as string;
    assert.notEqual(stripped, elf);
    assert.equal(copies.get(text), text);
    assert.ok(statSync(stripped).size < statSync(elf).size, 'smaller once stripped');
    const symbols = await runProcess('aarch64-linux-gnu-readelf', ['--sections', stripped]);
    assert.doesNotMatch(symbols.stdout, /\.debug_info|\.symtab/);
    const original = await runProcess('aarch64-linux-gnu-readelf', ['--sections', elf]);
    assert.match(original.stdout, /\.debug_info/, 'the workspace file keeps its symbols');
  });
});
