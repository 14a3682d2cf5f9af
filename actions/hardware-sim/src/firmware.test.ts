import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ConfigurationError } from '@archway/kit';
import { buildFirmware } from '../../../test/fixtures/firmware/build.ts';
import { type Board, findBoard } from './boards.ts';
import { loadFirmware } from './firmware.ts';

/** An emulated board from the catalogue (one that takes firmware). */
function emulated(name: string): Exclude<Board, { kind: 'virtual' }> {
  const board = findBoard(name, 'board');
  assert.notEqual(board.kind, 'virtual');
  return board as Exclude<Board, { kind: 'virtual' }>;
}

const flat = (segments: { address: number; data: Uint8Array }[]) => Buffer.concat(segments.map((s) => s.data));

describe('firmware images', () => {
  const stm32 = emulated('stm32vldiscovery');
  const built = buildFirmware('stm32vldiscovery');

  it('an ELF, its Intel hex and its raw binary (all from objcopy) load the same bytes at the same address', () => {
    const elf = loadFirmware(readFileSync(built.elf), 'fw.elf', stm32);
    const hex = loadFirmware(readFileSync(built.hex), 'fw.hex', stm32);
    const bin = loadFirmware(readFileSync(built.bin), 'fw.bin', stm32);
    assert.deepEqual([elf.format, hex.format, bin.format], ['elf', 'ihex', 'bin']);
    assert.equal(elf.description, 'ELF 32-bit LSB ARM');
    assert.equal(hex.segments[0]?.address, 0x08000000);
    assert.equal(bin.segments[0]?.address, 0x08000000);
    assert.ok(flat(elf.segments).equals(readFileSync(built.bin)));
    assert.ok(flat(hex.segments).equals(readFileSync(built.bin)));
  });

  it('UF2 blocks become the image at their target addresses', () => {
    const pico = emulated('pico');
    const fw = buildFirmware('rp2040');
    const uf2 = loadFirmware(readFileSync(fw.uf2), 'fw.uf2', pico);
    assert.equal(uf2.format, 'uf2');
    assert.equal(uf2.segments.length, 1);
    assert.equal(uf2.segments[0]?.address, 0x10000000);
    assert.ok(flat(uf2.segments).subarray(0, readFileSync(fw.bin).length).equals(readFileSync(fw.bin)));
  });

  it('refuses an ELF for another core before boot, naming both', () => {
    const riscv = readFileSync(buildFirmware('sifive_e').elf);
    assert.throws(
      () => loadFirmware(riscv, 'build/fw.elf', stm32),
      (e: Error) =>
        e instanceof ConfigurationError &&
        e.message === "Input 'firmware' has 'build/fw.elf': ELF 32-bit LSB RISC-V cannot run on stm32vldiscovery, which needs an ARM ELF",
    );
    assert.throws(
      () => loadFirmware(readFileSync(built.elf), 'fw.elf', emulated('uno')),
      /ELF 32-bit LSB ARM cannot run on uno, which needs an AVR ELF/,
    );
  });

  it('says which hex line is broken, and that a UF2 file is cut', () => {
    const lines = readFileSync(built.hex, 'latin1').split('\n');
    lines[2] = `${lines[2]?.slice(0, -3)}00`;
    assert.throws(() => loadFirmware(Buffer.from(lines.join('\n')), 'fw.hex', stm32), /Intel hex checksum is wrong at line 3/);
    const uf2 = readFileSync(buildFirmware('rp2040').uf2);
    assert.throws(() => loadFirmware(uf2.subarray(0, 700), 'fw.uf2', emulated('rp2040')), /whole 512-byte blocks/);
    assert.throws(() => loadFirmware(Buffer.alloc(0), 'empty.bin', stm32), /the file is empty/);
  });
});
