import { open } from 'node:fs/promises';
import { ConfigurationError } from '@archway/kit';
import { repoPath } from '../paths.ts';
import { readClover } from './clover.ts';
import { readCobertura } from './cobertura.ts';
import { readGoCover } from './go.ts';
import { readIstanbulSummary } from './istanbul.ts';
import { readJacoco } from './jacoco.ts';
import { readLcov } from './lcov.ts';
import type { CoverageCollector, CoverageFormat } from './model.ts';

const HEAD_BYTES = 64 * 1024;

/** Recognise a coverage report by its first bytes. */
export function detectFormat(head: string, label: string): CoverageFormat {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('{')) return 'istanbul-json-summary';
  if (/^mode: (set|count|atomic)\b/.test(text)) return 'go';
  if (/^(TN|SF):/m.test(text.slice(0, 4096))) return 'lcov';
  if (text.startsWith('<')) {
    const root = rootElement(text);
    if (root?.name === 'report') return 'jacoco';
    if (root?.name === 'coverage') return /\bclover=|<project\b/.test(text.slice(root.index, root.index + 4096)) ? 'clover' : 'cobertura';
    throw new ConfigurationError(
      `${label}: XML with root element <${root?.name ?? '?'}> is not a coverage report this action reads (Cobertura, JaCoCo or Clover)`,
    );
  }
  throw new ConfigurationError(
    `${label}: not a coverage report this action recognises (lcov, Cobertura, Istanbul json-summary, JaCoCo, Go cover profile, Clover)`,
  );
}

function rootElement(xml: string): { name: string; index: number } | undefined {
  // Skip the prolog: declarations (<?...?>), comments and the DOCTYPE come before the root.
  const match = /<(?![?!])([A-Za-z_][\w:.-]*)/.exec(xml.replace(/<!--[\s\S]*?-->/g, (c) => ' '.repeat(c.length)));
  return match?.[1] ? { name: match[1], index: match.index } : undefined;
}

/** Read one coverage report of any supported format into the collector. */
export async function readCoverage(file: string, collector: CoverageCollector): Promise<CoverageFormat> {
  const label = repoPath(file);
  const head = await readHead(file, label);
  const format = detectFormat(head, label);
  const add = collector.add.bind(collector);
  const xml = { cobertura: readCobertura, clover: readClover, jacoco: readJacoco } as const;
  if (format === 'lcov') await readLcov(file, add);
  else if (format === 'go') await readGoCover(file, add);
  else if (format === 'istanbul-json-summary') await readIstanbulSummary(file, add, label);
  else await xml[format](file, add, label);
  collector.reports.push({ file: label, format });
  return format;
}

async function readHead(file: string, label: string): Promise<string> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(file, 'r');
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    if (bytesRead === 0) throw new ConfigurationError(`${label}: empty file, not a coverage report`);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(`${label}: cannot read (${(error as Error).message})`);
  } finally {
    await handle?.close();
  }
}
