import { inputError } from '@archway/kit';
import type { LicenseViolation } from '@archway/kit/contracts/sbom-scan-result';
import type { Component } from '../model.ts';
import { isValidExpression, licensesIn, satisfiesAny } from './spdx.ts';

export type UnknownLicenses = 'fail' | 'warn' | 'allow';

export interface LicensePolicy {
  /** Licence ids an expression may be satisfied with; empty = any. */
  allow: string[];
  deny: string[];
  unknown: UnknownLicenses;
}

/** Turn the allow/deny inputs (SPDX expressions, one per item) into licence id lists; a bad one is an input error. */
export function licenseList(input: string, items: string[]): string[] {
  return items.flatMap((item) => {
    if (!isValidExpression(item))
      throw inputError(
        input,
        item,
        'expected SPDX licence expressions such as MIT, Apache-2.0 or "MIT OR Apache-2.0" (ids from the SPDX licence list)',
      );
    return licensesIn(item);
  });
}

export interface LicenseReport {
  counts: Record<string, number>;
  /** Violations that fail the policy (unknown ones only when unknown-licenses is fail). */
  violations: LicenseViolation[];
  /** Components with no usable licence, whatever the policy says of them. */
  unknown: Component[];
}

/**
 * Judge each component's declared licence: denied when it cannot be satisfied without a denied licence,
 * not-allowed when it cannot be satisfied by the allow list (`MIT OR Apache-2.0` satisfies `MIT`),
 * unknown when none is declared or it is not an SPDX expression.
 */
export function judgeLicenses(components: Component[], policy: LicensePolicy): LicenseReport {
  const counts: Record<string, number> = {};
  const violations: LicenseViolation[] = [];
  const unknown: Component[] = [];
  for (const c of components) {
    const expression = c.license && isValidExpression(c.license) ? c.license : undefined;
    const key = expression ?? 'NOASSERTION';
    counts[key] = (counts[key] ?? 0) + 1;
    const violation = (reason: LicenseViolation['reason']) =>
      violations.push({ package: c.name, version: c.version, license: c.license ?? '', reason });
    if (!expression) {
      unknown.push(c);
      if (policy.unknown === 'fail') violation('unknown');
      continue;
    }
    const named = licensesIn(expression);
    if (policy.deny.length > 0) {
      const rest = named.filter((id) => !satisfiesAny(id, policy.deny));
      if (rest.length === 0 || !satisfiesAny(expression, rest)) {
        violation('denied');
        continue;
      }
    }
    if (policy.allow.length > 0 && !satisfiesAny(expression, policy.allow)) violation('not-allowed');
  }
  return { counts: Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1))), violations, unknown };
}
