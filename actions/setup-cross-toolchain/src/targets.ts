/** ELF header facts a binary built for the target must show. */
export interface ElfIdentity {
  /** e_machine (EM_AARCH64 = 183, EM_RISCV = 243, ...). */
  machine: number;
  bits: 32 | 64;
  endian: 'little' | 'big';
}

interface Common {
  /** The Rust target triple: the canonical name everywhere (outputs, environment variable names). */
  rust: string;
  /** Prefix of the GNU tools: aarch64-linux-gnu-gcc, arm-none-eabi-gcc. */
  gnu: string;
  /** Other spellings users type: GNU triples, Debian architectures, short names. */
  aliases: readonly string[];
  elf: ElfIdentity;
  meson: { cpuFamily: string; cpu: string };
  /** CMAKE_SYSTEM_PROCESSOR, as `uname -m` prints it on such a machine. */
  cmakeProcessor: string;
}

export interface LinuxTarget extends Common {
  kind: 'linux';
  /** Debian architecture: names the cross libc package and multiarch packages (`libssl-dev:arm64`). */
  debianArch: string;
  /** qemu-user binary: qemu-<qemu>. */
  qemu: string;
  /** A qemu CPU model that runs everything compilers may emit for the target (users override with QEMU_CPU). */
  qemuCpu?: string;
  /** The kernel's ARCH= for this target (for kernel builds with CROSS_COMPILE). */
  linuxArch: string;
}

export type BareMetalLibc = 'newlib' | 'picolibc';

export interface BareMetalTarget extends Common {
  kind: 'bare-metal';
  /** Compiler flags selecting the CPU and ABI (and so the matching multilib). */
  flags: readonly string[];
  /** C libraries Debian packages for this toolchain; the first is the default. */
  libcs: readonly BareMetalLibc[];
}

export type Target = LinuxTarget | BareMetalTarget;

const LE = 'little' as const;
const BE = 'big' as const;

function linux(t: Omit<LinuxTarget, 'kind'>): LinuxTarget {
  return { kind: 'linux', ...t };
}

const ARM_EABI: ElfIdentity = { machine: 40, bits: 32, endian: LE };

function cortexM(rust: string, cpu: string, flags: string[], aliases: string[]): BareMetalTarget {
  return {
    kind: 'bare-metal',
    rust,
    gnu: 'arm-none-eabi',
    aliases,
    elf: ARM_EABI,
    meson: { cpuFamily: 'arm', cpu },
    cmakeProcessor: 'arm',
    flags: [`-mcpu=${cpu}`, '-mthumb', ...flags],
    libcs: ['newlib', 'picolibc'],
  };
}

function riscvElf(rust: string, march: string, mabi: string, aliases: string[]): BareMetalTarget {
  const bits = march.startsWith('rv64') ? 64 : 32;
  return {
    kind: 'bare-metal',
    rust,
    gnu: 'riscv64-unknown-elf',
    aliases,
    elf: { machine: 243, bits, endian: LE },
    meson: { cpuFamily: `riscv${bits}`, cpu: march },
    cmakeProcessor: `riscv${bits}`,
    flags: [`-march=${march}`, `-mabi=${mabi}`, ...(bits === 64 ? ['-mcmodel=medany'] : [])],
    libcs: ['picolibc'],
  };
}

