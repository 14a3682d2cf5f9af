import { createReadStream, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { ConfigurationError } from '@archway/kit';
import { repoPath, workspaceRoot } from '../paths.ts';
import type { FileCoverage } from './model.ts';

const BLOCK = /^(.+):(\d+)\.\d+,(\d+)\.\d+ (\d+) (\d+)$/;

/**
 * Go cover profile (`go test -coverprofile`): blocks `file:startLine.col,endLine.col statements count`.
 * Blocks become lines as codecov does: a line is covered when any block over it ran. Files are import
 * paths; the module prefix from the workspace's go.mod is stripped so they read as repository paths.
 */
export async function readGoCover(file: string, add: (coverage: FileCoverage) => void): Promise<void> {
  const label = repoPath(file);
  const goMod = goModule(path.dirname(file));
  const files = new Map<string, Map<number, number>>();
  let lineNumber = 0;
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const raw of lines) {
    lineNumber++;
    const line = raw.trim();
    if (line === '' || (lineNumber === 1 && line.startsWith('mode:'))) continue;
    const match = BLOCK.exec(line);
    if (!match) throw new ConfigurationError(`${label}: line ${lineNumber} ('${line.slice(0, 60)}') is not a Go cover profile block`);
    const [, name = '', start, end, , count] = match;
    let hitsByLine = files.get(name);
    if (!hitsByLine) {
      hitsByLine = new Map();
      files.set(name, hitsByLine);
    }
    for (let n = Number(start); n <= Number(end); n++) hitsByLine.set(n, Math.max(hitsByLine.get(n) ?? 0, Number(count)));
  }
  for (const [name, hitsByLine] of files) {
    const inModule = goMod && name.startsWith(`${goMod.path}/`);
    add({ path: inModule ? repoPath(name.slice(goMod.path.length + 1), goMod.dir) : name, lines: hitsByLine });
  }
}

/** The module path and directory of the nearest go.mod at or above `dir` (up to the workspace). */
function goModule(dir: string): { path: string; dir: string } | undefined {
  const root = workspaceRoot();
  for (let current = dir; ; current = path.dirname(current)) {
    const mod = path.join(current, 'go.mod');
    if (existsSync(mod)) {
      const name = /^module\s+(\S+)/m.exec(readFileSync(mod, 'utf8'))?.[1];
      return name ? { path: name, dir: current } : undefined;
    }
    if (current === root || path.dirname(current) === current) return undefined;
  }
}
