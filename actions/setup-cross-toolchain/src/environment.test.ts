import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sharedEnvironment, targetEnvironment } from './environment.ts';
import { type PlanOptions, planToolchain } from './plan.ts';
import { resolveTarget } from './resolve.ts';

const AMD64: PlanOptions = { hostArch: 'amd64', runner: 'auto', libc: 'auto' };
const plan = (name: string) => planToolchain(resolveTarget(name), AMD64);

describe('environment', () => {
  it('gives a foreign Linux target its compilers, cargo linker and runner, and pkg-config dirs', () => {
    assert.deepEqual(targetEnvironment(plan('armv7')), {
      CC_armv7_unknown_linux_gnueabihf: 'arm-linux-gnueabihf-gcc',
      CXX_armv7_unknown_linux_gnueabihf: 'arm-linux-gnueabihf-g++',
      AR_armv7_unknown_linux_gnueabihf: 'arm-linux-gnueabihf-ar',
      RANLIB_armv7_unknown_linux_gnueabihf: 'arm-linux-gnueabihf-ranlib',
      CARGO_TARGET_ARMV7_UNKNOWN_LINUX_GNUEABIHF_LINKER: 'arm-linux-gnueabihf-gcc',
      CARGO_TARGET_ARMV7_UNKNOWN_LINUX_GNUEABIHF_RUNNER: 'qemu-arm -L /usr/arm-linux-gnueabihf',
      PKG_CONFIG_PATH_armv7_unknown_linux_gnueabihf: '/usr/lib/arm-linux-gnueabihf/pkgconfig',
      PKG_CONFIG_LIBDIR_armv7_unknown_linux_gnueabihf: '/usr/lib/arm-linux-gnueabihf/pkgconfig:/usr/share/pkgconfig',
      PKG_CONFIG_SYSROOT_DIR_armv7_unknown_linux_gnueabihf: '/',
    });
  });

  it("leaves cargo's linker alone for bare metal (rust-lld links it) but gives cc-rs the compilers", () => {
    const env = targetEnvironment(plan('thumbv7em-none-eabihf'));
    assert.equal(env.CC_thumbv7em_none_eabihf, 'arm-none-eabi-gcc');
    assert.ok(!Object.keys(env).some((k) => k.startsWith('CARGO_')));
  });

  it('sets QEMU_LD_PREFIX only when one target runs through qemu', () => {
    assert.deepEqual(sharedEnvironment([plan('aarch64'), plan('x86_64')]), { QEMU_LD_PREFIX: '/usr/aarch64-linux-gnu' });
    assert.deepEqual(sharedEnvironment([plan('aarch64'), plan('riscv64')]), {});
  });
});
