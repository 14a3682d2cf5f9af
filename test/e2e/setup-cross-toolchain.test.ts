import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runProcess } from '@archway/kit/process';
import { repoRoot } from '../build/bundles.ts';
import { type ActionResult, runAction } from '../harness/run-action.ts';
import { useLocalServices } from '../helpers/services.ts';

// The action installs real cross toolchains from the distribution's apt repositories (a few hundred MB
// the first time on a fresh machine; near nothing when a previous run left them installed) and the tests
// build and run real programs with them: directly, through CMake with the generated toolchain file and
// through Meson with the generated cross file.

const ACTION = path.join(repoRoot, 'actions/setup-cross-toolchain');
const INSTALL_TIMEOUT_MS = 15 * 60_000;

interface LinuxCase {
  input: string;
  rust: string;
  /** What `file` says about the machine of a binary built for it. */
  file: RegExp;
}

const LINUX: LinuxCase[] = [
  { input: 'aarch64', rust: 'aarch64-unknown-linux-gnu', file: /ELF 64-bit LSB .*ARM aarch64/ },
  { input: 'riscv64-linux-gnu', rust: 'riscv64gc-unknown-linux-gnu', file: /ELF 64-bit LSB .*UCB RISC-V/ },
  { input: 'armv7-unknown-linux-gnueabihf', rust: 'armv7-unknown-linux-gnueabihf', file: /ELF 32-bit LSB .*ARM, EABI5/ },
];
const BARE_METAL = 'thumbv7em-none-eabihf';

type TargetInfo = {
  cc: string;
  cxx: string;
  cflags: string[];
  runner: string;
  'cmake-toolchain-file': string;
  'meson-cross-file': string;
} & Record<string, unknown>;

function scratch(name: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `archway-cross-${name}-`));
}

