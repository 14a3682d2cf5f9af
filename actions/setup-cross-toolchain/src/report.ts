import { markdownTable, writeSummary } from '@archway/kit';
import type { Host } from './host.ts';
import type { InstallReport } from './install.ts';
import type { Toolchain } from './plan.ts';
import type { RustStatus } from './rust.ts';
import type { Verification } from './verify.ts';
import type { ToolVersions } from './versions.ts';

export interface TargetResult {
  toolchain: Toolchain;
  env: Record<string, string>;
  cmakeToolchainFile: string;
  mesonCrossFile: string;
  versions: ToolVersions;
  rust: RustStatus;
  verification: Verification;
}

/** One target as the `targets` output describes it (kebab-case keys, like the action's outputs). */
export function describeTarget(r: TargetResult): Record<string, unknown> {
  const t = r.toolchain;
  return {
    target: t.target.rust,
    kind: t.target.kind,
    'gnu-triple': t.target.gnu,
    ...(t.target.kind === 'linux' ? { 'debian-arch': t.target.debianArch, 'linux-arch': t.target.linuxArch } : {}),
    cc: t.cc,
    cxx: t.cxx,
    ar: t.ar,
    ranlib: t.ranlib,
    strip: t.strip,
    'cross-compile': `${t.target.gnu}-`,
    sysroot: t.sysroot,
    libc: t.libc,
    cflags: t.cflags,
    ldflags: t.ldflags,
    runner: t.runner.command.join(' '),
    'runner-kind': t.runner.kind,
    'cmake-toolchain-file': r.cmakeToolchainFile,
    'meson-cross-file': r.mesonCrossFile,
    env: r.env,
    versions: r.versions,
    rust: r.rust,
    verification: r.verification.status,
    packages: t.packages,
  };
}

const RUST_TEXT: Record<RustStatus, string> = {
  installed: 'installed',
  added: 'added',
  'not-in-rustup': 'tier 3 (-Zbuild-std)',
  failed: '⚠️ not added',
  'no-rustup': '—',
  disabled: 'off',
};

const VERIFY_TEXT = { passed: '✅', failed: '❌', skipped: 'skipped' } as const;

function installLine(install: InstallReport): string {
  if (install.installed.length === 0) return `All ${install.packages.length} packages were installed already.`;
  const source = install.cacheHit
    ? 'all from the Actions cache, nothing downloaded'
    : `${install.downloaded.length} .deb file(s) downloaded`;
  return `Installed ${install.installed.length} package(s): ${install.installed.join(', ')} (${source}).`;
}

export function summaryMarkdown(results: readonly TargetResult[], install: InstallReport, host: Host, seconds: number): string {
  const rows = results.map((r) => {
    const t = r.toolchain;
    return [
      `\`${t.target.rust}\``,
      `\`${t.cc}\` / \`${t.cxx}\``,
      r.versions.gcc ?? '?',
      t.runner.command.length > 0 ? `\`${t.runner.command.join(' ')}\`` : t.runner.kind,
      r.versions.qemu ?? '—',
      RUST_TEXT[r.rust],
      `${VERIFY_TEXT[r.verification.status]} ${r.verification.checks.join('; ')}${r.verification.earlier ? ' (earlier in this job)' : ''}`.trim(),
    ];
  });
  const files = results.map((r) => `- \`${r.toolchain.target.rust}\`: CMake \`${r.cmakeToolchainFile}\`, Meson \`${r.mesonCrossFile}\``);
  const failures = results
    .filter((r) => r.verification.failure)
    .map(
      (r) =>
        `<details><summary>${r.toolchain.target.rust}: verification failed</summary>\n\n\`\`\`\n${r.verification.failure}\n\`\`\`\n</details>`,
    );
  return [
    '## Cross toolchains',
    '',
    markdownTable(['target', 'compilers', 'gcc', 'runner', 'qemu', 'Rust', 'verification'], rows),
    '',
    `${installLine(install)} Set up in ${seconds.toFixed(1)} s on ${host.os.name} (${host.arch}).`,
    '',
    ...files,
    '',
    ...failures,
  ].join('\n');
}

export async function writeReport(results: readonly TargetResult[], install: InstallReport, host: Host, seconds: number): Promise<void> {
  await writeSummary(`${summaryMarkdown(results, install, host, seconds)}\n`);
}
