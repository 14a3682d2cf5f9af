import { constants } from 'node:fs';
import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError, errorMessage, startProcess } from '@archway/kit';
import type { Accel, Preset } from './arch.ts';

/** kvm-probe.S assembled: the code at the start of the image and the jump at the reset vector. */
const PROBE_CODE =
  'fa8cc88ed8660f0116b0000f20c06683c8010f22c066ea1d000f00080066b810008ed88ec08ed0bf0010000031c0b9000c0000f3abc705001000000320' +
  '0000c7050020000003300000c7050030000083000000b8001000000f22d80f20e083c8200f22e0b9800000c00f320d000100000f300f20c00d00000080' +
  '0f22c0ea84000f001800b02ae6f4f4ebfd8db40000900000000000000000ffff0000009acf00ffff00000092cf00ffff0000009aaf001f0090000f';
const PROBE_RESET = 'ea000000f0';
const PROBE_EXIT_STATUS = (0x2a << 1) | 1;
/** A working KVM runs the probe in about 0.1 s; a broken one hangs, and TCG should not wait long for it. */
export const PROBE_TIMEOUT_MS = 2000;

export function probeImage(): Buffer {
  const image = Buffer.alloc(0x10000);
  Buffer.from(PROBE_CODE, 'hex').copy(image, 0);
  Buffer.from(PROBE_RESET, 'hex').copy(image, 0xfff0);
  return image;
}

export interface AccelChoice {
  accel: Accel;
  /** Why KVM was not used, when the user might have expected it. */
  notice?: string;
}

/**
 * auto: KVM only when /dev/kvm is usable and a tiny guest actually runs under it within seconds (on some
 * hosts /dev/kvm exists but guests hang); otherwise TCG. kvm: the same checks, failing when they do.
 */
export async function chooseAccel(
  requested: 'auto' | 'kvm' | 'tcg',
  preset: Preset,
  tempDir: string,
  onStart: (pid: number) => void,
): Promise<AccelChoice> {
  if (requested === 'tcg') return { accel: 'tcg' };
  const refuse = (why: string): AccelChoice => {
    if (requested === 'kvm') throw new ConfigurationError(`Input 'accel' is 'kvm' but ${why}; use accel: auto or tcg`);
    return { accel: 'tcg', notice: `KVM not used: ${why}; running under TCG (emulation)` };
  };
  if (!preset.kvmHosts.includes(process.arch)) {
    if (requested === 'kvm') return refuse(`KVM cannot run ${preset.arch} guests on a ${process.arch} host`);
    return { accel: 'tcg' };
  }
  if (!['x64', 'ia32'].includes(process.arch)) return refuse(`there is no KVM probe for ${process.arch} hosts`);
  try {
    await access('/dev/kvm', constants.R_OK | constants.W_OK);
  } catch (error) {
    return refuse(`/dev/kvm is not usable (${errorMessage(error)})`);
  }
  const failure = await probe(tempDir, onStart);
  return failure ? refuse(failure) : { accel: 'kvm' };
}

/** Undefined when KVM ran the probe guest; otherwise what went wrong. */
async function probe(tempDir: string, onStart: (pid: number) => void): Promise<string | undefined> {
  const image = path.join(tempDir, 'kvm-probe.bin');
  await writeFile(image, probeImage());
  // The x86_64 binary even for i386 guests: the probe checks the host's KVM, in long mode.
  const args = ['-machine', 'pc', '-accel', 'kvm', '-nodefaults', '-display', 'none', '-monitor', 'none', '-serial', 'none'];
  args.push('-bios', image, '-device', 'isa-debug-exit,iobase=0xf4,iosize=0x04');
  const started = performance.now();
  const qemu = startProcess('qemu-system-x86_64', args, { timeoutMs: PROBE_TIMEOUT_MS, killGraceMs: 200 });
  if (qemu.pid !== undefined) onStart(qemu.pid);
  const result = await qemu.exited.catch((error: Error) => error);
  if (result instanceof Error) return `the KVM probe could not start qemu-system-x86_64 (${result.message})`;
  if (result.timedOut) return `a probe guest did not answer under KVM within ${PROBE_TIMEOUT_MS / 1000} s (KVM hangs on this host)`;
  if (result.exitCode === PROBE_EXIT_STATUS) return undefined;
  const said = result.stderr
    .trim()
    .split('\n')
    .filter((l) => !/warning:/i.test(l))[0];
  return `a probe guest failed under KVM after ${Math.round(performance.now() - started)} ms (exit status ${result.exitCode}${said ? `: ${said}` : ''})`;
}