/** Every target this action sets up, with what Debian's cross packages call it. */
export const TARGETS: readonly Target[] = [
  linux({
    rust: 'x86_64-unknown-linux-gnu',
    gnu: 'x86_64-linux-gnu',
    aliases: ['x86_64', 'x86-64', 'amd64', 'x64'],
    debianArch: 'amd64',
    qemu: 'x86_64',
    linuxArch: 'x86_64',
    elf: { machine: 62, bits: 64, endian: LE },
    meson: { cpuFamily: 'x86_64', cpu: 'x86_64' },
    cmakeProcessor: 'x86_64',
  }),
  linux({
    rust: 'i686-unknown-linux-gnu',
    gnu: 'i686-linux-gnu',
    aliases: ['i686', 'i386', 'x86'],
    debianArch: 'i386',
    qemu: 'i386',
    linuxArch: 'i386',
    elf: { machine: 3, bits: 32, endian: LE },
    meson: { cpuFamily: 'x86', cpu: 'i686' },
    cmakeProcessor: 'i686',
  }),
  linux({
    rust: 'aarch64-unknown-linux-gnu',
    gnu: 'aarch64-linux-gnu',
    aliases: ['aarch64', 'arm64', 'aarch64-none-linux-gnu'],
    debianArch: 'arm64',
    qemu: 'aarch64',
    qemuCpu: 'max',
    linuxArch: 'arm64',
    elf: { machine: 183, bits: 64, endian: LE },
    meson: { cpuFamily: 'aarch64', cpu: 'aarch64' },
    cmakeProcessor: 'aarch64',
  }),
  linux({
    rust: 'armv7-unknown-linux-gnueabihf',
    gnu: 'arm-linux-gnueabihf',
    aliases: ['armv7', 'armhf', 'armv7l', 'armv7-linux-gnueabihf'],
    debianArch: 'armhf',
    qemu: 'arm',
    linuxArch: 'arm',
    elf: ARM_EABI,
    meson: { cpuFamily: 'arm', cpu: 'armv7' },
    cmakeProcessor: 'armv7l',
  }),
  linux({
    rust: 'arm-unknown-linux-gnueabi',
    gnu: 'arm-linux-gnueabi',
    aliases: ['armel'],
    debianArch: 'armel',
    qemu: 'arm',
    linuxArch: 'arm',
    elf: ARM_EABI,
    meson: { cpuFamily: 'arm', cpu: 'armv5te' },
    cmakeProcessor: 'armv5tel',
  }),
  linux({
    rust: 'riscv64gc-unknown-linux-gnu',
    gnu: 'riscv64-linux-gnu',
    aliases: ['riscv64', 'riscv64gc', 'rv64gc'],
    debianArch: 'riscv64',
    qemu: 'riscv64',
    linuxArch: 'riscv',
    elf: { machine: 243, bits: 64, endian: LE },
    meson: { cpuFamily: 'riscv64', cpu: 'riscv64' },
    cmakeProcessor: 'riscv64',
  }),
  linux({
    rust: 's390x-unknown-linux-gnu',
    gnu: 's390x-linux-gnu',
    aliases: ['s390x'],
    debianArch: 's390x',
    qemu: 's390x',
    linuxArch: 's390',
    elf: { machine: 22, bits: 64, endian: BE },
    meson: { cpuFamily: 's390x', cpu: 's390x' },
    cmakeProcessor: 's390x',
  }),
  linux({
    rust: 'powerpc64le-unknown-linux-gnu',
    gnu: 'powerpc64le-linux-gnu',
    aliases: ['ppc64le', 'ppc64el', 'powerpc64le'],
    debianArch: 'ppc64el',
    qemu: 'ppc64le',
    qemuCpu: 'power10',
    linuxArch: 'powerpc',
    elf: { machine: 21, bits: 64, endian: LE },
    meson: { cpuFamily: 'ppc64', cpu: 'ppc64le' },
    cmakeProcessor: 'ppc64le',
  }),
  linux({
    rust: 'powerpc64-unknown-linux-gnu',
    gnu: 'powerpc64-linux-gnu',
    aliases: ['ppc64', 'powerpc64'],
    debianArch: 'ppc64',
    qemu: 'ppc64',
    qemuCpu: 'power10',
    linuxArch: 'powerpc',
    elf: { machine: 21, bits: 64, endian: BE },
    meson: { cpuFamily: 'ppc64', cpu: 'ppc64' },
    cmakeProcessor: 'ppc64',
  }),
  linux({
    rust: 'powerpc-unknown-linux-gnu',
    gnu: 'powerpc-linux-gnu',
    aliases: ['powerpc', 'ppc'],
    debianArch: 'powerpc',
    qemu: 'ppc',
    linuxArch: 'powerpc',
    elf: { machine: 20, bits: 32, endian: BE },
    meson: { cpuFamily: 'ppc', cpu: 'ppc' },
    cmakeProcessor: 'ppc',
  }),
  linux({
    rust: 'mips64el-unknown-linux-gnuabi64',
    gnu: 'mips64el-linux-gnuabi64',
    aliases: ['mips64el'],
    debianArch: 'mips64el',
    qemu: 'mips64el',
    linuxArch: 'mips',
    elf: { machine: 8, bits: 64, endian: LE },
    meson: { cpuFamily: 'mips64', cpu: 'mips64el' },
    cmakeProcessor: 'mips64',
  }),
  linux({
    rust: 'mipsel-unknown-linux-gnu',
    gnu: 'mipsel-linux-gnu',
    aliases: ['mipsel'],
    debianArch: 'mipsel',
    qemu: 'mipsel',
    linuxArch: 'mips',
    elf: { machine: 8, bits: 32, endian: LE },
    meson: { cpuFamily: 'mips', cpu: 'mipsel' },
    cmakeProcessor: 'mips',
  }),
  linux({
    rust: 'mips-unknown-linux-gnu',
    gnu: 'mips-linux-gnu',
    aliases: ['mips'],
    debianArch: 'mips',
    qemu: 'mips',
    linuxArch: 'mips',
    elf: { machine: 8, bits: 32, endian: BE },
    meson: { cpuFamily: 'mips', cpu: 'mips' },
    cmakeProcessor: 'mips',
  }),
  linux({
    rust: 'sparc64-unknown-linux-gnu',
    gnu: 'sparc64-linux-gnu',
    aliases: ['sparc64'],
    debianArch: 'sparc64',
    qemu: 'sparc64',
    linuxArch: 'sparc',
    elf: { machine: 43, bits: 64, endian: BE },
    meson: { cpuFamily: 'sparc64', cpu: 'sparc64' },
    cmakeProcessor: 'sparc64',
  }),
  linux({
    rust: 'm68k-unknown-linux-gnu',
    gnu: 'm68k-linux-gnu',
    aliases: ['m68k'],
    debianArch: 'm68k',
    qemu: 'm68k',
    linuxArch: 'm68k',
    elf: { machine: 4, bits: 32, endian: BE },
    meson: { cpuFamily: 'm68k', cpu: 'm68k' },
    cmakeProcessor: 'm68k',
  }),
  cortexM('thumbv6m-none-eabi', 'cortex-m0plus', ['-mfloat-abi=soft'], ['cortex-m0', 'cortex-m0plus', 'cortex-m0+']),
  cortexM('thumbv7m-none-eabi', 'cortex-m3', ['-mfloat-abi=soft'], ['cortex-m3']),
  cortexM('thumbv7em-none-eabi', 'cortex-m4', ['-mfloat-abi=soft'], ['cortex-m4']),
  cortexM('thumbv7em-none-eabihf', 'cortex-m4', ['-mfloat-abi=hard', '-mfpu=fpv4-sp-d16'], ['cortex-m4f']),
  cortexM('thumbv8m.base-none-eabi', 'cortex-m23', ['-mfloat-abi=soft'], ['cortex-m23']),
  cortexM('thumbv8m.main-none-eabi', 'cortex-m33+nofp', ['-mfloat-abi=soft'], []),
  cortexM('thumbv8m.main-none-eabihf', 'cortex-m33', ['-mfloat-abi=hard', '-mfpu=fpv5-sp-d16'], ['cortex-m33']),
  riscvElf('riscv32i-unknown-none-elf', 'rv32i', 'ilp32', ['rv32i']),
  riscvElf('riscv32imc-unknown-none-elf', 'rv32imc', 'ilp32', ['rv32imc']),
  riscvElf('riscv32imac-unknown-none-elf', 'rv32imac', 'ilp32', ['rv32imac']),
  riscvElf('riscv32imafc-unknown-none-elf', 'rv32imafc', 'ilp32f', ['rv32imafc']),
  riscvElf('riscv64imac-unknown-none-elf', 'rv64imac', 'lp64', ['rv64imac']),
  riscvElf('riscv64gc-unknown-none-elf', 'rv64gc', 'lp64d', []),
];

