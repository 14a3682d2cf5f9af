import { inputError } from '@archway/kit';
import { describeElf, isElf, machineName, parseElf } from '@archway/kit/elf';

/** A firmware image as pieces of memory, whatever file format it came in. */
export interface FirmwareImage {
  format: 'elf' | 'ihex' | 'bin' | 'uf2';
  /** For an ELF: "ELF 32-bit LSB ARM", for the report. */
  description: string;
  segments: { address: number; data: Uint8Array }[];
}

const UF2_MAGIC_START0 = 0x0a324655;
const UF2_MAGIC_START1 = 0x9e5d5157;
const UF2_MAGIC_END = 0x0ab16f30;
const UF2_NOT_MAIN_FLASH = 0x1;

/** Detect the format from the content, check an ELF's machine against the board's core, and cut it into segments. */
export function loadFirmware(
  bytes: Uint8Array,
  file: string,
  board: { id: string; elfMachine: number; loadAddress: number },
): FirmwareImage {
  if (bytes.length === 0) throw inputError('firmware', file, 'the file is empty');
  if (isElf(bytes)) {
    const elf = parseElf(bytes);
    if (!elf) throw inputError('firmware', file, 'a truncated or malformed ELF file');
    if (elf.machine !== board.elfMachine) {
      throw inputError(
        'firmware',
        file,
        `${describeElf(elf)} cannot run on ${board.id}, which needs an ${machineName(board.elfMachine)} ELF`,
      );
    }
    if (elf.type !== 2) throw inputError('firmware', file, `an ELF of type ${elf.type}, not an executable (link it into an image first)`);
    const segments = elf.segments.map((s) => ({ address: s.address, data: bytes.subarray(s.offset, s.offset + s.fileSize) }));
    return { format: 'elf', description: describeElf(elf), segments };
  }
  if (isUf2(bytes)) return { format: 'uf2', description: 'UF2', segments: readUf2(bytes, file) };
  const text = Buffer.from(bytes.subarray(0, 1)).toString('latin1');
  if (text === ':')
    return { format: 'ihex', description: 'Intel hex', segments: readIntelHex(Buffer.from(bytes).toString('latin1'), file) };
  return { format: 'bin', description: 'raw binary', segments: [{ address: board.loadAddress, data: bytes }] };
}

function isUf2(bytes: Uint8Array): boolean {
  if (bytes.length < 512) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return view.getUint32(0, true) === UF2_MAGIC_START0 && view.getUint32(4, true) === UF2_MAGIC_START1;
}

/** UF2: 512-byte blocks, each carrying up to 476 bytes for a target address; blocks not meant for flash are skipped. */
export function readUf2(bytes: Uint8Array, file: string): FirmwareImage['segments'] {
  if (bytes.length % 512 !== 0)
    throw inputError('firmware', file, `a UF2 file must be whole 512-byte blocks (it has ${bytes.length} bytes)`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const pieces: FirmwareImage['segments'] = [];
  for (let at = 0; at < bytes.length; at += 512) {
    const block = at / 512;
    if (
      view.getUint32(at, true) !== UF2_MAGIC_START0 ||
      view.getUint32(at + 4, true) !== UF2_MAGIC_START1 ||
      view.getUint32(at + 508, true) !== UF2_MAGIC_END
    ) {
      throw inputError('firmware', file, `UF2 block ${block} has bad magic numbers`);
    }
    const flags = view.getUint32(at + 8, true);
    const size = view.getUint32(at + 16, true);
    if (flags & UF2_NOT_MAIN_FLASH) continue;
    if (size > 476) throw inputError('firmware', file, `UF2 block ${block} claims ${size} payload bytes (at most 476)`);
    pieces.push({ address: view.getUint32(at + 12, true), data: bytes.subarray(at + 32, at + 32 + size) });
  }
  return merge(pieces);
}

/** Intel hex records 00 (data), 01 (end), 02 / 04 (segment / linear base), 03 / 05 (start address, ignored). */
export function readIntelHex(text: string, file: string): FirmwareImage['segments'] {
  const pieces: FirmwareImage['segments'] = [];
  let base = 0;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === '') continue;
    const where = `line ${i + 1}`;
    if (!/^:([0-9A-Fa-f]{2})+$/.test(line)) throw inputError('firmware', file, `not Intel hex at ${where}`);
    const record = Buffer.from(line.slice(1), 'hex');
    const count = record[0] as number;
    if (record.length !== count + 5) throw inputError('firmware', file, `Intel hex record length is wrong at ${where}`);
    const sum = record.reduce((a, b) => (a + b) & 0xff, 0);
    if (sum !== 0) throw inputError('firmware', file, `Intel hex checksum is wrong at ${where}`);
    const offset = record.readUInt16BE(1);
    const type = record[3];
    const data = record.subarray(4, 4 + count);
    if (type === 0) pieces.push({ address: base + offset, data: new Uint8Array(data) });
    else if (type === 1) break;
    else if (type === 2) base = data.readUInt16BE(0) * 16;
    else if (type === 4) base = data.readUInt16BE(0) * 0x10000;
  }
  if (pieces.length === 0) throw inputError('firmware', file, 'the Intel hex file has no data records');
  return merge(pieces);
}

/** Join adjacent pieces into contiguous segments (a hex file has 16-byte records, UF2 256-byte blocks). */
function merge(pieces: FirmwareImage['segments']): FirmwareImage['segments'] {
  const sorted = [...pieces].sort((a, b) => a.address - b.address);
  const out: { address: number; parts: Uint8Array[]; end: number }[] = [];
  for (const piece of sorted) {
    const last = out.at(-1);
    if (last && last.end === piece.address) {
      last.parts.push(piece.data);
      last.end += piece.data.length;
    } else {
      out.push({ address: piece.address, parts: [piece.data], end: piece.address + piece.data.length });
    }
  }
  return out.map((s) => ({ address: s.address, data: Buffer.concat(s.parts) }));
}
