import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import {
  emptySeverityCounts,
  readSbomScanResult,
  SBOM_SCAN_RESULT_FORMAT,
  type SbomScanResult,
  writeSbomScanResult,
} from './sbom-scan-result.ts';

const result: SbomScanResult = {
  format: SBOM_SCAN_RESULT_FORMAT,
  passed: false,
  vulnerabilities: {
    counts: { ...emptySeverityCounts(), high: 1 },
    findings: [
      {
        id: 'GHSA-c2qf-rxjj-qqgw',
        aliases: ['CVE-2022-25883'],
        package: 'semver',
        version: '7.5.1',
        ecosystem: 'npm',
        severity: 'high',
        score: 7.5,
        fixed: ['7.5.2'],
        ignored: false,
      },
    ],
  },
  licenses: { counts: { MIT: 3 }, violations: [{ package: 'x', version: '1', license: '', reason: 'unknown' }] },
  secrets: { count: 1, findings: [{ rule: 'github-pat', file: 'src/a.ts', line: 3 }] },
  sbom: { components: 3, cyclonedx: 'sbom.cdx.json' },
};

test('a written result reads back the same', async () => {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'sbom-result-')), 'out', 'result.json');
  await writeSbomScanResult(file, result);
  assert.deepEqual(await readSbomScanResult(file), result);
});

test('a result of another shape is refused with the key named', async () => {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'sbom-result-')), 'bad.json');
  const bad = JSON.parse(JSON.stringify(result));
  bad.vulnerabilities.findings[0].severity = 'severe';
  await writeFile(file, JSON.stringify(bad));
  await assert.rejects(readSbomScanResult(file), /\/vulnerabilities\/findings\/0\/severity is 'severe'/);
  await writeFile(file, '{"format":');
  await assert.rejects(readSbomScanResult(file), /is not JSON/);
  assert.match(await readFile(file, 'utf8'), /format/);
});

test('the writer refuses a result that breaks the contract', async () => {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'sbom-result-')), 'r.json');
  const bad = { ...result, secrets: { count: 1, findings: [{ rule: 'x', file: 'a', line: 0 }] } };
  await assert.rejects(writeSbomScanResult(file, bad), /line/);
});
