import { parseSbomScanResult, SBOM_SCAN_RESULT_FORMAT } from '@archway/kit/contracts/sbom-scan-result';
import type { FormatReader } from './format.ts';

/** sbom-scan's result file. */
export const sbomReader: FormatReader = {
  formats: [SBOM_SCAN_RESULT_FORMAT],
  what: 'sbom-scan result',
  async read(value, file, into) {
    const result = await parseSbomScanResult(JSON.stringify(value), file);
    into.sboms.push({
      file,
      passed: result.passed,
      vulnerabilities: { ...result.vulnerabilities.counts },
      licenseViolations: result.licenses.violations.length,
      secrets: result.secrets.count,
      components: result.sbom.components,
    });
  },
};
