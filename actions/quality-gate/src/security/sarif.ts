import { readFile } from 'node:fs/promises';
import { ConfigurationError, errorMessage } from '@archway/kit';
import { clip, repoPath } from '../paths.ts';

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  severity: Severity;
  ruleId: string;
  tool: string;
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  /** The security-severity score when the tool gave one. */
  score?: number;
}

export interface SecurityResults {
  reports: string[];
  counts: Record<Severity, number>;
  /** Findings sorted most severe first, the first KEPT_FINDINGS of them. */
  findings: Finding[];
  omitted: number;
}

export const KEPT_FINDINGS = 500;

export function emptySecurityResults(): SecurityResults {
  return { reports: [], counts: { critical: 0, high: 0, medium: 0, low: 0 }, findings: [], omitted: 0 };
}

/** GitHub code scanning's mapping of the CVSS-like `security-severity` score. */
export function severityFromScore(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  return 'low';
}

/** Without a score, the SARIF level: error -> high, warning -> medium, note/none -> low. */
export function severityFromLevel(level: string | undefined): Severity {
  if (level === 'error') return 'high';
  if (level === 'note' || level === 'none') return 'low';
  return 'medium';
}

interface SarifRule {
  id?: string;
  properties?: Record<string, unknown>;
  defaultConfiguration?: { level?: string };
}

interface SarifResult {
  ruleId?: string;
  rule?: { id?: string; index?: number };
  ruleIndex?: number;
  level?: string;
  kind?: string;
  message?: { text?: string; markdown?: string };
  locations?: {
    physicalLocation?: { artifactLocation?: { uri?: string; uriBaseId?: string }; region?: { startLine?: number; endLine?: number } };
  }[];
  properties?: Record<string, unknown>;
  suppressions?: { status?: string }[];
  baselineState?: string;
}

interface SarifRun {
  tool?: { driver?: { name?: string; rules?: SarifRule[] }; extensions?: { rules?: SarifRule[] }[] };
  originalUriBaseIds?: Record<string, { uri?: string }>;
  results?: SarifResult[];
}

/**
 * Read one SARIF 2.1.0 log. Severity comes from `security-severity` (on the result, else its rule) as
 * GitHub code scanning maps it, else from the level (result, else the rule's default). Suppressed results
 * and results the tool marks as fixed (baselineState 'absent') or as not problems (kind other than 'fail')
 * do not count.
 */
export async function readSarif(file: string, results: SecurityResults): Promise<void> {
  const label = repoPath(file);
  let log: { version?: string; runs?: SarifRun[] };
  try {
    log = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ConfigurationError(`${label}: not valid JSON (${errorMessage(error).split('\n')[0]})`);
  }
  if (log?.version !== '2.1.0' || !Array.isArray(log.runs)) {
    throw new ConfigurationError(`${label}: not a SARIF 2.1.0 log (expected "version": "2.1.0" and a "runs" array)`);
  }
  for (const run of log.runs) {
    const rules = [...(run.tool?.driver?.rules ?? []), ...(run.tool?.extensions ?? []).flatMap((e) => e.rules ?? [])];
    const byId = new Map(rules.filter((r) => r.id).map((r) => [r.id, r]));
    const tool = run.tool?.driver?.name ?? 'unknown tool';
    for (const result of run.results ?? []) {
      if (!counts(result)) continue;
      const ruleId = result.ruleId ?? result.rule?.id ?? 'unknown rule';
      const index = result.ruleIndex ?? result.rule?.index;
      const rule = (index !== undefined ? run.tool?.driver?.rules?.[index] : undefined) ?? byId.get(ruleId);
      const score = securityScore(result.properties) ?? securityScore(rule?.properties);
      const severity =
        score !== undefined ? severityFromScore(score) : severityFromLevel(result.level ?? rule?.defaultConfiguration?.level);
      results.counts[severity]++;
      const physical = result.locations?.[0]?.physicalLocation;
      const uri = physical?.artifactLocation?.uri;
      const base = physical?.artifactLocation?.uriBaseId ? run.originalUriBaseIds?.[physical.artifactLocation.uriBaseId]?.uri : undefined;
      keep(results, {
        severity,
        ruleId,
        tool,
        message: clip((result.message?.text ?? result.message?.markdown ?? ruleId).trim(), 1_000),
        ...(uri ? { file: artifactPath(uri, base) } : {}),
        ...(physical?.region?.startLine ? { line: physical.region.startLine } : {}),
        ...(physical?.region?.endLine ? { endLine: physical.region.endLine } : {}),
        ...(score !== undefined ? { score } : {}),
      });
    }
  }
  results.reports.push(label);
}

function counts(result: SarifResult): boolean {
  if (result.kind && result.kind !== 'fail') return false;
  if (result.baselineState === 'absent') return false;
  return !(result.suppressions ?? []).some((s) => !s.status || s.status === 'accepted');
}

function securityScore(properties: Record<string, unknown> | undefined): number | undefined {
  const raw = properties?.['security-severity'];
  const score = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
  return Number.isFinite(score) ? score : undefined;
}

function artifactPath(uri: string, base: string | undefined): string {
  if (uri.startsWith('file:')) return repoPath(uri);
  const decoded = decodeURIComponent(uri);
  if (base?.startsWith('file:')) return repoPath(new URL(decoded, base).href);
  return repoPath(decoded);
}

const RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };

/** Keep the most severe findings when there are more than can be shown. */
function keep(results: SecurityResults, finding: Finding): void {
  const list = results.findings;
  if (list.length < KEPT_FINDINGS) {
    list.push(finding);
    return;
  }
  results.omitted++;
  let weakest = 0;
  for (let i = 1; i < list.length; i++) if (RANK[(list[i] as Finding).severity] > RANK[(list[weakest] as Finding).severity]) weakest = i;
  if (RANK[finding.severity] < RANK[(list[weakest] as Finding).severity]) list[weakest] = finding;
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => RANK[a.severity] - RANK[b.severity] || (b.score ?? 0) - (a.score ?? 0));
}
