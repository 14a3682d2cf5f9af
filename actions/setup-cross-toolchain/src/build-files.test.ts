import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cmakeToolchain, mesonCross } from './build-files.ts';
import { type PlanOptions, planToolchain } from './plan.ts';
import { resolveTarget } from './resolve.ts';

const AMD64: PlanOptions = { hostArch: 'amd64', runner: 'auto', libc: 'auto' };
const plan = (name: string) => planToolchain(resolveTarget(name), AMD64);

describe('CMake toolchain file', () => {
  it('names the compilers, the emulator for try_run/ctest and the multiarch search paths', () => {
    const text = cmakeToolchain(plan('riscv64'));
    assert.match(text, /^set\(CMAKE_SYSTEM_NAME Linux\)$/m);
    assert.match(text, /^set\(CMAKE_SYSTEM_PROCESSOR riscv64\)$/m);
    assert.match(text, /^set\(CMAKE_C_COMPILER "riscv64-linux-gnu-gcc"\)$/m);
    assert.match(text, /^set\(CMAKE_CXX_COMPILER "riscv64-linux-gnu-g\+\+"\)$/m);
    assert.match(text, /^set\(CMAKE_CROSSCOMPILING_EMULATOR "qemu-riscv64;-L;\/usr\/riscv64-linux-gnu"\)$/m);
    assert.match(text, /^set\(CMAKE_LIBRARY_ARCHITECTURE riscv64-linux-gnu\)$/m);
    assert.match(text, /^set\(CMAKE_FIND_ROOT_PATH "\/usr\/riscv64-linux-gnu;\/"\)$/m);
    assert.match(text, /^set\(ENV\{PKG_CONFIG_LIBDIR\} "\/usr\/lib\/riscv64-linux-gnu\/pkgconfig:\/usr\/share\/pkgconfig"\)$/m);
  });

  it('gives bare-metal targets flags, link specs and library try-compiles', () => {
    const text = cmakeToolchain(plan('thumbv7em-none-eabihf'));
    assert.match(text, /^set\(CMAKE_SYSTEM_NAME Generic\)$/m);
    assert.match(text, /^set\(CMAKE_C_FLAGS_INIT "-mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16"\)$/m);
    assert.match(text, /^set\(CMAKE_EXE_LINKER_FLAGS_INIT "--specs=nosys.specs"\)$/m);
    assert.match(text, /^set\(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY\)$/m);
    assert.doesNotMatch(text, /EMULATOR/);
  });

  it('escapes what CMake would interpret', () => {
    const t = { ...plan('aarch64'), cc: 'my "cc";$x' };
    assert.match(cmakeToolchain(t), /^set\(CMAKE_C_COMPILER "my \\"cc\\"\\;\\\$x"\)$/m);
  });
});

describe('Meson cross file', () => {
  it('describes the host machine and runs tests through qemu', () => {
    const text = mesonCross(plan('armv7'));
    assert.match(text, /^c = 'arm-linux-gnueabihf-gcc'$/m);
    assert.match(text, /^cpp = 'arm-linux-gnueabihf-g\+\+'$/m);
    assert.match(text, /^exe_wrapper = \['qemu-arm', '-L', '\/usr\/arm-linux-gnueabihf'\]$/m);
    assert.match(text, /^\[host_machine\]\nsystem = 'linux'\ncpu_family = 'arm'\ncpu = 'armv7'\nendian = 'little'$/m);
    assert.match(text, /^pkg_config_libdir = \['\/usr\/lib\/arm-linux-gnueabihf\/pkgconfig', '\/usr\/share\/pkgconfig'\]$/m);
  });

  it('says big-endian targets are big-endian and bare metal has no OS', () => {
    assert.match(mesonCross(plan('s390x')), /^endian = 'big'$/m);
    const bare = mesonCross(plan('riscv32imac-unknown-none-elf'));
    assert.match(bare, /^system = 'none'$/m);
    assert.match(bare, /^c_args = \['-march=rv32imac', '-mabi=ilp32'\]$/m);
    assert.match(bare, /^c_link_args = \['-march=rv32imac', '-mabi=ilp32', '--specs=picolibc.specs'\]$/m);
  });

  it('needs an exe wrapper when binaries cannot run', () => {
    const t = planToolchain(resolveTarget('aarch64'), { ...AMD64, runner: 'none' });
    assert.match(mesonCross(t), /^needs_exe_wrapper = true$/m);
  });
});
