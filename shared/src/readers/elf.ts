import { open } from 'node:fs/promises';

/** What an ELF file says about itself: enough to refuse an image built for another core before booting it. */
export interface ElfHeader {
  bits: 32 | 64;
  endian: 'little' | 'big';
  /** e_machine (40 ARM, 243 RISC-V, 83 AVR, ...). */
  machine: number;
  /** e_flags: the ABI details within a machine (AVR's core family, RISC-V's float ABI). */
  flags: number;
  entry: number;
  /** ET_EXEC (2) is what a boot loader takes; ET_REL (1) is an object file, not an image. */
  type: number;
  /** PT_LOAD segments with a file part: where each piece of the image lands in memory. */
  segments: ElfSegment[];
}

export interface ElfSegment {
  /** Physical (load) address: where a loader writes it, which for XIP firmware differs from the virtual one. */
  address: number;
  offset: number;
  fileSize: number;
  memorySize: number;
}

export const ELF_MACHINES: Readonly<Record<number, string>> = {
  3: 'i386',
  4: 'm68k',
  8: 'MIPS',
  20: 'PowerPC',
  21: 'PowerPC64',
  22: 'S/390',
  40: 'ARM',
  43: 'SPARC V9',
  62: 'x86-64',
  83: 'AVR',
  94: 'Xtensa',
  183: 'AArch64',
  243: 'RISC-V',
};

const PT_LOAD = 1;

export function isElf(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x7f && bytes[1] === 0x45 && bytes[2] === 0x4c && bytes[3] === 0x46;
}

/** Parse the ELF header and program headers from the file's bytes; undefined when it is not ELF or is cut short. */
export function parseElf(bytes: Uint8Array): ElfHeader | undefined {
  if (!isElf(bytes) || bytes.length < 52) return undefined;
  const bits = bytes[4] === 1 ? 32 : bytes[4] === 2 ? 64 : undefined;
  const endian = bytes[5] === 1 ? 'little' : bytes[5] === 2 ? 'big' : undefined;
  if (!bits || !endian || (bits === 64 && bytes.length < 64)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const le = endian === 'little';
  const word = (at: number) => (bits === 32 ? view.getUint32(at, le) : Number(view.getBigUint64(at, le)));
  const type = view.getUint16(16, le);
  const machine = view.getUint16(18, le);
  const entry = word(24);
  const phoff = bits === 32 ? view.getUint32(28, le) : Number(view.getBigUint64(32, le));
  const flags = view.getUint32(bits === 32 ? 36 : 48, le);
  const phentsize = view.getUint16(bits === 32 ? 42 : 54, le);
  const phnum = view.getUint16(bits === 32 ? 44 : 56, le);
  const segments: ElfSegment[] = [];
  for (let i = 0; i < phnum; i++) {
    const at = phoff + i * phentsize;
    if (at + phentsize > bytes.length) return undefined;
    if (view.getUint32(at, le) !== PT_LOAD) continue;
    const segment =
      bits === 32
        ? {
            offset: view.getUint32(at + 4, le),
            address: view.getUint32(at + 12, le),
            fileSize: view.getUint32(at + 16, le),
            memorySize: view.getUint32(at + 20, le),
          }
        : {
            offset: Number(view.getBigUint64(at + 8, le)),
            address: Number(view.getBigUint64(at + 24, le)),
            fileSize: Number(view.getBigUint64(at + 32, le)),
            memorySize: Number(view.getBigUint64(at + 40, le)),
          };
    if (segment.fileSize > 0) segments.push(segment);
  }
  return { bits, endian, machine, flags, entry, type, segments };
}

/** Read only the first `limit` bytes of a file and parse them (headers sit at the start in every linker's output). */
export async function readElfHeader(file: string, limit = 64 * 1024): Promise<ElfHeader | undefined> {
  const handle = await open(file, 'r');
  try {
    const buffer = new Uint8Array(limit);
    const { bytesRead } = await handle.read(buffer, 0, limit, 0);
    return parseElf(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

export function machineName(machine: number): string {
  return ELF_MACHINES[machine] ?? `machine ${machine}`;
}

/** "ELF 32-bit LSB ARM", as `file` would say it. */
export function describeElf(header: Pick<ElfHeader, 'bits' | 'endian' | 'machine'> | undefined): string {
  if (!header) return 'not an ELF file';
  return `ELF ${header.bits}-bit ${header.endian === 'little' ? 'LSB' : 'MSB'} ${machineName(header.machine)}`;
}
