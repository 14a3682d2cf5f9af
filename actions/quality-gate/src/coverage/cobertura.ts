import { repoPath } from '../paths.ts';
import { streamXmlReport } from '../xml/read-xml.ts';
import { addBranches, addHits, type FileCoverage } from './model.ts';

const CONDITIONS = /\((\d+)\/(\d+)\)/;

/**
 * Cobertura XML (coverage.py, istanbul/vitest, gcovr, coverlet, Cobertura itself): <class filename> holds
 * <lines> of <line number hits branch condition-coverage="50% (1/2)">. A line listed twice in a class
 * (gcovr lists a line once per function instantiated on it) is merged: its hits add up and it keeps the
 * most covered branches. Lines under <methods> repeat the class lines; one found only there still counts.
 * `branch` is read without regard to case (coverlet writes "True"). Filenames are relative to the first
 * <source>.
 */
export async function readCobertura(file: string, add: (coverage: FileCoverage) => void, label = repoPath(file)): Promise<void> {
  let source: string | undefined;
  let inSource = false;
  let sourceText = '';
  let inMethods = false;
  let current: FileCoverage | undefined;
  let methodLines: FileCoverage | undefined;
  await streamXmlReport(
    file,
    {
      open(name, attrs) {
        if (name === 'source') {
          inSource = source === undefined;
          sourceText = '';
        } else if (name === 'class') {
          current = { path: repoPath(attrs.filename ?? attrs.name ?? '', source), lines: new Map(), branches: new Map() };
          methodLines = { path: current.path, lines: new Map(), branches: new Map() };
        } else if (name === 'methods') {
          inMethods = true;
        } else if (name === 'line' && current && methodLines) {
          const into = inMethods ? methodLines : current;
          const line = Number(attrs.number);
          addHits(into, line, Math.max(0, Number(attrs.hits) || 0));
          const conditions = attrs.branch?.toLowerCase() === 'true' ? CONDITIONS.exec(attrs['condition-coverage'] ?? '') : null;
          if (conditions) addBranches(into, line, Number(conditions[1]), Number(conditions[2]));
        }
      },
      text(text) {
        if (inSource) sourceText += text;
      },
      close(name) {
        if (name === 'source' && inSource) {
          source = sourceText.trim() || undefined;
          inSource = false;
        } else if (name === 'methods') {
          inMethods = false;
        } else if (name === 'class' && current && methodLines) {
          for (const [line, hits] of methodLines.lines ?? []) if (!current.lines?.has(line)) addHits(current, line, hits);
          for (const [line, [covered, total]] of methodLines.branches ?? [])
            if (!current.branches?.has(line)) addBranches(current, line, covered, total);
          add(current);
          current = undefined;
          methodLines = undefined;
        }
      },
    },
    label,
  );
}
