import { streamXmlFile } from '@archway/kit/xml';
import { repoPath } from '../paths.ts';
import type { FileCoverage } from './model.ts';

const CONDITIONS = /\((\d+)\/(\d+)\)/;

/**
 * Cobertura XML (coverage.py, istanbul/vitest, gcovr, Cobertura itself): <class filename> holds <lines>
 * of <line number hits branch condition-coverage="50% (1/2)">. Lines under <methods> repeat the class
 * lines and are skipped. Filenames are relative to the first <source>.
 */
export async function readCobertura(file: string, add: (coverage: FileCoverage) => void, label = repoPath(file)): Promise<void> {
  let source: string | undefined;
  let inSource = false;
  let sourceText = '';
  let inMethods = false;
  let current: FileCoverage | undefined;
  await streamXmlFile(
    file,
    {
      open(name, attrs) {
        if (name === 'source') {
          inSource = source === undefined;
          sourceText = '';
        } else if (name === 'class') {
          current = { path: repoPath(attrs.filename ?? attrs.name ?? '', source), lines: new Map(), branches: new Map() };
        } else if (name === 'methods') {
          inMethods = true;
        } else if (name === 'line' && current && !inMethods) {
          const line = Number(attrs.number);
          current.lines?.set(line, Number(attrs.hits) || 0);
          const conditions = attrs.branch === 'true' ? CONDITIONS.exec(attrs['condition-coverage'] ?? '') : null;
          if (conditions) current.branches?.set(line, [Number(conditions[1]), Number(conditions[2])]);
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
        } else if (name === 'class' && current) {
          add(current);
          current = undefined;
        }
      },
    },
    label,
  );
}
