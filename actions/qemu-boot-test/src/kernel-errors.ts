/**
 * The console classifier: lines that mean the kernel or the firmware is in trouble (as LAVA's kernel
 * message parser does), and kernel warnings, which are reported but do not fail the boot.
 */
export interface ConsoleProblem {
  kind: string;
  pattern: RegExp;
}

export const kernelErrors: readonly ConsoleProblem[] = [
  { kind: 'kernel panic', pattern: /Kernel panic - not syncing/ },
  { kind: 'sanitizer report', pattern: /\b(KASAN|UBSAN|KFENCE|KMSAN|KCSAN): / },
  { kind: 'soft lockup', pattern: /BUG: soft lockup/ },
  { kind: 'kernel oops', pattern: /\bOops(: |\[#\d+\])|Internal error: Oops/ },
  { kind: 'kernel BUG', pattern: /\bBUG: |kernel BUG at / },
  { kind: 'general protection fault', pattern: /general protection fault/ },
  { kind: 'kernel page fault', pattern: /Unable to handle kernel / },
  { kind: 'hung task', pattern: /INFO: task \S+ blocked for more than \d+ seconds/ },
  { kind: 'RCU stall', pattern: /rcu: INFO: \S+ (self-)?detected stalls?/ },
  {
    kind: 'firmware exception',
    pattern: /"(Synchronous Abort|SError|Error)" handler, esr|Unhandled exception: |### ERROR ### Please RESET the board ###/,
  },
];

export const kernelWarnings: readonly ConsoleProblem[] = [{ kind: 'kernel warning', pattern: /WARNING: CPU: \d+ PID: \d+ at / }];
