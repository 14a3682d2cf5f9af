import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { markdownTable } from '@archway/kit';
import { KtapReader, type KtapStatus } from '@archway/kit/ktap';
import type { SessionResult } from './session-types.ts';

/** One test the guest reported (a leaf of its KTAP/TAP tree). */
export interface GuestTest {
  name: string;
  /** The suites above it, outermost first. */
  suites: string[];
  status: KtapStatus;
  reason?: string;
  diagnostics: string[];
}

export interface GuestTests {
  /** The stream's version line, e.g. "KTAP version 1". */
  version: string;
  tests: GuestTest[];
  /** Suites the console left open: the boot ended before their result line. */
  open: string[];
}

/** The KTAP/TAP tests in the serial log (KUnit at boot, kselftest from a script step), if the guest printed any. */
export async function readGuestTests(logFile: string): Promise<GuestTests | undefined> {
  const reader = new KtapReader();
  const lines = createInterface({ input: createReadStream(logFile), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) reader.push(line);
  if (!reader.started) return undefined;
  return {
    version: reader.version ?? 'TAP',
    tests: reader.leaves().map(({ path, result }) => ({
      name: result.name,
      suites: path.slice(0, -1),
      status: result.status,
      ...(result.reason ? { reason: result.reason } : {}),
      diagnostics: result.diagnostics,
    })),
    open: reader.openSuites(),
  };
}

const fullName = (t: GuestTest) => [...t.suites, t.name].join(' > ');

/** The per-test verdicts for the `tests` output. */
export function testsOutput(guest: GuestTests | undefined): { name: string; status: KtapStatus; reason?: string }[] {
  return (guest?.tests ?? []).map((t) => ({ name: fullName(t), status: t.status, ...(t.reason ? { reason: t.reason } : {}) }));
}

/**
 * With `judge`, a boot that passed fails when a guest test failed or a suite was left open; the reason
 * names the failed tests.
 */
export function judgeGuestTests(result: SessionResult, guest: GuestTests | undefined): SessionResult {
  if (!guest || result.outcome !== 'passed') return result;
  const failed = guest.tests.filter((t) => t.status === 'failed');
  if (failed.length === 0 && guest.open.length === 0) return result;
  const named = failed.slice(0, 5).map(fullName).join(', ') + (failed.length > 5 ? `, and ${failed.length - 5} more` : '');
  const parts = [
    failed.length > 0 ? `${failed.length} of ${guest.tests.length} tests in the guest failed: ${named}` : '',
    guest.open.length > 0 ? `the guest's test output ended inside ${guest.open.join(' > ')}` : '',
  ].filter(Boolean);
  return { ...result, outcome: 'failed', reason: parts.join('; ') };
}

/** The summary section: counts, and the failed tests with their last diagnostic. */
export function guestTestsSection(guest: GuestTests | undefined): string[] {
  if (!guest) return [];
  const count = (status: KtapStatus) => guest.tests.filter((t) => t.status === status).length;
  const parts = [
    `### Tests in the guest (${guest.version})`,
    '',
    `${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped${guest.open.length > 0 ? `; left open: ${guest.open.join(' > ')}` : ''}`,
  ];
  const failed = guest.tests.filter((t) => t.status === 'failed');
  if (failed.length > 0) {
    parts.push(
      '',
      markdownTable(
        ['test', 'last diagnostic'],
        failed.slice(0, 50).map((t) => [fullName(t), t.diagnostics.at(-1) ?? '']),
      ),
    );
  }
  return ['', ...parts];
}
