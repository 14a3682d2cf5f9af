import { type JunitCase, type JunitSuite, junitXml } from '@archway/kit/junit-writer';
import type { GuestTests } from './guest-tests.ts';
import type { CheckRecord, SessionResult } from './session-types.ts';

export interface JunitContext {
  arch: string;
  accel: string;
  command: string;
  /** Whether the verdict depended on qemu's exit (exit device or until: exit). */
  judgedByExit: boolean;
}

/**
 * One test case per milestone and script step, one for the console's failure patterns, one for qemu's
 * exit; and a second suite with the tests the guest reported in KTAP/TAP, one case per leaf test.
 */
export function junitReport(result: SessionResult, context: JunitContext, guest?: GuestTests): string {
  const base = `qemu-boot-test.${context.arch}`;
  const failureType = result.outcome === 'error' ? 'error' : 'failure';
  const cases: JunitCase[] = result.checks.map((check: CheckRecord) => ({
    name: `${check.kind === 'milestone' ? 'milestone' : 'script'}: ${check.name}`,
    classname: `${base}.${check.kind === 'milestone' ? 'boot' : 'script'}`,
    seconds: check.seconds ?? 0,
    status: check.status === 'passed' ? 'passed' : check.status === 'not reached' ? 'skipped' : failureType,
    message: check.status === 'not reached' ? 'not reached: the boot ended earlier' : check.message,
    body: check.status === 'failed' ? result.tail.slice(-20).join('\n') : undefined,
    type: result.outcome,
  }));
  cases.push({
    name: 'console: no failure patterns',
    classname: `${base}.console`,
    seconds: result.failure?.seconds ?? result.seconds,
    status: result.failure ? 'failure' : 'passed',
    message: result.failure && `${result.failure.kind} at console line ${result.failure.lineNumber}: ${result.failure.line.trim()}`,
    body: result.failure?.excerpt.join('\n'),
    type: result.outcome,
  });
  if (context.judgedByExit) {
    const exitFailed = result.outcome !== 'passed' && !result.failure && result.checks.every((c) => c.status !== 'failed');
    cases.push({
      name: 'qemu exit status',
      classname: `${base}.exit`,
      seconds: result.seconds,
      status: result.outcome === 'passed' ? 'passed' : exitFailed ? failureType : 'skipped',
      message: result.outcome === 'passed' ? undefined : exitFailed ? result.reason : 'not judged: the boot failed earlier',
      type: result.outcome,
    });
  }
  const suites: JunitSuite[] = [
    {
      name: `qemu-boot-test ${context.arch}`,
      seconds: result.seconds,
      properties: { result: result.outcome, accel: context.accel, command: context.command, time: "seconds from qemu's start" },
      cases,
      systemOut: result.tail.join('\n'),
    },
  ];
  if (guest && guest.tests.length > 0) {
    suites.push({
      name: `guest tests ${context.arch}`,
      seconds: result.seconds,
      properties: { format: guest.version },
      cases: guest.tests.map((t) => ({
        name: t.name,
        classname: [`${base}.guest`, ...t.suites].join('.'),
        seconds: 0,
        status: t.status === 'failed' ? 'failure' : t.status,
        message: t.status === 'failed' ? (t.diagnostics.at(-1) ?? 'not ok') : t.reason,
        body: t.status === 'failed' && t.diagnostics.length > 0 ? t.diagnostics.join('\n') : undefined,
        type: 'not ok',
      })),
    });
  }
  return junitXml('qemu-boot-test', suites);
}
