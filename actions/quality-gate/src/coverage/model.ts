/** Covered out of total; `pct` is undefined when there is nothing to cover. */
export interface Ratio {
  covered: number;
  total: number;
  pct?: number;
}

import type { CoverageFormat } from '../formats.ts';

export type { CoverageFormat };

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
  /**
   * Blocks of statements (Go): "start,end" -> [statements, hits]. A tool that measures statements gives its
   * own figure this way: line coverage of such a file is its covered statements over its statements.
   */
  blocks?: Map<string, [number, number]>;
  branchTotals?: Ratio;
}

export interface CoverageResults {
  reports: { file: string; format: CoverageFormat; files?: number }[];
  files: number;
  line: Ratio;
  branch: Ratio;
  /** Every file's own figures, the least covered first. */
  byFile: { file: string; line: Ratio; branch: Ratio }[];
}

/** Add a report entry's hits to a line (a line listed twice in one report is one line, run as often as both say). */
export function addHits(file: FileCoverage, line: number, hits: number): void {
  if (!Number.isInteger(line) || line < 0) return;
  file.lines ??= new Map();
  file.lines.set(line, (file.lines.get(line) ?? 0) + hits);
}

/** Add a report entry's branches to a line: the most covered of its entries, over the most branches. */
export function addBranches(file: FileCoverage, line: number, covered: number, total: number): void {
  if (!Number.isInteger(line) || line < 0 || total <= 0) return;
  file.branches ??= new Map();
  const [c, t] = file.branches.get(line) ?? [0, 0];
  file.branches.set(line, [Math.max(c, covered), Math.max(t, total)]);
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
    if (known.blocks && file.blocks) {
      for (const [block, [statements, hits]] of file.blocks) {
        const [, before = 0] = known.blocks.get(block) ?? [];
        known.blocks.set(block, [statements, before + hits]);
      }
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

  /** What the reports say about one source file, merged (relative to the workspace). */
  file(path: string): FileCoverage | undefined {
    return this.byPath.get(path);
  }

  results(): CoverageResults {
    let linesCovered = 0;
    let linesTotal = 0;
    let branchesCovered = 0;
    let branchesTotal = 0;
    const byFile: CoverageResults['byFile'] = [];
    for (const file of this.byPath.values()) {
      const l = lineRatio(file);
      const b = branchRatio(file);
      byFile.push({ file: file.path, line: l, branch: b });
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
      byFile: byFile.sort((a, b) => (a.line.pct ?? 101) - (b.line.pct ?? 101) || (a.file < b.file ? -1 : 1)),
    };
  }
}

function lineRatio(file: FileCoverage): Ratio {
  if (file.blocks) {
    let covered = 0;
    let total = 0;
    for (const [statements, hits] of file.blocks.values()) {
      total += statements;
      if (hits > 0) covered += statements;
    }
    return ratio(covered, total);
  }
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
