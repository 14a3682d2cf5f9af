import path from 'node:path';
import * as core from '@actions/core';
import { readInputs, VerdictError, writeSummary } from '@archway/kit';
import { SBOM_SCAN_RESULT_FORMAT, type SbomScanResult, writeSbomScanResult } from '@archway/kit/contracts/sbom-scan-result';
import { resolveUserPath, workspaceDir, writeUserFile } from '@archway/kit/files';
import { inputs, outputs } from './contract.ts';
import { mergeComponents, readLockfiles } from './lockfiles/discover.ts';
import { applyIgnores } from './policy/ignore.ts';
import { judgeLicenses, licenseList } from './policy/licenses.ts';
import {
  annotateFindings,
  blocking,
  countBySeverity,
  creationTime,
  logWarnings,
  lookUpAdvisories,
  relativeToWorkspace,
  TOOL_VERSION,
  toFindings,
} from './scan.ts';

export async function main(): Promise<void> {
  // 1. Inputs and policies, all checked before any work.
  const given = await readInputs(inputs);
  const policy = {
    allow: licenseList('allow-licenses', given.allowLicenses),
    deny: licenseList('deny-licenses', given.denyLicenses),
    unknown: given.unknownLicenses,
  };
  const root = await resolveUserPath('path', given.path || '.');
  const write = (name: string, text: string) => writeUserFile('output-dir', path.join(given.outputDir, name), text);

  // 2. Components from lockfiles (no build tool runs).
  const discovered = await readLockfiles(root, 'path');
  logWarnings(discovered.warnings);
  const components = mergeComponents(discovered.components);
  core.info(`${components.length} components in ${discovered.lockfiles.join(', ')}`);

  // 3. SBOMs, validated against their schemas.
  const context = {
    name: process.env.GITHUB_REPOSITORY || path.basename(workspaceDir()),
    created: creationTime(),
    toolVersion: TOOL_VERSION,
  };
  const sbom: SbomScanResult['sbom'] = { components: components.length };
  if (given.sbomFormat !== 'spdx') {
    const { cycloneDxJson } = await import('./sbom/cyclonedx.ts');
    sbom.cyclonedx = relativeToWorkspace(await write('sbom.cdx.json', await cycloneDxJson(components, context)));
  }
  if (given.sbomFormat !== 'cyclonedx') {
    const { spdxJson } = await import('./sbom/spdx.ts');
    sbom.spdx = relativeToWorkspace(await write('sbom.spdx.json', await spdxJson(components, context)));
  }

  // 4. Vulnerabilities, licences, secrets.
  const findings = await toFindings(components, await lookUpAdvisories(components, given.osvUrl, given.osvDb), given.onlyFixed);
  applyIgnores(findings, given.ignore ?? []);
  const licenses = judgeLicenses(components, policy);
  if (policy.unknown === 'warn' && licenses.unknown.length > 0)
    core.warning(`${licenses.unknown.length} components declare no SPDX licence in their lockfile (unknown-licenses: warn)`);
  const secrets = given.secrets ? await (await import('./secrets/scan.ts')).scanSecrets(root, workspaceDir()) : [];

  // 5. SARIF, code scanning, dependency graph.
  const byName = new Map(components.map((c) => [`${c.name}@${c.version}`, c]));
  const licenseResults = licenses.violations.map((violation) => ({
    violation,
    component: byName.get(`${violation.package}@${violation.version}`) ?? (components[0] as (typeof components)[number]),
  }));
  const { buildSarif } = await import('./report/sarif.ts');
  const sarif = await buildSarif(findings, secrets, licenseResults, TOOL_VERSION);
  const sarifPath = relativeToWorkspace(await write('sbom-scan.sarif', sarif));
  if (given.token && given.uploadSarif) await (await import('./github/publish.ts')).uploadSarif(given.token, sarif);
  if (given.token && given.dependencySnapshot)
    await (await import('./github/publish.ts')).submitSnapshot(given.token, components, TOOL_VERSION);

  // 6. The verdict, the result file, outputs and summary; then fail if the policy says so.
  const blockers = blocking(findings, given.failOnSeverity);
  const passed = blockers.length === 0 && licenses.violations.length === 0 && secrets.length === 0;
  const result: SbomScanResult = {
    format: SBOM_SCAN_RESULT_FORMAT,
    passed,
    vulnerabilities: { counts: countBySeverity(findings), findings: findings.map(({ component: _c, summary: _s, ...f }) => f) },
    licenses: { counts: licenses.counts, violations: licenses.violations },
    secrets: { count: secrets.length, findings: secrets.map(({ rule, file, line }) => ({ rule, file, line })) },
    sbom,
  };
  const resultPath = relativeToWorkspace(
    await writeSbomScanResult(
      await resolveUserPath('output-dir', path.join(given.outputDir, 'result.json'), { roots: ['workspace', 'runner-temp'] }),
      result,
    ),
  );
  if (sbom.cyclonedx) outputs.set('sbom-cyclonedx', sbom.cyclonedx);
  if (sbom.spdx) outputs.set('sbom-spdx', sbom.spdx);
  outputs.set('sarif', sarifPath);
  outputs.set('vulnerabilities', result.vulnerabilities.counts);
  outputs.set('licenses', { counts: licenses.counts, violations: licenses.violations.length, unknown: licenses.unknown.length });
  outputs.set('secrets', secrets.length);
  outputs.set('passed', passed);
  outputs.set('result-json', resultPath);
  const { renderSummary } = await import('./report/summary.ts');
  await writeSummary(
    renderSummary({
      result,
      findings,
      secrets,
      components,
      lockfiles: discovered.lockfiles,
      failOn: given.failOnSeverity,
      unknownLicenses: licenses.unknown.length,
    }),
  );
  annotateFindings(findings, secrets);

  if (!passed) {
    const reasons = [
      blockers.length > 0
        ? `${blockers.length} vulnerabilities at or above ${given.failOnSeverity} (${blockers
            .slice(0, 5)
            .map((f) => `${f.id} in ${f.package} ${f.version}`)
            .join(', ')})`
        : '',
      licenses.violations.length > 0 ? `${licenses.violations.length} licence violations` : '',
      secrets.length > 0
        ? `${secrets.length} hardcoded secrets (${secrets
            .slice(0, 5)
            .map((s) => `${s.rule} at ${s.file}:${s.line}`)
            .join(', ')})`
        : '',
    ].filter(Boolean);
    throw new VerdictError(`Supply-chain policy failed: ${reasons.join('; ')}`);
  }
}
