import { inputError } from '@archway/kit';
import type { BareMetalLibc, BareMetalTarget, LinuxTarget, Target } from './targets.ts';

export type RunnerMode = 'auto' | 'qemu-user' | 'native' | 'none';
export type LibcChoice = 'auto' | BareMetalLibc;

export interface Runner {
  /** qemu-user: through qemu with the sysroot; native: the binary runs as is; none: it is not run. */
  kind: 'qemu-user' | 'native' | 'none';
  /** The command to put before the binary (empty for native and none). */
  command: string[];
}

/** Everything decided for one target before anything is installed. */
export interface Toolchain {
  target: Target;
  cc: string;
  cxx: string;
  ar: string;
  ranlib: string;
  strip: string;
  /** Where the target's headers and libraries live. */
  sysroot: string;
  libc: 'glibc' | BareMetalLibc;
  /** Flags every compile needs (bare metal: CPU and ABI). */
  cflags: string[];
  /** Flags every link needs (bare metal: the C library's specs). */
  ldflags: string[];
  /** Debian packages of the toolchain itself. */
  packages: string[];
  runner: Runner;
  /** Directories pkg-config should search for the target's libraries (Linux targets). */
  pkgConfigLibdir: string[];
}

export interface PlanOptions {
  hostArch: string;
  runner: RunnerMode;
  libc: LibcChoice;
  /** QEMU_CPU from the environment: when set, qemu takes the CPU from it instead of our -cpu. */
  qemuCpuOverride?: string;
}

export function planToolchain(target: Target, options: PlanOptions): Toolchain {
  return target.kind === 'linux' ? planLinux(target, options) : planBareMetal(target, options);
}

/** Debian's name for a GNU triple in package names: x86_64-linux-gnu -> x86-64-linux-gnu. */
function packageTriple(gnu: string): string {
  return gnu.replace(/_/g, '-');
}

function tools(prefix: string): Pick<Toolchain, 'cc' | 'cxx' | 'ar' | 'ranlib' | 'strip'> {
  return { cc: `${prefix}-gcc`, cxx: `${prefix}-g++`, ar: `${prefix}-ar`, ranlib: `${prefix}-ranlib`, strip: `${prefix}-strip` };
}

function planLinux(target: LinuxTarget, options: PlanOptions): Toolchain {
  const native = target.debianArch === options.hostArch;
  const sysroot = native ? '/' : `/usr/${target.gnu}`;
  const packages = native
    ? ['gcc', 'g++', 'libc6-dev']
    : [`gcc-${packageTriple(target.gnu)}`, `g++-${packageTriple(target.gnu)}`, `libc6-dev-${target.debianArch}-cross`];
  return {
    target,
    ...tools(target.gnu),
    sysroot,
    libc: 'glibc',
    cflags: [],
    ldflags: [],
    packages,
    runner: linuxRunner(target, native, sysroot, options),
    pkgConfigLibdir: [`/usr/lib/${target.gnu}/pkgconfig`, '/usr/share/pkgconfig'],
  };
}

function linuxRunner(target: LinuxTarget, native: boolean, sysroot: string, options: PlanOptions): Runner {
  const kind = options.runner === 'auto' ? (native ? 'native' : 'qemu-user') : options.runner;
  if (kind !== 'qemu-user') return { kind, command: [] };
  const command = [`qemu-${target.qemu}`];
  if (sysroot !== '/') command.push('-L', sysroot);
  if (target.qemuCpu && !options.qemuCpuOverride) command.push('-cpu', target.qemuCpu);
  return { kind, command };
}

function planBareMetal(target: BareMetalTarget, options: PlanOptions): Toolchain {
  const libc = options.libc === 'auto' ? (target.libcs[0] as BareMetalLibc) : options.libc;
  if (!target.libcs.includes(libc)) {
    throw inputError(
      'bare-metal-libc',
      libc,
      `${target.rust} (${target.gnu}) comes with ${target.libcs.join(' or ')} on Debian and Ubuntu; choose auto or ${target.libcs.join(' or ')}`,
    );
  }
  const libcPackage = libc === 'newlib' ? `libnewlib-${target.gnu}` : `picolibc-${target.gnu}`;
  return {
    target,
    ...tools(target.gnu),
    sysroot: libc === 'newlib' ? `/usr/lib/${target.gnu}` : `/usr/lib/picolibc/${target.gnu}`,
    libc,
    cflags: [...target.flags],
    ldflags: [libc === 'newlib' ? '--specs=nosys.specs' : '--specs=picolibc.specs'],
    packages: [`gcc-${target.gnu}`, libcPackage],
    runner: { kind: 'none', command: [] },
    pkgConfigLibdir: [],
  };
}

/** Foreign Linux targets whose binaries qemu runs: through the runner command, or directly via binfmt. */
export function emulatedToolchains(toolchains: readonly Toolchain[], binfmt: boolean): Toolchain[] {
  return toolchains.filter((t) => t.target.kind === 'linux' && t.sysroot !== '/' && (t.runner.kind === 'qemu-user' || binfmt));
}

/** The toolchains' packages, with qemu-user when anything runs through qemu (and its binfmt rules when asked). */
export function toolchainPackages(toolchains: readonly Toolchain[], binfmt: boolean): string[] {
  const packages = toolchains.flatMap((t) => t.packages);
  const emulated = emulatedToolchains(toolchains, binfmt);
  if (emulated.length > 0 || toolchains.some((t) => t.runner.kind === 'qemu-user')) packages.push('qemu-user');
  if (binfmt && emulated.length > 0) packages.push('qemu-user-binfmt');
  return packages;
}

/**
 * The `packages` input for the targets: a plain name is installed for every Linux target's architecture
 * (libssl-dev -> libssl-dev:arm64); `name:arch` (or `name:native`, for the runner) is taken as written.
 */
export function targetPackages(
  packages: readonly string[],
  toolchains: readonly Toolchain[],
  hostArch: string,
  rawInput: string,
): string[] {
  const archs = [...new Set(toolchains.flatMap((t) => (t.target.kind === 'linux' ? [t.target.debianArch] : [])))];
  const result: string[] = [];
  for (const name of packages) {
    if (name.includes(':')) {
      result.push(name);
      continue;
    }
    if (archs.length === 0) {
      throw inputError(
        'packages',
        rawInput,
        `'${name}' would be installed for each Linux target's architecture, but every target is bare metal; write ${name}:native to install it for the runner`,
      );
    }
    for (const arch of archs) result.push(arch === hostArch ? name : `${name}:${arch}`);
  }
  return [...new Set(result)];
}
