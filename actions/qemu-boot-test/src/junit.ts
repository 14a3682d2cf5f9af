import type { CheckRecord, SessionResult } from './session-types.ts';

export interface JunitContext {
  arch: string;
  accel: string;
  command: string;
  /** Whether the verdict depended on qemu's exit (exit device or until: exit). */
  judgedByExit: boolean;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: characters XML 1.0 cannot carry
const NOT_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g;

function xml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

interface Case {
  name: string;
  classname: string;
  seconds?: number;
  outcome: 'passed' | 'failure' | 'error' | 'skipped';
  message?: string;
  body?: string;
}

/** One test case per milestone and script step, one for the console's failure patterns, one for qemu's exit. */
export function junitReport(result: SessionResult, context: JunitContext): string {
  const base = `qemu-boot-test.${context.arch}`;
  const failureType = result.outcome === 'error' ? 'error' : 'failure';
  const cases: Case[] = result.checks.map((check: CheckRecord) => ({
    name: `${check.kind === 'milestone' ? 'milestone' : 'script'}: ${check.name}`,
    classname: `${base}.${check.kind === 'milestone' ? 'boot' : 'script'}`,
    seconds: check.seconds,
    outcome: check.status === 'passed' ? 'passed' : check.status === 'not reached' ? 'skipped' : failureType,
    message: check.status === 'not reached' ? 'not reached: the boot ended earlier' : check.message,
    body: check.status === 'failed' ? result.tail.slice(-20).join('\n') : undefined,
  }));
  cases.push({
    name: 'console: no failure patterns',
    classname: `${base}.console`,
    seconds: result.failure?.seconds ?? result.seconds,
    outcome: result.failure ? 'failure' : 'passed',
    message: result.failure && `${result.failure.kind} at console line ${result.failure.lineNumber}: ${result.failure.line.trim()}`,
    body: result.failure?.excerpt.join('\n'),
  });
  if (context.judgedByExit) {
    const exitFailed = result.outcome !== 'passed' && !result.failure && result.checks.every((c) => c.status !== 'failed');
    cases.push({
      name: 'qemu exit status',
      classname: `${base}.exit`,
      seconds: result.seconds,
      outcome: result.outcome === 'passed' ? 'passed' : exitFailed ? failureType : 'skipped',
      message: result.outcome === 'passed' ? undefined : exitFailed ? result.reason : 'not judged: the boot failed earlier',
    });
  }
  const count = (outcome: Case['outcome']) => cases.filter((c) => c.outcome === outcome).length;
  const time = result.seconds.toFixed(3);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="qemu-boot-test" tests="${cases.length}" failures="${count('failure')}" errors="${count('error')}" skipped="${count('skipped')}" time="${time}">`,
    `  <testsuite name="qemu-boot-test ${xml(context.arch)}" tests="${cases.length}" failures="${count('failure')}" errors="${count('error')}" skipped="${count('skipped')}" time="${time}">`,
    '    <properties>',
    `      <property name="result" value="${result.outcome}"/>`,
    `      <property name="accel" value="${xml(context.accel)}"/>`,
    `      <property name="command" value="${xml(context.command)}"/>`,
    '      <property name="time" value="seconds from qemu&apos;s start"/>',
    '    </properties>',
  ];
  for (const c of cases) {
    const head = `    <testcase name="${xml(c.name)}" classname="${xml(c.classname)}" time="${(c.seconds ?? 0).toFixed(3)}"`;
    if (c.outcome === 'passed') {
      lines.push(`${head}/>`);
      continue;
    }
    const tag = c.outcome;
    const type = tag === 'skipped' ? '' : ` type="${result.outcome}"`;
    const body = c.body ? `>${xml(c.body)}</${tag}>` : '/>';
    lines.push(`${head}>`, `      <${tag} message="${xml(c.message ?? '')}"${type}${body}`, '    </testcase>');
  }
  lines.push(`    <system-out>${xml(result.tail.join('\n'))}</system-out>`, '  </testsuite>', '</testsuites>', '');
  return lines.join('\n');
}