/** Run a command that must succeed; the assertion message carries its output. */
async function sh(argv: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  const [command, ...args] = argv as [string, ...string[]];
  const result = await runProcess(command, args, { cwd: options.cwd, env: options.env ?? process.env, timeoutMs: 300_000 });
  assert.equal(result.exitCode, 0, `$ ${argv.join(' ')}\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

async function fileType(file: string): Promise<string> {
  return (await sh(['file', '-b', file])).trim();
}

function targetsOutput(result: ActionResult): Record<string, TargetInfo> {
  return JSON.parse(result.outputs.targets ?? '{}') as Record<string, TargetInfo>;
}

/** Where the runner command of a target lives: CARGO_TARGET_<T>_RUNNER, as cargo reads it. */
function runnerOf(env: Record<string, string>, rust: string): string[] {
  const runner = env[`CARGO_TARGET_${rust.replace(/[-.]/g, '_').toUpperCase()}_RUNNER`];
  assert.ok(runner, `CARGO_TARGET_..._RUNNER for ${rust} in ${Object.keys(env).join(', ')}`);
  return runner.split(' ');
}

function assertCleanFailure(result: ActionResult, message: RegExp): void {
  assert.equal(result.exitCode, 1, result.stdout);
  assert.equal(result.errors.length, 1, `one error, got: ${result.errors.join(' | ')}`);
  assert.match(result.errors[0] ?? '', message);
  assert.doesNotMatch(result.stdout + result.stderr, /Unexpected error|\n\s+at .+:\d+:\d+\)?\n/);
}

const C_PROGRAM = (text: string) => `#include <stdio.h>\nint main(void) { printf("%s\\n", "${text}"); return 0; }\n`;
const CPP_PROGRAM = (text: string) =>
  `#include <iostream>\n#include <string>\nint main() { std::string s = "${text}"; std::cout << s << std::endl; return 0; }\n`;

describe('setup-cross-toolchain: aarch64, riscv64, armv7 and a Cortex-M4F in one step', () => {
  const runnerTemp = scratch('temp');
  let result: ActionResult;
  let env: Record<string, string>;
  let targets: Record<string, TargetInfo>;

  before(async () => {
    result = await runAction(ACTION, {
      inputs: { targets: [...LINUX.map((c) => c.input), BARE_METAL].join(', '), rust: false },
      runnerTemp,
      timeoutMs: INSTALL_TIMEOUT_MS,
    });
    env = result.env;
    targets = targetsOutput(result);
  });
  after(() => rmSync(runnerTemp, { recursive: true, force: true }));

  it('succeeds, verifying every toolchain, and reports each target', () => {
    assert.equal(result.exitCode, 0, result.stdout + result.stderr);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(Object.keys(targets), [...LINUX.map((c) => c.rust), BARE_METAL]);
    for (const [name, info] of Object.entries(targets)) {
      assert.equal(info.verification, 'passed', name);
      assert.match(String((info.versions as { gcc?: string }).gcc), /^\d+\.\d+/, name);
    }
    assert.equal(result.outputs.target, 'aarch64-unknown-linux-gnu');
    assert.equal(result.outputs.cc, 'aarch64-linux-gnu-gcc');
    assert.equal(result.outputs.sysroot, '/usr/aarch64-linux-gnu');
    assert.match(result.outputs.runner ?? '', /^qemu-aarch64 -L \/usr\/aarch64-linux-gnu/);
    for (const c of LINUX) {
      assert.match(result.summary, new RegExp(`\`${c.rust}\`.*✅ C: ELF`));
      assert.match(String((targets[c.rust]?.versions as { qemu?: string } | undefined)?.qemu), /^\d+\.\d+/);
    }
  });

  for (const c of LINUX) {
    it(`${c.rust}: the exported CC and CXX build programs for the target that run under the exported runner`, async () => {
      const suffix = c.rust.replace(/-/g, '_');
      const cc = env[`CC_${suffix}`];
      const cxx = env[`CXX_${suffix}`];
      assert.ok(cc && cxx, `CC_${suffix} and CXX_${suffix} exported`);
      assert.equal(env[`AR_${suffix}`], targets[c.rust]?.ar);
      assert.equal(env[`CARGO_TARGET_${suffix.toUpperCase()}_LINKER`], cc);
      const dir = scratch(c.input);
      writeFileSync(path.join(dir, 'hello.c'), C_PROGRAM(`C on ${c.rust}`));
      writeFileSync(path.join(dir, 'hello.cpp'), CPP_PROGRAM(`C++ on ${c.rust}`));
      await sh([cc, '-o', 'hello-c', 'hello.c'], { cwd: dir });
      await sh([cxx, '-o', 'hello-cpp', 'hello.cpp'], { cwd: dir });
      assert.match(await fileType(path.join(dir, 'hello-c')), c.file);
      assert.match(await fileType(path.join(dir, 'hello-cpp')), c.file);
      const runner = runnerOf(env, c.rust);
      assert.equal((await sh([...runner, path.join(dir, 'hello-c')])).trim(), `C on ${c.rust}`);
      assert.equal((await sh([...runner, path.join(dir, 'hello-cpp')])).trim(), `C++ on ${c.rust}`);
      rmSync(dir, { recursive: true, force: true });
    });

    it(`${c.rust}: a CMake project builds with the toolchain file, and try_run and ctest run through qemu`, async () => {
      const dir = scratch(`cmake-${c.input}`);
      writeFileSync(path.join(dir, 'hello.c'), C_PROGRAM('hello from CMake C'));
      writeFileSync(path.join(dir, 'hello.cpp'), CPP_PROGRAM('hello from CMake C++'));
      writeFileSync(
        path.join(dir, 'CMakeLists.txt'),
        [
          'cmake_minimum_required(VERSION 3.16)',
          'project(hello C CXX)',
          'include(CheckCSourceRuns)',
          'check_c_source_runs("int main(void) { return sizeof(void *) == 0; }" RUNS_ON_TARGET)',
          'if(NOT RUNS_ON_TARGET)',
          '  message(FATAL_ERROR "try_run could not run a target program")',
          'endif()',
          'add_executable(hello_c hello.c)',
          'add_executable(hello_cpp hello.cpp)',
          'enable_testing()',
          'add_test(NAME hello_c COMMAND hello_c)',
          'set_tests_properties(hello_c PROPERTIES PASS_REGULAR_EXPRESSION "hello from CMake C")',
          'add_test(NAME hello_cpp COMMAND hello_cpp)',
          'set_tests_properties(hello_cpp PROPERTIES PASS_REGULAR_EXPRESSION "hello from CMake C\\\\+\\\\+")',
          '',
        ].join('\n'),
      );
      const toolchainFile = targets[c.rust]?.['cmake-toolchain-file'];
      assert.ok(toolchainFile && existsSync(toolchainFile), String(toolchainFile));
      await sh(['cmake', '-S', dir, '-B', path.join(dir, 'build'), '-G', 'Ninja', `-DCMAKE_TOOLCHAIN_FILE=${toolchainFile}`]);
      await sh(['cmake', '--build', path.join(dir, 'build')]);
      assert.match(await fileType(path.join(dir, 'build/hello_c')), c.file);
      assert.match(await fileType(path.join(dir, 'build/hello_cpp')), c.file);
      const ctest = await sh(['ctest', '--test-dir', path.join(dir, 'build'), '--output-on-failure']);
      assert.match(ctest, /100% tests passed, 0 tests failed out of 2/);
      rmSync(dir, { recursive: true, force: true });
    });

    it(`${c.rust}: a Meson project builds with the cross file, and meson test runs through the exe wrapper`, async () => {
      const dir = scratch(`meson-${c.input}`);
      writeFileSync(path.join(dir, 'hello.c'), C_PROGRAM('hello from Meson C'));
      writeFileSync(path.join(dir, 'hello.cpp'), CPP_PROGRAM('hello from Meson C++'));
      writeFileSync(
        path.join(dir, 'meson.build'),
        "project('hello', 'c', 'cpp')\ntest('hello_c', executable('hello_c', 'hello.c'))\ntest('hello_cpp', executable('hello_cpp', 'hello.cpp'))\n",
      );
      const crossFile = targets[c.rust]?.['meson-cross-file'];
      assert.ok(crossFile && existsSync(crossFile), String(crossFile));
      const build = path.join(dir, 'build');
      const setup = await sh(['meson', 'setup', build, dir, '--cross-file', crossFile]);
      assert.match(setup, /Cross compiler for the host machine|Host machine cpu family/);
      await sh(['meson', 'compile', '-C', build]);
      assert.match(await fileType(path.join(build, 'hello_c')), c.file);
      await sh(['meson', 'test', '-C', build]);
      const log = readFileSync(path.join(build, 'meson-logs/testlog.txt'), 'utf8');
      assert.match(log, /hello from Meson C\n/);
      assert.match(log, /hello from Meson C\+\+\n/);
      rmSync(dir, { recursive: true, force: true });
    });
  }

  it(`${BARE_METAL}: the exported CC compiles an object, and CMake builds a firmware image with the toolchain file`, async () => {
    const info = targets[BARE_METAL];
    assert.ok(info);
    const cc = env.CC_thumbv7em_none_eabihf;
    assert.equal(cc, 'arm-none-eabi-gcc');
    assert.deepEqual(info.cflags, ['-mcpu=cortex-m4', '-mthumb', '-mfloat-abi=hard', '-mfpu=fpv4-sp-d16']);
    const dir = scratch('bare');
    writeFileSync(
      path.join(dir, 'blink.c'),
      '#include <stdint.h>\n#include <string.h>\nint main(void) { volatile uint32_t n = strlen("blink"); return (int)n; }\n',
    );
    await sh([cc, ...info.cflags, '-c', 'blink.c', '-o', 'blink.o'], { cwd: dir });
    assert.match(await fileType(path.join(dir, 'blink.o')), /ELF 32-bit LSB relocatable, ARM, EABI5/);
    const elf = await sh(['arm-none-eabi-readelf', '-A', path.join(dir, 'blink.o')]);
    assert.match(elf, /Tag_CPU_name: "Cortex-M4"|Tag_CPU_arch: v7E-M/);
    assert.match(elf, /Tag_ABI_VFP_args: VFP registers/);

    writeFileSync(
      path.join(dir, 'CMakeLists.txt'),
      'cmake_minimum_required(VERSION 3.16)\nproject(blink C)\nadd_executable(blink.elf blink.c)\n',
    );
    await sh(['cmake', '-S', dir, '-B', path.join(dir, 'build'), '-G', 'Ninja', `-DCMAKE_TOOLCHAIN_FILE=${info['cmake-toolchain-file']}`]);
    await sh(['cmake', '--build', path.join(dir, 'build')]);
    assert.match(await fileType(path.join(dir, 'build/blink.elf')), /ELF 32-bit LSB executable, ARM, EABI5/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('a second run in the same job finds everything installed and verified, and installs nothing', async () => {
    const again = await runAction(ACTION, {
      inputs: { targets: [...LINUX.map((c) => c.input), BARE_METAL].join(', '), rust: false },
      runnerTemp,
      timeoutMs: INSTALL_TIMEOUT_MS,
    });
    assert.equal(again.exitCode, 0, again.stdout);
    assert.equal(again.outputs['installed-packages'], '[]');
    assert.equal(again.outputs['downloaded-packages'], '0');
    assert.ok(
      again.log.some((l) => /^All \d+ packages are installed already$/.test(l)),
      again.log.join('\n'),
    );
    assert.ok(!again.log.some((l) => l.startsWith('Reading package lists')), 'apt-get did not run');
    assert.ok(again.log.some((l) => /aarch64-unknown-linux-gnu: C: .*\(verified earlier in this job\)/.test(l)));
    assert.deepEqual(again.env, env, 'the same environment again');
  });
});

describe('setup-cross-toolchain: target libraries through multiarch', () => {
  it('installs zlib1g-dev for arm64; CC links it, the runner runs it, pkg-config and CMake find it', async () => {
    const result = await runAction(ACTION, {
      inputs: { targets: 'aarch64', packages: 'zlib1g-dev', rust: false },
      timeoutMs: INSTALL_TIMEOUT_MS,
    });
    assert.equal(result.exitCode, 0, result.stdout);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's own ${field} format syntax
    assert.equal((await sh(['dpkg-query', '-W', '-f=${db:Status-Status}', 'zlib1g-dev:arm64'])).trim(), 'installed');
    const dir = scratch('zlib');
    writeFileSync(
      path.join(dir, 'z.c'),
      '#include <stdio.h>\n#include <zlib.h>\nint main(void) { printf("zlib %s\\n", zlibVersion()); return 0; }\n',
    );
    await sh([result.env.CC_aarch64_unknown_linux_gnu ?? 'missing-CC', '-o', 'z', 'z.c', '-lz'], { cwd: dir });
    assert.match(await fileType(path.join(dir, 'z')), /ARM aarch64/);
    assert.match(await sh([...runnerOf(result.env, 'aarch64-unknown-linux-gnu'), path.join(dir, 'z')]), /^zlib \d+\.\d+/);

    const pkgConfigEnv = { ...process.env, PKG_CONFIG_LIBDIR: result.env.PKG_CONFIG_LIBDIR_aarch64_unknown_linux_gnu };
    assert.equal((await sh(['pkg-config', '--variable=libdir', 'zlib'], { env: pkgConfigEnv })).trim(), '/usr/lib/aarch64-linux-gnu');

    writeFileSync(
      path.join(dir, 'CMakeLists.txt'),
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a CMake variable reference
      'cmake_minimum_required(VERSION 3.16)\nproject(z C)\nfind_package(ZLIB REQUIRED)\nmessage(STATUS "zlib at ${ZLIB_LIBRARIES}")\nadd_executable(zz z.c)\ntarget_link_libraries(zz ZLIB::ZLIB)\n',
    );
    const configure = await sh([
      'cmake',
      '-S',
      dir,
      '-B',
      path.join(dir, 'build'),
      '-G',
      'Ninja',
      `-DCMAKE_TOOLCHAIN_FILE=${result.outputs['cmake-toolchain-file']}`,
    ]);
    assert.match(configure, /zlib at \/usr\/lib\/aarch64-linux-gnu\/libz\.so/);
    await sh(['cmake', '--build', path.join(dir, 'build')]);
    assert.match(await fileType(path.join(dir, 'build/zz')), /ARM aarch64/);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('setup-cross-toolchain: binfmt', () => {
  it('with runner native and binfmt true, riscv64 binaries run directly', async () => {
    const result = await runAction(ACTION, {
      inputs: { targets: 'riscv64', runner: 'native', binfmt: true, rust: false },
      timeoutMs: INSTALL_TIMEOUT_MS,
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs.runner, '');
    assert.ok(existsSync('/proc/sys/fs/binfmt_misc/qemu-riscv64'), 'qemu-riscv64 registered with binfmt_misc');
    assert.ok(
      result.log.some((l) => /riscv64gc-unknown-linux-gnu: C: ELF 64-bit LSB RISC-V, ran \(native\)/.test(l)),
      result.log.join('\n'),
    );
    const dir = scratch('binfmt');
    writeFileSync(path.join(dir, 'hello.c'), C_PROGRAM('straight from the kernel'));
    await sh([result.env.CC_riscv64gc_unknown_linux_gnu ?? 'missing-CC', '-o', 'hello', 'hello.c'], { cwd: dir });
    assert.equal((await sh([path.join(dir, 'hello')])).trim(), 'straight from the kernel');
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('setup-cross-toolchain: Rust', () => {
  // rustup needs the internet; a stand-in answers `target list` and fails or passes `target add` as
  // rustup does offline or online, and refuses anything else.
  function fakeRustup(addSucceeds: boolean): { dir: string; calls: string } {
    const dir = scratch('rustup');
    const calls = path.join(dir, 'calls');
    const script = `#!/bin/sh
echo "$*" >> '${calls}'
case "$1 $2" in
  "target list") printf 'aarch64-unknown-linux-gnu\\nriscv64gc-unknown-linux-gnu\\nx86_64-unknown-linux-gnu (installed)\\n' ;;
  "target add") ${
    addSucceeds
      ? 'echo "info: installing component rust-std" >&2'
      : 'echo "info: downloading component rust-std" >&2; echo "error: component download failed for rust-std-$3: could not download file: dns error" >&2; exit 1'
  } ;;
  *) echo "unexpected: rustup $*" >&2; exit 2 ;;
esac
`;
    writeFileSync(path.join(dir, 'rustup'), script);
    chmodSync(path.join(dir, 'rustup'), 0o755);
    return { dir, calls };
  }

  const pathWith = (dir: string) => [dir, ...(process.env.PATH ?? '').split(':').filter((d) => d && !d.includes('node_modules'))].join(':');

  it('offline: one warning, the C/C++ setup and the cargo variables stay', async () => {
    const rustup = fakeRustup(false);
    const result = await runAction(ACTION, {
      inputs: { targets: 'x86_64, aarch64' },
      env: { PATH: pathWith(rustup.dir) },
      timeoutMs: INSTALL_TIMEOUT_MS,
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.deepEqual(readFileSync(rustup.calls, 'utf8').trim().split('\n'), ['target list', 'target add aarch64-unknown-linux-gnu']);
    const warnings = result.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(
      warnings[0] ?? '',
      /^Could not add the Rust target\(s\) aarch64-unknown-linux-gnu with rustup \(error: component download failed/,
    );
    assert.match(warnings[0] ?? '', /Add them later with: rustup target add aarch64-unknown-linux-gnu$/);
    const targets = targetsOutput(result);
    assert.equal(targets['aarch64-unknown-linux-gnu']?.rust, 'failed');
    assert.equal(targets['x86_64-unknown-linux-gnu']?.rust, 'installed');
    assert.equal(result.env.CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER, 'aarch64-linux-gnu-gcc');
    assert.equal(targets['aarch64-unknown-linux-gnu']?.verification, 'passed');
  });

  it('online: the targets rustup lacks are added', async () => {
    const rustup = fakeRustup(true);
    const result = await runAction(ACTION, {
      inputs: { targets: 'x86_64, aarch64, riscv64' },
      env: { PATH: pathWith(rustup.dir) },
      timeoutMs: INSTALL_TIMEOUT_MS,
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.deepEqual(readFileSync(rustup.calls, 'utf8').trim().split('\n'), [
      'target list',
      'target add aarch64-unknown-linux-gnu riscv64gc-unknown-linux-gnu',
    ]);
    const targets = targetsOutput(result);
    assert.equal(targets['aarch64-unknown-linux-gnu']?.rust, 'added');
    assert.equal(targets['riscv64gc-unknown-linux-gnu']?.rust, 'added');
    assert.deepEqual(result.annotations, []);
  });
});

describe('setup-cross-toolchain: bad inputs and hosts fail with one clear error', () => {
  it('an unknown target names the closest match and what is supported', async () => {
    const result = await runAction(ACTION, { inputs: { targets: 'aarch64, aarch64-unknown-linux-musl' } });
    assertCleanFailure(
      result,
      /^Input 'targets' has 'aarch64-unknown-linux-musl': unknown target; did you mean aarch64-unknown-linux-gnu\? Supported: x86_64-unknown-linux-gnu, .*riscv64gc-unknown-linux-gnu.*thumbv7em-none-eabihf/,
    );
  });

  it('a malformed list', async () => {
    assertCleanFailure(
      await runAction(ACTION, { inputs: { targets: '[aarch64, riscv64' } }),
      /^Input 'targets' has '\[aarch64, riscv64': '\[aarch64' is not a target name/,
    );
    assertCleanFailure(
      await runAction(ACTION, { inputs: { targets: 'aarch64; riscv64' } }),
      /^Input 'targets' has 'aarch64; riscv64': 'aarch64;' is not a target name/,
    );
    assertCleanFailure(await runAction(ACTION, { inputs: { targets: '' } }), /^Input 'targets' has '': expected at least one target/);
  });

  it('a package name that cannot be one, and a package apt does not have', async () => {
    assertCleanFailure(
      await runAction(ACTION, { inputs: { targets: 'x86_64', packages: 'libssl-dev, --allow-unauthenticated' } }),
      /^Input 'packages' has '--allow-unauthenticated': expected Debian package names/,
    );
    const result = await runAction(ACTION, {
      inputs: { targets: 'aarch64', packages: 'zlib1g-dev archway-no-such-package-3f9', rust: false },
      timeoutMs: INSTALL_TIMEOUT_MS,
    });
    assertCleanFailure(
      result,
      /^Input 'packages' has 'zlib1g-dev archway-no-such-package-3f9': apt on this runner has no archway-no-such-package-3f9:arm64 \(packages are installed for each Linux target's architecture\)/,
    );
  });

  it('a toolchain that does not work fails the step with what the runner said', async () => {
    // A QEMU_CPU the job sets is respected, and qemu refuses a CPU it does not know.
    const result = await runAction(ACTION, {
      inputs: { targets: 'riscv64', rust: false },
      env: { QEMU_CPU: 'no-such-cpu' },
      timeoutMs: INSTALL_TIMEOUT_MS,
    });
    assertCleanFailure(result, /^The toolchain for riscv64gc-unknown-linux-gnu does not work:\n/);
    const error = result.errors[0] ?? '';
    assert.match(error, /^\$ qemu-riscv64 -L \/usr\/riscv64-linux-gnu \/.*\/hello-c$/m);
    assert.match(error, /unable to find CPU model 'no-such-cpu'/);
    assert.match(result.summary, /riscv64gc-unknown-linux-gnu: verification failed/);
    assert.equal(targetsOutput(result)['riscv64gc-unknown-linux-gnu']?.verification, 'failed');
  });

  it('a runner without apt', async () => {
    const result = await runAction(ACTION, { inputs: { targets: 'aarch64' }, env: { PATH: '/nonexistent/bin' } });
    assertCleanFailure(result, /^setup-cross-toolchain needs a Debian or Ubuntu runner: apt-get and dpkg not found on PATH/);
  });
});

/** Installed packages of one cross architecture (its compilers and libraries), not binutils. */
async function crossPackages(arch: string, triple: string): Promise<string[]> {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's own ${field} format syntax
  const format = '-f=${binary:Package} ${db:Status-Status}\\n';
  const result = await runProcess('dpkg-query', ['-W', format, `*${arch}-cross*`, `*${triple}*`]);
  return result.stdout
    .split('\n')
    .map((l) => l.split(' '))
    .filter(([name, status]) => name && status === 'installed' && !name.startsWith('binutils-'))
    .map(([name]) => name as string);
}

describe('setup-cross-toolchain: the package cache', () => {
  const services = useLocalServices();

  it('a cold run installs with apt and caches the installed files; a warm run on a runner without them restores them', async () => {
    // Start from a runner without the aarch64 toolchain, as a fresh job would.
    const removable = await crossPackages('arm64', 'aarch64-linux-gnu');
    if (removable.length > 0) await sh(['dpkg', '--purge', ...removable]);
    assert.deepEqual(await crossPackages('arm64', 'aarch64-linux-gnu'), []);

    const workspace = scratch('cache-ws');
    const runnerTemp = scratch('cache-temp');
    const step = () =>
      runAction(ACTION, {
        inputs: { targets: 'aarch64', rust: false },
        env: services.results.env,
        cwd: workspace,
        runnerTemp,
        timeoutMs: INSTALL_TIMEOUT_MS,
      });

    const cold = await step();
    assert.equal(cold.exitCode, 0, cold.stdout);
    assert.equal(cold.outputs['cache-hit'], 'false');
    assert.ok(Number(cold.outputs['downloaded-packages']) > 5, `downloaded ${cold.outputs['downloaded-packages']}`);
    const entries = services.results.cacheEntries();
    assert.equal(entries.length, 1);
    assert.match(entries[0]?.key ?? '', /^setup-cross-toolchain-v2-debian-\d+-amd64-[0-9a-f]{20}-[0-9a-f]{12}$/);
    assert.ok((entries[0]?.sizeBytes ?? 0) > 10_000_000, `cache entry of ${entries[0]?.sizeBytes} bytes`);
    assert.ok(
      cold.log.some((l) => /^Get:\d+ /.test(l)),
      'the cold run fetched packages',
    );
    assert.deepEqual(
      readdirSync(path.join(runnerTemp, 'setup-cross-toolchain/debs')).filter((f) => f.endsWith('.deb')),
      [],
      'the .debs are cleaned up',
    );
    const installedCold = JSON.parse(cold.outputs['installed-packages'] ?? '[]') as string[];
    assert.ok(installedCold.includes('gcc-aarch64-linux-gnu'));

    // A new job: the toolchain is gone again, and so are the .debs the cold run left in RUNNER_TEMP.
    await sh(['dpkg', '--purge', ...(await crossPackages('arm64', 'aarch64-linux-gnu'))]);
    rmSync(path.join(runnerTemp, 'setup-cross-toolchain'), { recursive: true, force: true });
    const downloadsBefore = services.results.requests.filter((r) => r.operationId === 'blob' && r.method === 'GET').length;

    const warm = await step();
    assert.equal(warm.exitCode, 0, warm.stdout);
    assert.equal(warm.outputs['cache-hit'], 'true');
    assert.equal(warm.outputs['downloaded-packages'], '0');
    assert.deepEqual(JSON.parse(warm.outputs['installed-packages'] ?? '[]'), installedCold);
    assert.ok(
      services.results.requests.filter((r) => r.operationId === 'blob' && r.method === 'GET').length > downloadsBefore,
      'the installed files came from the cache',
    );
    assert.ok(
      warm.log.some((l) => /^Installed \d+ packages from the cache in /.test(l)),
      warm.log.join('\n'),
    );
    assert.deepEqual(warm.annotations, []);
    assert.equal((await runProcess('dpkg', ['--audit'])).stdout, '', 'dpkg sees a consistent database');
    assert.equal(
      (await runProcess('dpkg', ['-V', 'gcc-12-aarch64-linux-gnu', 'libc6-dev-arm64-cross'])).exitCode,
      0,
      'every restored file matches its md5sum',
    );
    // apt prints Get:/Hit:/Ign: for every index or package it fetches: the lists were not even refreshed.
    assert.deepEqual(
      warm.log.filter((l) => /^(Get|Hit|Ign):\d+ /.test(l)),
      [],
      'apt fetched nothing',
    );
    assert.equal(services.results.cacheEntries().length, 1, 'nothing new to save');
    assert.equal(targetsOutput(warm)['aarch64-unknown-linux-gnu']?.verification, 'passed');
    rmSync(workspace, { recursive: true, force: true });
    rmSync(runnerTemp, { recursive: true, force: true });
  });
});
