import type { LicenseViolation } from '@archway/kit/contracts/sbom-scan-result';
import type { Component } from '../model.ts';
import type { ComponentFinding } from '../osv/findings.ts';
import { assertValid } from '../schemas/validate.ts';
import type { Secret } from '../secrets/scan.ts';

const SCORE: Record<string, number> = { critical: 9.5, high: 8.0, medium: 5.5, low: 2.0, unknown: 5.0 };
const LEVEL: Record<string, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  unknown: 'warning',
};

interface Rule {
  id: string;
  shortDescription: { text: string };
  helpUri?: string;
  properties: { 'security-severity': string; tags: string[] };
}

const location = (uri: string, line?: number) => ({
  physicalLocation: { artifactLocation: { uri }, ...(line ? { region: { startLine: line } } : {}) },
});

/**
 * SARIF 2.1.0 for code scanning: one rule per advisory (security-severity from its CVSS score), per
 * secret rule (critical) and per licence verdict; results point at the lockfile line or the secret's
 * line. Validated against the SARIF 2.1.0 schema before it is returned.
 */
export async function buildSarif(
  vulnerabilities: ComponentFinding[],
  secrets: Secret[],
  licenses: { violation: LicenseViolation; component: Component }[],
  version: string,
): Promise<string> {
  const rules = new Map<string, Rule>();
  const results: unknown[] = [];
  for (const f of vulnerabilities.filter((v) => !v.ignored)) {
    const score = f.score ?? SCORE[f.severity] ?? 5;
    rules.set(f.id, {
      id: f.id,
      shortDescription: { text: f.summary ?? f.id },
      helpUri: f.url,
      properties: { 'security-severity': score.toFixed(1), tags: ['security', 'vulnerability', f.ecosystem] },
    });
    results.push({
      ruleId: f.id,
      level: LEVEL[f.severity],
      message: {
        text: `${f.package} ${f.version} (${f.ecosystem}) is affected by ${[f.id, ...f.aliases].join(', ')}: ${f.severity}${f.score !== undefined ? ` ${f.score}` : ''}; ${f.fixed.length > 0 ? `fixed in ${f.fixed.join(', ')}` : 'no fixed version'}`,
      },
      locations: [location(f.component.lockfile, f.component.line)],
      partialFingerprints: { 'archway/v1': `${f.id}:${f.component.purl}` },
    });
  }
  for (const s of secrets) {
    rules.set(`secret/${s.rule}`, {
      id: `secret/${s.rule}`,
      shortDescription: { text: `Hardcoded secret: ${s.description}` },
      properties: { 'security-severity': '9.0', tags: ['security', 'secret'] },
    });
    results.push({
      ruleId: `secret/${s.rule}`,
      level: 'error',
      message: { text: `${s.description} (${s.masked}) committed in ${s.file}:${s.line}; revoke it and remove it from the history` },
      locations: [location(s.file, s.line)],
      partialFingerprints: { 'archway/v1': `${s.rule}:${s.file}:${s.line}` },
    });
  }
  for (const { violation, component } of licenses) {
    const id = `license/${violation.reason}`;
    rules.set(id, {
      id,
      shortDescription: {
        text: `Licence ${violation.reason === 'unknown' ? 'unknown' : violation.reason === 'denied' ? 'denied by policy' : 'not on the allow list'}`,
      },
      properties: { 'security-severity': '4.0', tags: ['license'] },
    });
    results.push({
      ruleId: id,
      level: 'warning',
      message: { text: `${violation.package} ${violation.version}: licence '${violation.license || 'unknown'}' is ${violation.reason}` },
      locations: [location(component.lockfile, component.line)],
      partialFingerprints: { 'archway/v1': `${id}:${component.purl}` },
    });
  }
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'archway sbom-scan',
            version,
            informationUri: 'https://github.com/archway-ci/archway',
            rules: [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
          },
        },
        results,
      },
    ],
  };
  await assertValid('SARIF 2.1.0', sarif);
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