const bareMetal = (gnu: string, bits?: number) =>
  TARGETS.filter((t) => t.kind === 'bare-metal' && t.gnu === gnu && (bits === undefined || t.elf.bits === bits)).map((t) => t.rust);

/** GNU triples shared by several targets: naming one is ambiguous, so the error lists the choices. */
export const AMBIGUOUS: Readonly<Record<string, readonly string[]>> = {
  'arm-none-eabi': bareMetal('arm-none-eabi'),
  'riscv64-unknown-elf': bareMetal('riscv64-unknown-elf'),
  'riscv32-unknown-elf': bareMetal('riscv64-unknown-elf', 32),
};

/** Every name a target answers to, lower-case. */
export function namesOf(target: Target): string[] {
  const names = [target.rust, ...target.aliases];
  if (target.kind === 'linux') names.push(target.gnu, target.debianArch);
  return [...new Set(names.map((n) => n.toLowerCase()))];
}

/** The `t` of CC_<t>: the Rust triple with '-' as '_', the spelling cc-rs and pkg-config-rs read. */
export function envSuffix(target: Target): string {
  return target.rust.replace(/-/g, '_');
}

/** The `T` of CARGO_TARGET_<T>_LINKER: upper case, '-' and '.' as '_' (cargo's rule). */
export function cargoSuffix(target: Target): string {
  return target.rust.replace(/[-.]/g, '_').toUpperCase();
}
