import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { buildFirmware } from '../../../test/fixtures/firmware/build.ts';
import { describeElf, parseElf, readElfHeader } from './elf.ts';

/** readelf's own view of the same file: machine, entry and the LOAD segments (physical address, file size). */
function readelf(tool: string, file: string) {
  const header = execFileSync(tool, ['-h', '-l', '-W', file], { encoding: 'utf8' });
  const entry = Number(/Entry point address:\s+(0x[0-9a-f]+)/.exec(header)?.[1]);
  const loads = [...header.matchAll(/^\s+LOAD\s+(0x[0-9a-f]+)\s+0x[0-9a-f]+\s+(0x[0-9a-f]+)\s+(0x[0-9a-f]+)/gm)]
    .map((m) => ({ offset: Number(m[1]), address: Number(m[2]), fileSize: Number(m[3]) }))
    .filter((s) => s.fileSize > 0);
  return { entry, loads };
}

describe('ELF reader', () => {
  for (const [target, tool, machine] of [
    ['stm32vldiscovery', 'arm-none-eabi-readelf', 'ELF 32-bit LSB ARM'],
    ['sifive_e', 'riscv64-unknown-elf-readelf', 'ELF 32-bit LSB RISC-V'],
    ['uno', 'avr-readelf', 'ELF 32-bit LSB AVR'],
  ] as const) {
    it(`reads what readelf reads from a ${target} image built here`, async () => {
      const { elf } = buildFirmware(target);
      const header = parseElf(readFileSync(elf));
      assert.ok(header);
      assert.equal(describeElf(header), machine);
      const expected = readelf(tool, elf);
      assert.equal(header.entry, expected.entry);
      assert.deepEqual(
        header.segments.map(({ offset, address, fileSize }) => ({ offset, address, fileSize })),
        expected.loads,
      );
      assert.equal(header.type, 2);
      assert.deepEqual((await readElfHeader(elf))?.segments, header.segments);
    });
  }

  it('says no to what is not ELF, and to a cut header', () => {
    assert.equal(parseElf(Buffer.from(':100000000C9434000C943E000C943E000C943E0082\n')), undefined);
    const { elf } = buildFirmware('stm32vldiscovery');
    assert.equal(parseElf(readFileSync(elf).subarray(0, 40)), undefined);
    assert.equal(describeElf(undefined), 'not an ELF file');
  });
});
