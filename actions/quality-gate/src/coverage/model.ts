/** Covered out of total; `pct` is undefined when there is nothing to cover. */
export interface Ratio {
  covered: number;
  total: number;
  pct?: number;
}

export type CoverageFormat = 'lcov' | 'cobertura' | 'istanbul-json-summary' | 'jacoco' | 'go' | 'clover';

/**
 * What a coverage report says about one source file. Formats with per-line data fill `lines` (line ->
 * hits) and `branches` (line -> [covered, total]), so reports of the same file merge line by line;
 * json-summary only has totals.
 */
export interface FileCoverage {
  path: string;
  lines?: Map<number, number>;
  branches?: Map<number, [number, number]>;
  lineTotals?: Ratio;
  branchTotals?: Ratio;
}

export interface CoverageResults {
  reports: { file: string; format: CoverageFormat }[];
  files: number;
  line: Ratio;
  branch: Ratio;
}

export function ratio(covered: number, total: number): Ratio {
  return total > 0 ? { covered, total, pct: Math.round((covered / total) * 10_000) / 100 } : { covered, total };
}

/** Collects files from every coverage report, merging a file that several reports cover. */
export class CoverageCollector {
  readonly reports: CoverageResults['reports'] = [];
  private readonly byPath = new Map<string, FileCoverage>();

  add(file: FileCoverage): void {
    const known = this.byPath.get(file.path);
    if (!known) {
      this.byPath.set(file.path, file);
      return;
    }
    if (known.lines && file.lines) {
      for (const [line, hits] of file.lines) known.lines.set(line, (known.lines.get(line) ?? 0) + hits);
    } else if (file.lines || file.lineTotals) {
      // Totals cannot be merged with lines of another format: keep the better covered view.
      const better = lineRatio(file).pct ?? 0;
      if (better > (lineRatio(known).pct ?? 0)) {
        known.lines = file.lines;
        known.lineTotals = file.lineTotals;
      }
    }
    if (known.branches && file.branches) {
      for (const [line, [covered, total]] of file.branches) {
        const [c, t] = known.branches.get(line) ?? [0, 0];
        known.branches.set(line, [Math.max(c, covered), Math.max(t, total)]);
      }
    } else if (file.branches || file.branchTotals) {
      const better = branchRatio(file).pct ?? 0;
      if (better > (branchRatio(known).pct ?? 0)) {
        known.branches = file.branches;
        known.branchTotals = file.branchTotals;
      }
    }
  }

  results(): CoverageResults {
    let linesCovered = 0;
    let linesTotal = 0;
    let branchesCovered = 0;
    let branchesTotal = 0;
    for (const file of this.byPath.values()) {
      const l = lineRatio(file);
      const b = branchRatio(file);
      linesCovered += l.covered;
      linesTotal += l.total;
      branchesCovered += b.covered;
      branchesTotal += b.total;
    }
    return {
      reports: this.reports,
      files: this.byPath.size,
      line: ratio(linesCovered, linesTotal),
      branch: ratio(branchesCovered, branchesTotal),
    };
  }
}

function lineRatio(file: FileCoverage): Ratio {
  if (!file.lines) return file.lineTotals ?? ratio(0, 0);
  let covered = 0;
  for (const hits of file.lines.values()) if (hits > 0) covered++;
  return ratio(covered, file.lines.size);
}

function branchRatio(file: FileCoverage): Ratio {
  if (!file.branches) return file.branchTotals ?? ratio(0, 0);
  let covered = 0;
  let total = 0;
  for (const [c, t] of file.branches.values()) {
    covered += c;
    total += t;
  }
  return ratio(covered, total);
}
