import { inputError } from '@archway/kit';

export type Arch = 'x86_64' | 'i386' | 'aarch64' | 'arm' | 'riscv64';
export type Accel = 'kvm' | 'tcg';

/**
 * The canonical way to boot each architecture (after ClangBuiltLinux boot-utils): the qemu binary and the
 * Debian package that has it, the machine, the CPU per accelerator, and the serial console the kernel
 * must be told about.
 */
export interface Preset {
  arch: Arch;
  binary: string;
  debianPackage: string;
  machine: string;
  cpu: Record<Accel, string | undefined>;
  console: string;
  /** Host architectures (process.arch) whose KVM can run this guest. */
  kvmHosts: readonly string[];
}

export const presets: Record<Arch, Preset> = {
  x86_64: {
    arch: 'x86_64',
    binary: 'qemu-system-x86_64',
    debianPackage: 'qemu-system-x86',
    machine: 'pc',
    cpu: { kvm: 'host', tcg: 'max' },
    console: 'ttyS0',
    kvmHosts: ['x64'],
  },
  i386: {
    arch: 'i386',
    binary: 'qemu-system-i386',
    debianPackage: 'qemu-system-x86',
    machine: 'pc',
    cpu: { kvm: 'host', tcg: 'max' },
    console: 'ttyS0',
    kvmHosts: ['x64', 'ia32'],
  },
  aarch64: {
    arch: 'aarch64',
    binary: 'qemu-system-aarch64',
    debianPackage: 'qemu-system-arm',
    machine: 'virt',
    // pauth-impdef: the IMPDEF pointer-authentication algorithm, far cheaper to emulate than QARMA.
    cpu: { kvm: 'host', tcg: 'max,pauth-impdef=on' },
    console: 'ttyAMA0',
    kvmHosts: ['arm64'],
  },
  arm: {
    arch: 'arm',
    binary: 'qemu-system-arm',
    debianPackage: 'qemu-system-arm',
    machine: 'virt',
    cpu: { kvm: undefined, tcg: 'cortex-a15' },
    console: 'ttyAMA0',
    kvmHosts: [],
  },
  riscv64: {
    arch: 'riscv64',
    binary: 'qemu-system-riscv64',
    debianPackage: 'qemu-system-misc',
    machine: 'virt',
    cpu: { kvm: 'host', tcg: undefined },
    console: 'ttyS0',
    kvmHosts: ['riscv64'],
  },
};

const aliases: Record<string, Arch> = {
  x86_64: 'x86_64',
  amd64: 'x86_64',
  x64: 'x86_64',
  i386: 'i386',
  i686: 'i386',
  x86: 'i386',
  aarch64: 'aarch64',
  arm64: 'aarch64',
  arm: 'arm',
  armhf: 'arm',
  armv7: 'arm',
  riscv64: 'riscv64',
  riscv: 'riscv64',
};

export function parseArch(raw: string, name: string): Preset {
  const arch = aliases[raw.trim().toLowerCase()];
  if (!arch)
    throw inputError(
      name,
      raw,
      `expected one of ${Object.keys(presets).join(', ')} (or ${Object.keys(aliases)
        .filter((a) => !(a in presets))
        .join(', ')})`,
    );
  return presets[arch];
}
