import { markdownTable } from '@archway/kit';
import type { SbomScanResult } from '@archway/kit/contracts/sbom-scan-result';
import type { Component } from '../model.ts';
import type { ComponentFinding } from '../osv/findings.ts';
import type { Secret } from '../secrets/scan.ts';

const ICON: Record<string, string> = { critical: '🟥', high: '🟧', medium: '🟨', low: '🟦', unknown: '⬜' };

/** The job summary: verdict, severity table, findings, licences (table and mermaid pie), secrets, pinning. */
export function renderSummary(input: {
  result: SbomScanResult;
  findings: ComponentFinding[];
  secrets: Secret[];
  components: Component[];
  lockfiles: string[];
  failOn: string;
  unknownLicenses: number;
}): string {
  const { result, findings, secrets, components } = input;
  const parts: string[] = [];
  parts.push(`## ${result.passed ? '✅' : '❌'} Supply chain: ${result.sbom.components} components in ${input.lockfiles.length} lockfiles`);
  const counts = result.vulnerabilities.counts;
  parts.push(
    markdownTable(
      ['Severity', 'Vulnerabilities'],
      (['critical', 'high', 'medium', 'low', 'unknown'] as const).map((s) => [`${ICON[s]} ${s}`, counts[s]]),
    ),
  );
  if (findings.length > 0) {
    parts.push(
      markdownTable(
        ['Advisory', 'Package', 'Version', 'Severity', 'Fixed in', 'Lockfile'],
        findings.map((f) => [
          `[${f.id}](${f.url})${f.aliases.length > 0 ? ` (${f.aliases.join(', ')})` : ''}`,
          `${f.package} (${f.ecosystem})`,
          f.version,
          `${ICON[f.severity]} ${f.severity}${f.score !== undefined ? ` ${f.score}` : ''}${f.ignored ? ' (ignored)' : ''}`,
          f.fixed.join(', ') || '—',
          `${f.component.lockfile}${f.component.line ? `:${f.component.line}` : ''}`,
        ]),
      ),
    );
  }
  parts.push(`Fails on: ${input.failOn}.`);
  const licenseCounts = Object.entries(result.licenses.counts).sort((a, b) => b[1] - a[1]);
  parts.push('### Licences');
  parts.push(markdownTable(['Licence', 'Components'], licenseCounts));
  parts.push(
    ['```mermaid', 'pie title Licences', ...licenseCounts.slice(0, 12).map(([l, n]) => `    "${l.replace(/"/g, "'")}" : ${n}`), '```'].join(
      '\n',
    ),
  );
  if (result.licenses.violations.length > 0) {
    parts.push(
      markdownTable(
        ['Package', 'Version', 'Licence', 'Why'],
        result.licenses.violations.map((v) => [v.package, v.version, v.license || '—', v.reason]),
      ),
    );
  } else if (input.unknownLicenses > 0) {
    parts.push(`${input.unknownLicenses} components declare no SPDX licence in their lockfile (unknown-licenses: warn).`);
  }
  parts.push(`### Secrets: ${secrets.length}`);
  if (secrets.length > 0)
    parts.push(
      markdownTable(
        ['Rule', 'File', 'Line', 'Value'],
        secrets.map((s) => [s.rule, s.file, s.line, s.masked]),
      ),
    );
  const byTag = components.filter((c) => c.pinnedByTag);
  if (byTag.length > 0) {
    parts.push('### Actions pinned by tag instead of a commit SHA');
    parts.push(
      markdownTable(
        ['Action', 'Ref', 'Workflow'],
        byTag.map((c) => [c.name, c.version, `${c.lockfile}:${c.line}`]),
      ),
    );
  }
  return `${parts.join('\n\n')}\n`;
}
