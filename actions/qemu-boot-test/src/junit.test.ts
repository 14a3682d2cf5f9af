import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { junitReport } from './junit.ts';
import type { SessionResult } from './session-types.ts';

const failed: SessionResult = {
  outcome: 'failed',
  reason: 'kernel panic: Kernel panic - not syncing: <init> & "friends"',
  failure: {
    kind: 'kernel panic',
    line: 'Kernel panic - not syncing: <init> & "friends"',
    lineNumber: 7,
    seconds: 2.5,
    excerpt: ['a', 'Kernel panic \x01<x>'],
  },
  warnings: [],
  checks: [
    { kind: 'milestone', name: 'Linux version', status: 'passed', seconds: 0.5 },
    { kind: 'milestone', name: 'login:', status: 'failed', seconds: 2.6, message: 'kernel panic' },
    { kind: 'step', name: 'uname', status: 'not reached' },
  ],
  exitCode: null,
  signal: null,
  seconds: 2.6,
  tail: ['last line'],
  stderr: '',
};

describe('JUnit report', () => {
  it('has a test case per milestone and step, one for the console and one for the exit, with counts', () => {
    const xml = junitReport(failed, { arch: 'x86_64', accel: 'tcg', command: "qemu -append 'a b'", judgedByExit: true });
    const cases = [...xml.matchAll(/<testcase name="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(cases, [
      'milestone: Linux version',
      'milestone: login:',
      'script: uname',
      'console: no failure patterns',
      'qemu exit status',
    ]);
    assert.match(xml, /<testsuite name="qemu-boot-test x86_64" tests="5" failures="2" errors="0" skipped="2" time="2.600">/);
    assert.match(xml, /<property name="command" value="qemu -append &apos;a b&apos;"\/>/);
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    const xml = junitReport(failed, { arch: 'x86_64', accel: 'tcg', command: 'qemu', judgedByExit: false });
    assert.match(xml, /message="kernel panic at console line 7: Kernel panic - not syncing: &lt;init&gt; &amp; &quot;friends&quot;"/);
    assert.match(xml, /a\nKernel panic &lt;x&gt;<\/failure>/);
    assert.doesNotMatch(xml, /qemu exit status/);
  });

  it('reports qemu failures as errors', () => {
    const error: SessionResult = {
      ...failed,
      outcome: 'error',
      reason: 'qemu could not start',
      failure: undefined,
      checks: [{ kind: 'milestone', name: 'boot', status: 'failed', message: 'qemu could not start' }],
    };
    const xml = junitReport(error, { arch: 'riscv64', accel: 'tcg', command: 'qemu', judgedByExit: false });
    assert.match(xml, /tests="2" failures="0" errors="1" skipped="0"/);
    assert.match(xml, /<error message="qemu could not start" type="error">last line<\/error>/);
  });
});
