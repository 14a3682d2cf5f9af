import type { Severity } from '@archway/kit/contracts/sbom-scan-result';
import type { OsvRecord } from './record.ts';

export const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'unknown'];

/** CVSS's qualitative rating of a base score. */
export function severityOfScore(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'unknown';
}

/** The base score of a CVSS v3.x or v4.0 vector, undefined for anything else (v2 is too coarse to trust). */
export async function cvssScore(vector: string): Promise<number | undefined> {
  const cvss = await import('ae-cvss-calculator');
  try {
    if (vector.startsWith('CVSS:4.0/')) return new cvss.Cvss4P0(vector).calculateScores().base;
    if (vector.startsWith('CVSS:3.1/')) return new cvss.Cvss3P1(vector).calculateScores().base;
    if (vector.startsWith('CVSS:3.0/')) return new cvss.Cvss3P0(vector).calculateScores().base;
  } catch {
    return undefined;
  }
  return undefined;
}

const DATABASE_SEVERITY: Record<string, Severity> = {
  CRITICAL: 'critical',
  HIGH: 'high',
  MODERATE: 'medium',
  MEDIUM: 'medium',
  LOW: 'low',
};

/**
 * A record's severity: the highest CVSS v3.x/v4 base score among its vectors (record and affected
 * entries), else the database's own rating (GitHub's database_specific.severity), else unknown.
 */
export async function severityOf(record: OsvRecord): Promise<{ severity: Severity; score?: number }> {
  const vectors = [...(record.severity ?? []), ...(record.affected ?? []).flatMap((a) => a.severity ?? [])].map((s) => s.score);
  let best: number | undefined;
  for (const vector of vectors) {
    const score = await cvssScore(vector);
    if (score !== undefined && (best === undefined || score > best)) best = score;
  }
  if (best !== undefined) return { severity: severityOfScore(best), score: best };
  const named = [
    record.database_specific?.severity,
    ...(record.affected ?? []).map((a) => a.ecosystem_specific?.severity ?? a.database_specific?.severity),
  ]
    .map((s) => DATABASE_SEVERITY[String(s ?? '').toUpperCase()])
    .filter((s): s is Severity => s !== undefined);
  if (named.length > 0) return { severity: named.sort((a, b) => SEVERITY_ORDER.indexOf(a) - SEVERITY_ORDER.indexOf(b))[0] as Severity };
  return { severity: 'unknown' };
}
