import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeElf, parseElfHeader, readElfIdentity, sameIdentity } from './elf.ts';

function header(bits: 1 | 2, data: 1 | 2, machine: number): Uint8Array {
  const bytes = new Uint8Array(20);
  bytes.set([0x7f, 0x45, 0x4c, 0x46, bits, data, 1]);
  new DataView(bytes.buffer).setUint16(18, machine, data === 1);
  return bytes;
}

describe('ELF header', () => {
  it('reads machine, class and byte order', () => {
    assert.deepEqual(parseElfHeader(header(2, 1, 183)), { machine: 183, bits: 64, endian: 'little' });
    assert.deepEqual(parseElfHeader(header(2, 2, 22)), { machine: 22, bits: 64, endian: 'big' });
    assert.deepEqual(parseElfHeader(header(1, 1, 40)), { machine: 40, bits: 32, endian: 'little' });
  });

  it('refuses what is not ELF', () => {
    assert.equal(parseElfHeader(new TextEncoder().encode('#!/bin/sh\necho not elf at all')), undefined);
    assert.equal(parseElfHeader(new Uint8Array(4)), undefined);
    assert.equal(describeElf(undefined), 'not an ELF file');
  });

  it("reads a real binary: this machine's node", async () => {
    const identity = await readElfIdentity(process.execPath);
    assert.equal(identity?.endian, 'little');
    assert.equal(identity?.bits, 64);
    assert.ok(identity && [62, 183].includes(identity.machine));
  });

  it('compares and describes identities', () => {
    assert.ok(sameIdentity({ machine: 243, bits: 64, endian: 'little' }, { machine: 243, bits: 64, endian: 'little' }));
    assert.ok(!sameIdentity({ machine: 243, bits: 32, endian: 'little' }, { machine: 243, bits: 64, endian: 'little' }));
    assert.equal(describeElf({ machine: 183, bits: 64, endian: 'little' }), 'ELF 64-bit LSB AArch64');
  });
});
