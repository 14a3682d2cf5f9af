import { validate } from '@archway/kit/structured';
import type { GateCondition } from '../results.ts';
import type { FormatReader } from './format.ts';
import schema from './gate-report.schema.json' with { type: 'json' };

interface GateReportFile {
  passed: boolean;
  status: string;
  conditions: {
    id: string;
    label: string;
    bound?: 'min' | 'max';
    unit?: string;
    threshold: number;
    value?: number;
    actual?: number;
    verdict?: GateCondition['verdict'];
    ok?: boolean;
  }[];
  tests?: { total: number; passed: number; failed: number; skipped: number; flaky?: number };
  coverage?: { line?: { pct?: number }; branch?: { pct?: number; total?: number } };
  security?: { counts?: Record<string, number> };
}

/**
 * quality-gate's report (its `report-json` output or file); both spellings of its format are read: the
 * kit's gate-report contract (archway-gate-report/v1: `actual`, `ok`) and the earlier archway.quality-gate/v1
 * (`value`) that released quality-gate bundles write. gate-report.schema.json keeps the fields notify reads
 * of either, so one schema covers both.
 */
export const gateReader: FormatReader = {
  formats: ['archway-gate-report/v1', 'archway.quality-gate/v1'],
  what: 'quality-gate report',
  async read(value, file, into) {
    const report = await validate<GateReportFile>(value, schema, `The quality-gate report ${file}`);
    into.gates.push({
      file,
      passed: report.passed,
      status: report.status,
      conditions: report.conditions.map((c) => {
        const measured = c.value ?? c.actual;
        return {
          id: c.id,
          label: c.label,
          ...(measured !== undefined ? { value: measured } : {}),
          threshold: c.threshold,
          unit: c.unit ?? 'count',
          bound: c.bound ?? 'min',
          verdict: c.verdict ?? (measured === undefined ? 'skip' : c.ok === false ? 'fail' : 'pass'),
        };
      }),
      ...(report.tests
        ? {
            tests: {
              total: report.tests.total,
              passed: report.tests.passed,
              failed: report.tests.failed,
              skipped: report.tests.skipped,
              flaky: report.tests.flaky ?? 0,
            },
          }
        : {}),
      ...(report.coverage
        ? {
            coverage: {
              ...(report.coverage.line?.pct !== undefined ? { line: report.coverage.line.pct } : {}),
              ...(report.coverage.branch?.pct !== undefined && (report.coverage.branch.total ?? 1) > 0
                ? { branch: report.coverage.branch.pct }
                : {}),
            },
          }
        : {}),
      ...(report.security?.counts ? { vulnerabilities: report.security.counts } : {}),
    });
  },
};
