import type { Toolchain } from './plan.ts';

function cmakeEscape(value: string): string {
  return value.replace(/[\\"$;]/g, (c) => `\\${c}`);
}

/** A quoted CMake argument. */
function cmakeString(value: string): string {
  return `"${cmakeEscape(value)}"`;
}

/** A quoted CMake list: elements joined by ';', each escaped so its own ';' stays inside it. */
function cmakeList(values: readonly string[]): string {
  return `"${values.map(cmakeEscape).join(';')}"`;
}

/**
 * A CMake toolchain file. Besides the compilers it sets CMAKE_CROSSCOMPILING_EMULATOR, so try_run() and
 * ctest run the target's binaries through qemu, and points find_* and pkg-config at the target's
 * multiarch directories (where `packages` are installed) instead of the runner's.
 */
export function cmakeToolchain(t: Toolchain): string {
  const linux = t.target.kind === 'linux';
  const lines = [
    `# CMake toolchain file for ${t.target.rust}, written by setup-cross-toolchain.`,
    `# Use: cmake -DCMAKE_TOOLCHAIN_FILE=<this file> ...`,
    `set(CMAKE_SYSTEM_NAME ${linux ? 'Linux' : 'Generic'})`,
    `set(CMAKE_SYSTEM_PROCESSOR ${t.target.cmakeProcessor})`,
    `set(CMAKE_C_COMPILER ${cmakeString(t.cc)})`,
    `set(CMAKE_CXX_COMPILER ${cmakeString(t.cxx)})`,
    `set(CMAKE_ASM_COMPILER ${cmakeString(t.cc)})`,
    `set(CMAKE_AR ${cmakeString(t.ar)} CACHE FILEPATH "Archiver")`,
    `set(CMAKE_RANLIB ${cmakeString(t.ranlib)} CACHE FILEPATH "Ranlib")`,
    `set(CMAKE_STRIP ${cmakeString(t.strip)} CACHE FILEPATH "Strip")`,
  ];
  if (t.cflags.length > 0) {
    for (const lang of ['C', 'CXX', 'ASM']) lines.push(`set(CMAKE_${lang}_FLAGS_INIT ${cmakeString(t.cflags.join(' '))})`);
  }
  if (t.ldflags.length > 0) lines.push(`set(CMAKE_EXE_LINKER_FLAGS_INIT ${cmakeString(t.ldflags.join(' '))})`);
  if (!linux) {
    // A bare-metal link needs a board's startup code and memory map; probe compilers with a library instead.
    lines.push('set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)');
  }
  if (linux) lines.push(`set(CMAKE_LIBRARY_ARCHITECTURE ${t.target.gnu})`);
  const roots = linux && t.sysroot !== '/' ? [t.sysroot, '/'] : [t.sysroot];
  lines.push(
    `set(CMAKE_FIND_ROOT_PATH ${cmakeList(roots)})`,
    'set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)',
    'set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)',
    'set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)',
    'set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)',
  );
  if (t.runner.command.length > 0) lines.push(`set(CMAKE_CROSSCOMPILING_EMULATOR ${cmakeList(t.runner.command)})`);
  if (t.pkgConfigLibdir.length > 0) lines.push(`set(ENV{PKG_CONFIG_LIBDIR} ${cmakeString(t.pkgConfigLibdir.join(':'))})`);
  return `${lines.join('\n')}\n`;
}

function mesonString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function mesonArray(values: readonly string[]): string {
  return `[${values.map(mesonString).join(', ')}]`;
}

/** A Meson cross file (meson setup --cross-file <file>), with qemu as exe_wrapper so `meson test` runs. */
export function mesonCross(t: Toolchain): string {
  const linux = t.target.kind === 'linux';
  const binaries: [string, string | readonly string[]][] = [
    ['c', t.cc],
    ['cpp', t.cxx],
    ['ar', t.ar],
    ['strip', t.strip],
  ];
  if (linux) binaries.push(['pkgconfig', 'pkg-config']);
  if (t.runner.command.length > 0) binaries.push(['exe_wrapper', t.runner.command]);
  const sections = [
    `# Meson cross file for ${t.target.rust}, written by setup-cross-toolchain.`,
    '[binaries]',
    ...binaries.map(([key, value]) => `${key} = ${typeof value === 'string' ? mesonString(value) : mesonArray(value)}`),
    '',
    '[properties]',
  ];
  if (t.pkgConfigLibdir.length > 0) sections.push(`pkg_config_libdir = ${mesonArray(t.pkgConfigLibdir)}`);
  if (linux && t.runner.kind === 'none') sections.push('needs_exe_wrapper = true');
  sections.push('', '[built-in options]');
  if (t.cflags.length > 0) sections.push(`c_args = ${mesonArray(t.cflags)}`, `cpp_args = ${mesonArray(t.cflags)}`);
  if (t.ldflags.length > 0 || t.cflags.length > 0) {
    sections.push(`c_link_args = ${mesonArray([...t.cflags, ...t.ldflags])}`, `cpp_link_args = ${mesonArray([...t.cflags, ...t.ldflags])}`);
  }
  sections.push(
    '',
    '[host_machine]',
    `system = ${mesonString(linux ? 'linux' : 'none')}`,
    `cpu_family = ${mesonString(t.target.meson.cpuFamily)}`,
    `cpu = ${mesonString(t.target.meson.cpu)}`,
    `endian = ${mesonString(t.target.elf.endian)}`,
  );
  return `${sections.join('\n')}\n`;
}
