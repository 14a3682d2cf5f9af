import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '@archway/kit';
import { reportLines } from '../lines.ts';
import { repoPath, workspaceRoot } from '../paths.ts';
import type { FileCoverage } from './model.ts';

const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;

/**
 * Go cover profile (`go test -coverprofile`): blocks `file:startLine.col,endLine.col statements count`.
 * Coverage is counted in statements, as `go tool cover -func` counts it: a block listed more than once
 * (several test binaries covering one package) is one block whose counts add up. The lines of each block
 * are kept too (a line is covered when any block over it ran), for the per-file table. Files are import
 * paths; the module prefix from the workspace's go.mod is stripped so they read as repository paths.
 */
export async function readGoCover(file: string, add: (coverage: FileCoverage) => void): Promise<void> {
  const label = repoPath(file);
  const goMod = goModule(path.dirname(file));
  const files = new Map<string, { lines: Map<number, number>; blocks: Map<string, [number, number]> }>();
  for await (const [raw, lineNumber] of reportLines(file, label, 'coverage')) {
    const line = raw.trim();
    if (line === '' || (lineNumber === 1 && line.startsWith('mode:'))) continue;
    const match = BLOCK.exec(line);
    if (!match) throw new ConfigurationError(`${label}: line ${lineNumber} ('${line.slice(0, 60)}') is not a Go cover profile block`);
    const [, name = '', startLine = '', startCol = '', endLine = '', endCol = '', statements = '', count = ''] = match;
    const [start, end] = [Number(startLine), Number(endLine)];
    if (end < start || (end === start && Number(endCol) < Number(startCol))) {
      throw new ConfigurationError(`${label}: line ${lineNumber} ('${line.slice(0, 80)}') is a block that ends before it starts`);
    }
    let entry = files.get(name);
    if (!entry) {
      entry = { lines: new Map(), blocks: new Map() };
      files.set(name, entry);
    }
    const key = `${startLine}.${startCol},${endLine}.${endCol}`;
    const [, before = 0] = entry.blocks.get(key) ?? [];
    entry.blocks.set(key, [Number(statements), before + Number(count)]);
    for (let n = start; n <= end; n++) entry.lines.set(n, Math.max(entry.lines.get(n) ?? 0, Number(count)));
  }
  for (const [name, entry] of files) {
    const inModule = goMod && name.startsWith(`${goMod.path}/`);
    add({ path: inModule ? repoPath(name.slice(goMod.path.length + 1), goMod.dir) : name, ...entry });
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
