import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planToolchain } from './plan.ts';
import { describeTarget, summaryMarkdown, type TargetResult } from './report.ts';
import { resolveTarget } from './resolve.ts';

const HOST = { arch: 'amd64', os: { id: 'debian', versionId: '12', name: 'Debian GNU/Linux 12 (bookworm)' } };

function result(name: string, status: 'passed' | 'failed'): TargetResult {
  const toolchain = planToolchain(resolveTarget(name), { hostArch: 'amd64', runner: 'auto', libc: 'auto' });
  return {
    toolchain,
    env: { CC_x: toolchain.cc },
    cmakeToolchainFile: `/tmp/${name}/toolchain.cmake`,
    mesonCrossFile: `/tmp/${name}/meson-cross.ini`,
    versions: { gcc: '12.2.0', qemu: '7.2.22' },
    rust: status === 'passed' ? 'added' : 'failed',
    verification:
      status === 'passed'
        ? { status, checks: ['C: ELF 64-bit LSB AArch64, ran (qemu-user)'] }
        : { status, checks: [], failure: '$ qemu-riscv64 hello-c\nexited with 1' },
  };
}

describe('report', () => {
  it('summarises targets, versions, verification and installs, with failures in details', () => {
    const markdown = summaryMarkdown(
      [result('aarch64', 'passed'), result('riscv64', 'failed')],
      { packages: ['a', 'b'], installed: ['a'], downloaded: ['a_1_amd64.deb'], cacheHit: false },
      HOST,
      12.34,
    );
    assert.match(
      markdown,
      /^\| `aarch64-unknown-linux-gnu` \| `aarch64-linux-gnu-gcc` \/ `aarch64-linux-gnu-g\+\+` \| 12\.2\.0 \| `qemu-aarch64 -L \/usr\/aarch64-linux-gnu -cpu max` \| 7\.2\.22 \| added \| ✅ C: ELF/m,
    );
    assert.match(markdown, /\| ⚠️ not added \| ❌ \|$/m);
    assert.match(
      markdown,
      /Installed 1 package\(s\): a \(1 \.deb file\(s\) downloaded\)\. Set up in 12\.3 s on Debian GNU\/Linux 12 \(bookworm\) \(amd64\)\./,
    );
    assert.match(
      markdown,
      /<summary>riscv64gc-unknown-linux-gnu: verification failed<\/summary>\n\n```\n\$ qemu-riscv64 hello-c\nexited with 1\n```/,
    );
    const cached = summaryMarkdown(
      [result('aarch64', 'passed')],
      { packages: ['a'], installed: ['a'], downloaded: [], cacheHit: true },
      HOST,
      1,
    );
    assert.match(cached, /all from the Actions cache, nothing downloaded/);
  });

  it('describes a target with kebab-case keys for fromJSON()', () => {
    const described = describeTarget(result('aarch64', 'passed'));
    assert.equal(described['cross-compile'], 'aarch64-linux-gnu-');
    assert.equal(described['linux-arch'], 'arm64');
    assert.equal(described.runner, 'qemu-aarch64 -L /usr/aarch64-linux-gnu -cpu max');
    assert.equal(described['cmake-toolchain-file'], '/tmp/aarch64/toolchain.cmake');
    assert.equal(described.verification, 'passed');
  });
});
