import { inputError } from '@archway/kit';
import type { Arch } from './arch.ts';
import type { ExitConvention } from './session-types.ts';

export type ExitDevice = 'none' | 'isa-debug-exit' | 'semihosting' | 'sifive-test';

/**
 * How a guest turns its verdict into qemu's exit status (after rust-osdev bootimage): the device's
 * arguments, the architectures that have it, and the status that means pass unless the user says otherwise.
 */
const devices: Record<Exclude<ExitDevice, 'none'>, { arches: readonly Arch[]; args: readonly string[]; success: number; note: string }> = {
  // The guest writes v to port 0xf4 and qemu exits with (v << 1) | 1; bootimage's convention is v = 0x10.
  'isa-debug-exit': {
    arches: ['x86_64', 'i386'],
    args: ['-device', 'isa-debug-exit,iobase=0xf4,iosize=0x04'],
    success: 33,
    note: 'x86 only',
  },
  // SYS_EXIT with ADP_Stopped_ApplicationExit and subcode 0.
  semihosting: { arches: ['aarch64', 'arm'], args: ['-semihosting-config', 'enable=on,target=native'], success: 0, note: 'Arm only' },
  // The finisher on riscv virt is always there: 0x5555 passes (status 0), (code << 16) | 0x3333 fails.
  'sifive-test': { arches: ['riscv64'], args: [], success: 0, note: 'riscv64 virt only' },
};

export function exitConvention(
  device: ExitDevice,
  arch: Arch,
  successCode: number | undefined,
): { convention?: ExitConvention; args: readonly string[] } {
  if (device === 'none') {
    if (successCode !== undefined)
      throw inputError('success-exit-code', String(successCode), 'only applies with an exit-device; set exit-device or leave it empty');
    return { args: [] };
  }
  const spec = devices[device];
  if (!spec.arches.includes(arch)) throw inputError('exit-device', device, `not available for arch ${arch} (${spec.note})`);
  return { convention: { device, successCode: successCode ?? spec.success }, args: spec.args };
}
