import parse from 'spdx-expression-parse';
import satisfies from 'spdx-satisfies';

/** True when `expression` parses as an SPDX licence expression (ids from the SPDX licence list). */
export function isValidExpression(expression: string): boolean {
  try {
    parse(expression);
    return true;
  } catch {
    return false;
  }
}

/** A single licence id (no AND/OR/WITH), as CycloneDX's `license.id` wants. */
export function isSingleLicense(expression: string): boolean {
  try {
    const node = parse(expression) as { license?: string; exception?: string; plus?: boolean };
    return typeof node.license === 'string' && !node.exception && !node.plus && !node.license.startsWith('LicenseRef-');
  } catch {
    return false;
  }
}

/** Every licence id an expression names (for turning an allow list expression into spdx-satisfies' list). */
export function licensesIn(expression: string): string[] {
  const ids: string[] = [];
  const walk = (node: unknown) => {
    const n = node as { license?: string; plus?: boolean; exception?: string; left?: unknown; right?: unknown };
    if (n.license) ids.push(`${n.license}${n.plus ? '+' : ''}${n.exception ? ` WITH ${n.exception}` : ''}`);
    if (n.left) walk(n.left);
    if (n.right) walk(n.right);
  };
  walk(parse(expression));
  return ids;
}

export function satisfiesAny(expression: string, allowed: readonly string[]): boolean {
  return allowed.length > 0 && satisfies(expression, allowed);
}
