import { streamXmlFile } from '@archway/kit/xml';
import { repoPath } from '../paths.ts';
import { type FileCoverage, ratio } from './model.ts';

/**
 * Clover XML (istanbul/vitest, OpenClover, PHPUnit): <file path> with <line num count type>; statement and
 * condition lines count as lines (method lines are function coverage). Branch totals come from the file's
 * own <metrics conditionals coveredconditionals>, which Clover computes per condition.
 */
export async function readClover(file: string, add: (coverage: FileCoverage) => void, label = repoPath(file)): Promise<void> {
  let current: FileCoverage | undefined;
  let inClass = false;
  await streamXmlFile(
    file,
    {
      open(name, attrs) {
        if (name === 'file') {
          current = { path: repoPath(attrs.path ?? attrs.name ?? ''), lines: new Map() };
        } else if (name === 'class') {
          inClass = true;
        } else if (name === 'metrics' && current && !inClass) {
          current.branchTotals = ratio(Number(attrs.coveredconditionals) || 0, Number(attrs.conditionals) || 0);
        } else if (name === 'line' && current && attrs.type !== 'method') {
          current.lines?.set(Number(attrs.num), Number(attrs.count) || 0);
        }
      },
      close(name) {
        if (name === 'class') inClass = false;
        if (name === 'file' && current) {
          add(current);
          current = undefined;
        }
      },
    },
    label,
  );
}
