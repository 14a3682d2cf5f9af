import { repoPath } from '../paths.ts';
import { streamXmlReport } from '../xml/read-xml.ts';
import { addHits, type FileCoverage, ratio } from './model.ts';

/**
 * Clover XML (istanbul/vitest, OpenClover, PHPUnit): <file path> with <line num count type>; statement
 * lines count as lines (method lines are function coverage). A condition line (truecount/falsecount, often
 * no count) describes the branches of a line: it never overrides the statement entry of the same line, and
 * adds a line only where there is none. Branch totals come from the file's own <metrics conditionals
 * coveredconditionals>, which Clover computes per condition.
 */
export async function readClover(file: string, add: (coverage: FileCoverage) => void, label = repoPath(file)): Promise<void> {
  let current: FileCoverage | undefined;
  let inClass = false;
  const conditionOnly = new Map<number, number>();
  await streamXmlReport(
    file,
    {
      open(name, attrs) {
        if (name === 'file') {
          current = { path: repoPath(attrs.path ?? attrs.name ?? ''), lines: new Map() };
        } else if (name === 'class') {
          inClass = true;
        } else if (name === 'metrics' && current && !inClass) {
          current.branchTotals = ratio(Number(attrs.coveredconditionals) || 0, Number(attrs.conditionals) || 0);
        } else if (name === 'line' && current && attrs.type === 'cond') {
          const ran = (Number(attrs.truecount) || 0) + (Number(attrs.falsecount) || 0);
          const line = Number(attrs.num);
          conditionOnly.set(line, Math.max(conditionOnly.get(line) ?? 0, Number(attrs.count) || ran));
        } else if (name === 'line' && current && attrs.type !== 'method') {
          addHits(current, Number(attrs.num), Math.max(0, Number(attrs.count) || 0));
        }
      },
      close(name) {
        if (name === 'class') inClass = false;
        if (name === 'file' && current) {
          for (const [line, hits] of conditionOnly) if (!current.lines?.has(line)) addHits(current, line, hits);
          conditionOnly.clear();
          add(current);
          current = undefined;
        }
      },
    },
    label,
  );
}
