import * as core from '@actions/core';
import type { ComponentFinding } from '../osv/findings.ts';

export interface IgnoreEntry {
  id: string;
  reason: string;
  until?: string;
}

/**
 * Mark findings the `ignore` input names (by id or alias) as ignored. An entry past its `until` date
 * no longer applies, with a warning so it gets reviewed.
 */
export function applyIgnores(findings: ComponentFinding[], entries: IgnoreEntry[], today = new Date().toISOString().slice(0, 10)): void {
  for (const entry of entries) {
    const expired = entry.until !== undefined && entry.until < today;
    if (expired) core.warning(`The ignore entry for ${entry.id} expired on ${entry.until} (${entry.reason}); it counts again`);
    for (const f of findings) if (!expired && (f.id === entry.id || f.aliases.includes(entry.id))) f.ignored = true;
  }
}
