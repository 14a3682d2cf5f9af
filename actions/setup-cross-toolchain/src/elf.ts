import { open } from 'node:fs/promises';
import type { ElfIdentity } from './targets.ts';

const MACHINE_NAMES: Record<number, string> = {
  3: 'i386',
  4: 'm68k',
  8: 'MIPS',
  20: 'PowerPC',
  21: 'PowerPC64',
  22: 'S/390',
  40: 'ARM',
  43: 'SPARC V9',
  62: 'x86-64',
  183: 'AArch64',
  243: 'RISC-V',
};

/** Read the identity (machine, class, byte order) from an ELF header; undefined if it is not ELF. */
export function parseElfHeader(header: Uint8Array): ElfIdentity | undefined {
  if (header.length < 20 || header[0] !== 0x7f || header[1] !== 0x45 || header[2] !== 0x4c || header[3] !== 0x46) return undefined;
  const bits = header[4] === 1 ? 32 : header[4] === 2 ? 64 : undefined;
  const endian = header[5] === 1 ? 'little' : header[5] === 2 ? 'big' : undefined;
  if (!bits || !endian) return undefined;
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  return { machine: view.getUint16(18, endian === 'little'), bits, endian };
}

export async function readElfIdentity(file: string): Promise<ElfIdentity | undefined> {
  const handle = await open(file, 'r');
  try {
    const header = new Uint8Array(20);
    const { bytesRead } = await handle.read(header, 0, 20, 0);
    return parseElfHeader(header.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

export function describeElf(identity: ElfIdentity | undefined): string {
  if (!identity) return 'not an ELF file';
  const machine = MACHINE_NAMES[identity.machine] ?? `machine ${identity.machine}`;
  return `ELF ${identity.bits}-bit ${identity.endian === 'little' ? 'LSB' : 'MSB'} ${machine}`;
}

export function sameIdentity(a: ElfIdentity | undefined, b: ElfIdentity): boolean {
  return a !== undefined && a.machine === b.machine && a.bits === b.bits && a.endian === b.endian;
}
