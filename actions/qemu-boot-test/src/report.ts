import { annotate, codeBlock, markdownTable, STEP_ANNOTATION_LIMIT, VerdictError, writeSummary } from '@archway/kit';
import { BOOT_TIMINGS_FORMAT, type BootTimings } from '@archway/kit/contracts/boot-timings';
import { type GuestTests, guestTestsSection } from './guest-tests.ts';
import type { Outcome, SessionResult } from './session-types.ts';

const ICON: Record<Outcome | 'not reached', string> = { passed: '✅', failed: '❌', timeout: '⏱️', error: '💥', 'not reached': '⏭️' };

export interface ReportContext {
  arch: string;
  accel: string;
  command: string;
  log: string;
  junit: string;
  attempts: number;
  guest?: GuestTests;
  artifact?: string;
}

/** Seconds to the last expect milestone, when every one was reached. */
export function bootTime(result: SessionResult): number | undefined {
  const milestones = result.checks.filter((c) => c.kind === 'milestone');
  if (milestones.length === 0 || milestones.some((m) => m.status !== 'passed')) return undefined;
  return milestones.at(-1)?.seconds;
}

/**
 * The boot's timings for benchmark-regression (the kit's boot-timings contract): each milestone and script
 * step that passed, in the order they did, and the whole session's length.
 */
export function bootTimings(result: SessionResult, arch: string, machine: string): BootTimings {
  const reached = result.checks.filter((c) => c.status === 'passed' && c.seconds !== undefined);
  return {
    format: BOOT_TIMINGS_FORMAT,
    arch,
    machine,
    result: result.outcome,
    milestones: reached.map((c) => ({ name: c.name, seconds: c.seconds as number })).sort((a, b) => a.seconds - b.seconds),
    totalSeconds: result.seconds,
  };
}

export async function writeReport(result: SessionResult, context: ReportContext): Promise<void> {
  const parts = [`## ${ICON[result.outcome]} qemu-boot-test ${result.outcome}: ${context.arch} (${context.accel})`, '', result.reason];
  if (context.attempts > 1) parts.push('', `qemu could not run on the first try: ${context.attempts} attempts.`);
  if (result.checks.length > 0) {
    const rows = result.checks.map((c) => [
      `${c.kind === 'milestone' ? 'milestone' : 'script'}: ${c.name}`,
      `${c.status === 'failed' ? ICON[result.outcome] : ICON[c.status]} ${c.status}`,
      c.seconds?.toFixed(2),
      c.message,
    ]);
    parts.push('', markdownTable(['check', 'status', 'seconds from start', 'detail'], rows));
  }
  if (result.failure) {
    parts.push('', `### ${result.failure.kind} at console line ${result.failure.lineNumber} (${result.failure.seconds.toFixed(2)} s)`);
    parts.push('', codeBlock(result.failure.excerpt.join('\n'), 'text'));
  } else if (result.outcome !== 'passed') {
    parts.push('', '### Last console lines', '', codeBlock(result.tail.slice(-25).join('\n') || '(the console printed nothing)', 'text'));
    if (result.outcome === 'error' && result.stderr.trim()) parts.push('', '### qemu said', '', codeBlock(result.stderr.trim(), 'text'));
  }
  parts.push(...guestTestsSection(context.guest));
  if (result.warnings.length > 0) {
    parts.push(
      '',
      '### Kernel warnings',
      '',
      markdownTable(
        ['console line', 'seconds', 'line'],
        result.warnings.map((w) => [w.lineNumber, w.seconds.toFixed(2), w.line.trim()]),
      ),
    );
  }
  parts.push('', '### Rerun locally', '', codeBlock(context.command, 'sh'));
  parts.push(
    '',
    `Serial log: \`${context.log}\` · JUnit: \`${context.junit}\`${context.artifact ? ` · artifact \`${context.artifact}\`` : ''}`,
    '',
  );
  await writeSummary(parts.join('\n'));
}

/** One error annotation with the failing console line (or the console's last lines), warnings for WARN_ON. */
/** Warnings (kernel WARNINGs) as annotations; the failure itself is the step's verdict (`failureVerdict`). */
export function annotateWarnings(result: SessionResult): void {
  for (const w of result.warnings.slice(0, STEP_ANNOTATION_LIMIT)) {
    annotate({
      level: 'warning',
      title: `qemu-boot-test: ${w.kind}`,
      message: `${w.line.trim()} (console line ${w.lineNumber}, ${w.seconds.toFixed(2)} s)`,
    });
  }
}

/** Why a boot that did not pass failed: the failing console line, or the reason with the last lines. */
export function failureVerdict(result: SessionResult): VerdictError {
  if (result.failure) {
    const { kind, line, lineNumber, seconds } = result.failure;
    return new VerdictError(`${line.trim()} (console line ${lineNumber}, ${seconds.toFixed(2)} s)`, { title: `qemu-boot-test: ${kind}` });
  }
  const tail = result.tail.slice(-15).join('\n') || '(the console printed nothing)';
  return new VerdictError(`${result.reason}\nLast console lines:\n${tail}`, { title: `qemu-boot-test: ${result.outcome}` });
}
