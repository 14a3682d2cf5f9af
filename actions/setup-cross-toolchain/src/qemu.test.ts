import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { binfmtRule, ruleFromUpdateBinfmts } from './qemu.ts';

const UPDATE_BINFMTS = `package qemu-user-binfmt
interpreter /usr/libexec/qemu-binfmt/aarch64-binfmt-P
magic \\x7f\\x45\\x4c\\x46\\x02\\x01\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00\\xb7\\x00
offset 0
mask \\xff\\xff\\xff\\xff\\xff\\xff\\xff\\x00\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xfe\\xff\\xff\\xff
credentials no
fix_binary no
preserve yes
`;

describe('binfmt rules', () => {
  it('converts an update-binfmts file into a registration line', () => {
    assert.equal(
      ruleFromUpdateBinfmts('aarch64', UPDATE_BINFMTS),
      ':qemu-aarch64:M:0:\\x7f\\x45\\x4c\\x46\\x02\\x01\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00\\xb7\\x00:' +
        '\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\x00\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xfe\\xff\\xff\\xff:/usr/libexec/qemu-binfmt/aarch64-binfmt-P:P',
    );
    assert.equal(ruleFromUpdateBinfmts('aarch64', 'package x\n'), undefined);
  });

  it('prefers the systemd binfmt.d line, then the update-binfmts file', () => {
    const files: Record<string, string> = {
      '/usr/lib/binfmt.d/qemu-riscv64.conf': '# comment\n:qemu-riscv64:M::magic:mask:/usr/libexec/qemu-binfmt/riscv64-binfmt-P:POCF\n',
      '/usr/share/binfmts/qemu-aarch64': UPDATE_BINFMTS,
    };
    const read = (file: string) => files[file];
    assert.equal(binfmtRule('riscv64', read), ':qemu-riscv64:M::magic:mask:/usr/libexec/qemu-binfmt/riscv64-binfmt-P:POCF');
    assert.match(binfmtRule('aarch64', read) ?? '', /^:qemu-aarch64:M:0:/);
    assert.equal(binfmtRule('s390x', read), undefined);
  });
});
