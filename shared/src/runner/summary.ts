import * as core from '@actions/core';
import { redact } from './secrets.ts';

/** GitHub refuses a job summary over 1 MiB per step. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** Escape text for a Markdown table cell. */
export function cell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  return String(value).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function markdownTable(headers: readonly string[], rows: readonly (readonly (string | number | boolean | undefined)[])[]): string {
  const line = (cells: readonly (string | number | boolean | undefined)[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

export function codeBlock(text: string, language = ''): string {
  const fence = text.includes('```') ? '````' : '```';
  return `${fence}${language}\n${text}\n${fence}`;
}

/** Trim Markdown to a byte budget at a line boundary, saying what was left out. */
export function trimMarkdown(markdown: string, maxBytes: number): string {
  if (Buffer.byteLength(markdown) <= maxBytes) return markdown;
  const note = '\n\n_… trimmed to fit GitHub’s size limit; the full report is in the outputs._\n';
  let budget = maxBytes - Buffer.byteLength(note);
  const kept: string[] = [];
  for (const line of markdown.split('\n')) {
    const size = Buffer.byteLength(line) + 1;
    if (size > budget) break;
    kept.push(line);
    budget -= size;
  }
  return kept.join('\n') + note;
}

/** Append Markdown to the job summary (kept under GitHub's limit). No-op outside a runner. */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(trimMarkdown(redact(markdown), SUMMARY_LIMIT_BYTES), true).write();
}
