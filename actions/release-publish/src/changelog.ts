import type { ConventionalCommit } from './conventional.ts';

/** GitHub refuses a release body longer than this many characters. */
export const GITHUB_BODY_LIMIT = 125_000;

/** The sections of a changelog in order, and which commit types each takes. */
const SECTIONS: { title: string; takes: (c: ConventionalCommit) => boolean }[] = [
  { title: '⚠ Breaking changes', takes: (c) => c.breaking },
  { title: 'Features', takes: (c) => c.type === 'feat' },
  { title: 'Fixes', takes: (c) => c.type === 'fix' },
  { title: 'Performance', takes: (c) => c.type === 'perf' },
  { title: 'Reverts', takes: (c) => c.type === 'revert' },
  { title: 'Documentation', takes: (c) => c.type === 'docs' },
  { title: 'Other changes', takes: () => true },
];

export interface ChangelogContext {
  /** https://github.com/owner/repo */
  repositoryUrl: string;
  serverUrl: string;
  tag: string;
  previousTag?: string;
}

export interface Changelog {
  /** Markdown sections without a heading (the release body's shape). */
  markdown: string;
  /** How many commits it lists. */
  entries: number;
  /** Where every change is listed: the comparison with the previous tag, or the tag's history. */
  fullListUrl: string;
}

function entry(c: ConventionalCommit, context: ChangelogContext, breakingSection: boolean): string {
  const scope = c.scope ? `**${c.scope}:** ` : '';
  const text =
    breakingSection && c.breakingNotes[0] && c.breakingNotes[0] !== c.subject ? `${c.subject}: ${c.breakingNotes[0]}` : c.subject;
  const links = [
    ...c.pullRequests.map((n) => `[#${n}](${context.repositoryUrl}/pull/${n})`),
    `[${c.sha.slice(0, 7)}](${context.repositoryUrl}/commit/${c.sha})`,
  ];
  const author = c.authorLogin ? `[@${c.authorLogin}](${context.serverUrl}/${c.authorLogin})` : c.authorName;
  return `- ${scope}${text.split('\n')[0]} (${links.join(', ')}) by ${author}`;
}

/** The changelog of one release: each commit once, in the first section that takes it, newest first. */
export function buildChangelog(commits: readonly ConventionalCommit[], context: ChangelogContext): Changelog {
  const fullListUrl = context.previousTag
    ? `${context.repositoryUrl}/compare/${encodeURIComponent(context.previousTag)}...${encodeURIComponent(context.tag)}`
    : `${context.repositoryUrl}/commits/${encodeURIComponent(context.tag)}`;
  const placed = new Set<string>();
  const parts: string[] = [];
  for (const section of SECTIONS) {
    const taken = commits.filter((c) => !placed.has(c.sha) && section.takes(c));
    if (taken.length === 0) continue;
    for (const c of taken) placed.add(c.sha);
    const breaking = section.title.includes('Breaking');
    parts.push(`### ${section.title}\n\n${taken.map((c) => entry(c, context, breaking)).join('\n')}`);
  }
  const body = parts.length > 0 ? parts.join('\n\n') : 'No changes.';
  const markdown = `${body}\n\n**Full changelog**: ${fullListUrl}\n`;
  return { markdown, entries: commits.length, fullListUrl };
}

/**
 * Notes that fit GitHub's limit: whole lines are kept up to it, then one line says how many were left
 * out and links to the full list.
 */
export function capNotes(markdown: string, fullListUrl: string, limit = GITHUB_BODY_LIMIT): string {
  if (markdown.length <= limit) return markdown;
  const lines = markdown.split('\n');
  const kept: string[] = [];
  let length = 0;
  const reserve = 300 + fullListUrl.length;
  for (const line of lines) {
    if (length + line.length + 1 > limit - reserve) break;
    kept.push(line);
    length += line.length + 1;
  }
  const leftOut = lines.slice(kept.length).filter((line) => line.startsWith('- ')).length;
  return `${kept.join('\n')}\n\n… ${leftOut} more changes are not shown here (GitHub keeps release notes under ${limit.toLocaleString('en-US')} characters): [the full list](${fullListUrl})\n`;
}

/** A CHANGELOG.md with this release's section on top; a section already there for the tag is replaced. */
export function prependSection(existing: string, heading: string, markdown: string): string {
  const section = `${heading}\n\n${markdown.trim()}\n`;
  const title = '# Changelog\n';
  const rest = existing.startsWith(title) ? existing.slice(title.length) : existing;
  const sections = rest.split(/^(?=## )/m).filter((s) => s.trim() !== '' && !s.startsWith(`${heading}\n`));
  return `${title}\n${[section, ...sections.map((s) => `${s.trim()}\n`)].join('\n')}`;
}
