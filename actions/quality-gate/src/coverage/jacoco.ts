import { repoPath } from '../paths.ts';
import { streamXmlReport } from '../xml/read-xml.ts';
import type { FileCoverage } from './model.ts';

/**
 * JaCoCo XML: <package name="com/example"> / <sourcefile name="Foo.java"> / <line nr mi ci mb cb>
 * (missed/covered instructions and branches per line). Paths are package-relative, as JaCoCo knows them.
 */
export async function readJacoco(file: string, add: (coverage: FileCoverage) => void, label = repoPath(file)): Promise<void> {
  let pkg = '';
  let current: FileCoverage | undefined;
  await streamXmlReport(
    file,
    {
      open(name, attrs) {
        if (name === 'package') {
          pkg = attrs.name ?? '';
        } else if (name === 'sourcefile') {
          current = { path: repoPath(pkg ? `${pkg}/${attrs.name}` : (attrs.name ?? '')), lines: new Map(), branches: new Map() };
        } else if (name === 'line' && current) {
          const line = Number(attrs.nr);
          current.lines?.set(line, Number(attrs.ci) || 0);
          const covered = Number(attrs.cb) || 0;
          const total = covered + (Number(attrs.mb) || 0);
          if (total > 0) current.branches?.set(line, [covered, total]);
        }
      },
      close(name) {
        if (name === 'sourcefile' && current) {
          add(current);
          current = undefined;
        }
      },
    },
    label,
  );
}
