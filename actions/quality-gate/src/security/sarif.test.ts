import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { emptySecurityResults, readSarif, severityFromLevel, severityFromScore } from './sarif.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'qg-sarif-'));
before(() => {
  process.env.GITHUB_WORKSPACE = dir;
});

function log(name: string, value: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

const location = (uri: string, startLine: number, uriBaseId?: string) => ({
  physicalLocation: { artifactLocation: { uri, ...(uriBaseId ? { uriBaseId } : {}) }, region: { startLine } },
});

describe('SARIF', () => {
  it('maps security-severity as code scanning does, else the level', () => {
    assert.deepEqual([9, 9.8, 7, 8.9, 4, 6.9, 3.9, 0].map(severityFromScore), [
      'critical',
      'critical',
      'high',
      'high',
      'medium',
      'medium',
      'low',
      'low',
    ]);
    assert.deepEqual(['error', 'warning', 'note', 'none', undefined].map(severityFromLevel), ['high', 'medium', 'low', 'low', 'medium']);
  });

  it('takes the score from the result, else its rule (by index or id, extensions too); counts what is not suppressed', async () => {
    const results = emptySecurityResults();
    await readSarif(
      log('scan.sarif', {
        version: '2.1.0',
        runs: [
          {
            tool: {
              driver: {
                name: 'CodeQL',
                rules: [
                  { id: 'js/sql-injection', properties: { 'security-severity': '8.8' } },
                  { id: 'js/unused', defaultConfiguration: { level: 'note' } },
                ],
              },
              extensions: [{ name: 'pack', rules: [{ id: 'js/prototype-pollution', properties: { 'security-severity': '9.1' } }] }],
            },
            originalUriBaseIds: { SRCROOT: { uri: `${pathToFileURL(dir).href}/` } },
            results: [
              {
                ruleId: 'js/sql-injection',
                ruleIndex: 0,
                level: 'error',
                message: { text: 'SQL from user input' },
                locations: [location('src/db.js', 12, 'SRCROOT')],
              },
              { ruleId: 'js/prototype-pollution', message: { text: 'pollution' }, locations: [location('src/obj.js', 3)] },
              { ruleId: 'js/unused', ruleIndex: 1, message: { text: 'unused' } },
              { ruleId: 'custom', level: 'warning', properties: { 'security-severity': 4.5 }, message: { text: 'scored on the result' } },
              {
                ruleId: 'js/sql-injection',
                ruleIndex: 0,
                message: { text: 'accepted risk' },
                suppressions: [{ kind: 'external', status: 'accepted' }],
              },
              { ruleId: 'js/sql-injection', ruleIndex: 0, message: { text: 'fixed' }, baselineState: 'absent' },
              { ruleId: 'js/sql-injection', ruleIndex: 0, kind: 'pass', message: { text: 'checked, fine' } },
            ],
          },
        ],
      }),
      results,
    );
    assert.deepEqual(results.counts, { critical: 1, high: 1, medium: 1, low: 1 });
    assert.deepEqual(
      results.findings.map((f) => [f.severity, f.ruleId, f.file, f.line]),
      [
        ['high', 'js/sql-injection', 'src/db.js', 12],
        ['critical', 'js/prototype-pollution', 'src/obj.js', 3],
        ['low', 'js/unused', undefined, undefined],
        ['medium', 'custom', undefined, undefined],
      ],
    );
  });

  it('refuses what is not a SARIF 2.1.0 log, with the file name', async () => {
    await assert.rejects(readSarif(log('old.sarif', { version: '1.0.0', runs: [] }), emptySecurityResults()), {
      name: 'ConfigurationError',
      message: 'old.sarif: not a SARIF 2.1.0 log (expected "version": "2.1.0" and a "runs" array)',
    });
    await assert.rejects(
      readSarif(log('cut.sarif', '{"version": "2.1.0", "ru'), emptySecurityResults()),
      /^ConfigurationError: cut\.sarif: not valid JSON/,
    );
  });
});
