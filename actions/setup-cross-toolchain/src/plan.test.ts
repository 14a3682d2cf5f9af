import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigurationError } from '@archway/kit';
import { emulatedToolchains, type PlanOptions, planToolchain, targetPackages, toolchainPackages } from './plan.ts';
import { resolveTarget } from './resolve.ts';

const AMD64: PlanOptions = { hostArch: 'amd64', runner: 'auto', libc: 'auto' };
const plan = (name: string, options: Partial<PlanOptions> = {}) => planToolchain(resolveTarget(name), { ...AMD64, ...options });

describe('toolchain plan', () => {
  it('uses Debian cross packages and a qemu runner with the sysroot for a foreign Linux target', () => {
    const t = plan('aarch64');
    assert.deepEqual(t.packages, ['gcc-aarch64-linux-gnu', 'g++-aarch64-linux-gnu', 'libc6-dev-arm64-cross']);
    assert.equal(t.cc, 'aarch64-linux-gnu-gcc');
    assert.equal(t.cxx, 'aarch64-linux-gnu-g++');
    assert.equal(t.sysroot, '/usr/aarch64-linux-gnu');
    assert.deepEqual(t.runner, { kind: 'qemu-user', command: ['qemu-aarch64', '-L', '/usr/aarch64-linux-gnu', '-cpu', 'max'] });
    assert.deepEqual(t.pkgConfigLibdir, ['/usr/lib/aarch64-linux-gnu/pkgconfig', '/usr/share/pkgconfig']);
  });

  it("uses the runner's own compilers and runs natively for the runner's architecture", () => {
    const t = plan('x86_64');
    assert.deepEqual(t.packages, ['gcc', 'g++', 'libc6-dev']);
    assert.equal(t.sysroot, '/');
    assert.deepEqual(t.runner, { kind: 'native', command: [] });
    const onArm = plan('x86_64', { hostArch: 'arm64' });
    assert.deepEqual(onArm.packages, ['gcc-x86-64-linux-gnu', 'g++-x86-64-linux-gnu', 'libc6-dev-amd64-cross']);
    assert.equal(onArm.runner.kind, 'qemu-user');
  });

  it('follows the runner input', () => {
    assert.deepEqual(plan('x86_64', { runner: 'qemu-user' }).runner, { kind: 'qemu-user', command: ['qemu-x86_64'] });
    assert.deepEqual(plan('riscv64', { runner: 'native' }).runner, { kind: 'native', command: [] });
    assert.deepEqual(plan('riscv64', { runner: 'none' }).runner, { kind: 'none', command: [] });
  });

  it('installs qemu-user only when something runs through qemu, and its binfmt rules when asked', () => {
    assert.ok(!toolchainPackages([plan('riscv64', { runner: 'none' })], false).includes('qemu-user'));
    assert.ok(!toolchainPackages([plan('x86_64')], true).includes('qemu-user'));
    assert.deepEqual(toolchainPackages([plan('riscv64')], false).slice(-1), ['qemu-user']);
    assert.deepEqual(toolchainPackages([plan('riscv64', { runner: 'native' })], true).slice(-2), ['qemu-user', 'qemu-user-binfmt']);
    assert.deepEqual(toolchainPackages([plan('x86_64', { runner: 'qemu-user' })], false).slice(-1), ['qemu-user']);
    assert.deepEqual(
      emulatedToolchains([plan('aarch64'), plan('x86_64'), plan('riscv64', { runner: 'native' })], false).map((t) => t.target.rust),
      ['aarch64-unknown-linux-gnu'],
    );
  });

  it("leaves the CPU to the job's QEMU_CPU when it sets one", () => {
    assert.deepEqual(plan('aarch64', { qemuCpuOverride: 'cortex-a72' }).runner.command, ['qemu-aarch64', '-L', '/usr/aarch64-linux-gnu']);
  });

  it('gives bare-metal targets their CPU flags, C library and no runner', () => {
    const t = plan('thumbv7em-none-eabihf', { runner: 'qemu-user' });
    assert.deepEqual(t.packages, ['gcc-arm-none-eabi', 'libnewlib-arm-none-eabi']);
    assert.deepEqual(t.cflags, ['-mcpu=cortex-m4', '-mthumb', '-mfloat-abi=hard', '-mfpu=fpv4-sp-d16']);
    assert.deepEqual(t.ldflags, ['--specs=nosys.specs']);
    assert.equal(t.runner.kind, 'none');
    const pico = plan('thumbv6m-none-eabi', { libc: 'picolibc' });
    assert.deepEqual(pico.packages, ['gcc-arm-none-eabi', 'picolibc-arm-none-eabi']);
    assert.deepEqual(pico.ldflags, ['--specs=picolibc.specs']);
    const riscv = plan('riscv32imac-unknown-none-elf');
    assert.deepEqual(riscv.packages, ['gcc-riscv64-unknown-elf', 'picolibc-riscv64-unknown-elf']);
    assert.deepEqual(riscv.cflags, ['-march=rv32imac', '-mabi=ilp32']);
  });

  it('refuses a C library Debian does not package for the target', () => {
    assert.throws(
      () => plan('riscv32imac-unknown-none-elf', { libc: 'newlib' }),
      (e: Error) => e instanceof ConfigurationError && /^Input 'bare-metal-libc' has 'newlib': .*picolibc/.test(e.message),
    );
  });
});

describe('packages input', () => {
  const toolchains = [plan('aarch64'), plan('armv7'), plan('x86_64'), plan('thumbv7em-none-eabihf')];

  it("installs a plain name for every Linux target's architecture, the runner's own without a suffix", () => {
    assert.deepEqual(targetPackages(['libssl-dev'], toolchains, 'amd64', 'libssl-dev'), [
      'libssl-dev:arm64',
      'libssl-dev:armhf',
      'libssl-dev',
    ]);
  });

  it('takes name:arch as written', () => {
    assert.deepEqual(targetPackages(['zlib1g-dev:riscv64', 'libstdc++-arm-none-eabi-newlib:native'], toolchains, 'amd64', ''), [
      'zlib1g-dev:riscv64',
      'libstdc++-arm-none-eabi-newlib:native',
    ]);
  });

  it('refuses a plain name when every target is bare metal', () => {
    assert.throws(
      () => targetPackages(['libssl-dev'], [plan('thumbv7em-none-eabihf')], 'amd64', 'libssl-dev'),
      (e: Error) => e instanceof ConfigurationError && /^Input 'packages' has 'libssl-dev': .*libssl-dev:native/.test(e.message),
    );
  });
});
