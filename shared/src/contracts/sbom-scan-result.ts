import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError, errorMessage } from '../runner/errors.ts';
import schema from './sbom-scan-result.schema.json' with { type: 'json' };

/**
 * The result file sbom-scan writes (its `result-json` output) and quality-gate and notify read: counts and
 * findings of one supply-chain scan. A secret finding names the rule, file and line, never the secret.
 * sbom-scan-result.schema.json beside this file is the same contract as a JSON schema.
 */
export const SBOM_SCAN_RESULT_FORMAT = 'archway-sbom-scan-result/v1';

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'unknown'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type SeverityCounts = Record<Severity, number>;

export interface VulnerabilityFinding {
  /** The advisory's own id (the OSV id, e.g. GHSA-..., RUSTSEC-..., PYSEC-...). */
  id: string;
  /** Other ids of the same advisory (CVE, GHSA, ...), merged into this one finding. */
  aliases: string[];
  package: string;
  version: string;
  /** OSV ecosystem name: npm, PyPI, crates.io, Go, RubyGems, Maven, ... */
  ecosystem: string;
  severity: Severity;
  /** CVSS base score 0..10 when the advisory carries a vector. */
  score?: number;
  /** Versions that fix it, for this package. */
  fixed: string[];
  /** True when the `ignore` input names it (still reported, not counted against the policy). */
  ignored: boolean;
  url?: string;
}

export type LicenseViolationReason = 'denied' | 'not-allowed' | 'unknown';

export interface LicenseViolation {
  package: string;
  version: string;
  /** The SPDX expression as declared, or '' when none is known. */
  license: string;
  reason: LicenseViolationReason;
}

export interface SecretFinding {
  rule: string;
  /** Path relative to the workspace. */
  file: string;
  line: number;
}

export interface SbomScanResult {
  format: typeof SBOM_SCAN_RESULT_FORMAT;
  passed: boolean;
  /** Counts exclude ignored findings. */
  vulnerabilities: { counts: SeverityCounts; findings: VulnerabilityFinding[] };
  /** counts: components per SPDX expression ('NOASSERTION' when unknown). */
  licenses: { counts: Record<string, number>; violations: LicenseViolation[] };
  secrets: { count: number; findings: SecretFinding[] };
  /** Paths relative to the workspace. */
  sbom: { components: number; cyclonedx?: string; spdx?: string };
}

/** sbom-scan-result.schema.json, for validate(). */
export const sbomScanResultSchema: Record<string, unknown> = schema;

/** Parse and validate a result file; a ConfigurationError names the file and what is wrong. */
export async function readSbomScanResult(file: string): Promise<SbomScanResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigurationError(`Cannot read the sbom-scan result ${file}: ${errorMessage(error)}`);
  }
  return parseSbomScanResult(text, file);
}

/** Validate the text of a result file; `label` names it in errors. */
export async function parseSbomScanResult(text: string, label: string): Promise<SbomScanResult> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`The sbom-scan result ${label} is not JSON: ${errorMessage(error)}`);
  }
  const { validate } = await import('../readers/structured.ts');
  return validate<SbomScanResult>(value, sbomScanResultSchema, `The sbom-scan result ${label}`);
}

/** Validate and write a result file (pretty JSON, creating its folder); returns the path written. */
export async function writeSbomScanResult(file: string, result: SbomScanResult): Promise<string> {
  const { validate } = await import('../readers/structured.ts');
  await validate<SbomScanResult>(structuredClone(result), sbomScanResultSchema, 'The sbom-scan result being written');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

/** Zero counts for every severity, in the order critical..unknown. */
export function emptySeverityCounts(): SeverityCounts {
  return { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
}
