import type { VulnerabilityFinding } from '@archway/kit/contracts/sbom-scan-result';
import type { Component } from '../model.ts';
import { fixedVersions } from './match.ts';
import type { OsvRecord } from './record.ts';
import { SEVERITY_ORDER, severityOf } from './severity.ts';

/** Which id names a merged advisory: a database's own id before a CVE. */
const PREFERENCE = ['GHSA-', 'RUSTSEC-', 'PYSEC-', 'GO-', 'OSV-'];
const rank = (id: string) => {
  const i = PREFERENCE.findIndex((p) => id.startsWith(p));
  return i === -1 ? PREFERENCE.length : i;
};

export interface ComponentFinding extends VulnerabilityFinding {
  component: Component;
  summary?: string;
}

/**
 * One finding per advisory per component: records that name each other as aliases (GHSA, CVE, RUSTSEC,
 * PYSEC for the same flaw) merge, keeping the highest severity and every fixed version.
 */
export async function findingsFor(c: Component, records: OsvRecord[]): Promise<ComponentFinding[]> {
  const groups: { ids: Set<string>; records: OsvRecord[] }[] = [];
  for (const record of records) {
    const ids = new Set([record.id, ...(record.aliases ?? [])]);
    const overlapping = groups.filter((g) => [...ids].some((id) => g.ids.has(id)));
    const merged = { ids, records: [record] };
    for (const g of overlapping) {
      for (const id of g.ids) merged.ids.add(id);
      merged.records.push(...g.records);
      groups.splice(groups.indexOf(g), 1);
    }
    groups.push(merged);
  }
  const findings: ComponentFinding[] = [];
  for (const g of groups) {
    const primary = [...g.records].sort((a, b) => rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : 1))[0] as OsvRecord;
    let severity = { severity: 'unknown' as VulnerabilityFinding['severity'], score: undefined as number | undefined };
    for (const r of g.records) {
      const s = await severityOf(r);
      const [mine, best] = [SEVERITY_ORDER.indexOf(s.severity), SEVERITY_ORDER.indexOf(severity.severity)];
      const better = mine < best || (mine === best && (s.score ?? 0) > (severity.score ?? 0));
      if (better) severity = { severity: s.severity, score: s.score };
    }
    const fixed = [...new Set(g.records.flatMap((r) => fixedVersions(r, c)))].sort();
    findings.push({
      id: primary.id,
      aliases: [...g.ids].filter((id) => id !== primary.id).sort(),
      package: c.name,
      version: c.version,
      ecosystem: c.ecosystem,
      severity: severity.severity,
      ...(severity.score !== undefined ? { score: severity.score } : {}),
      fixed,
      ignored: false,
      url: `https://osv.dev/vulnerability/${primary.id}`,
      component: c,
      summary: primary.summary ?? g.records.find((r) => r.summary)?.summary,
    });
  }
  return findings.sort((a, b) => (a.id < b.id ? -1 : 1));
}
