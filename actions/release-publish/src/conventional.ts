import { CommitParser } from 'conventional-commits-parser';
import type { GitCommit } from './git.ts';

/** A commit read as a conventional commit; `type` is undefined for a message that does not follow it. */
export interface ConventionalCommit {
  sha: string;
  type?: string;
  scope?: string;
  subject: string;
  breaking: boolean;
  /** The BREAKING CHANGE notes' text (the subject for a `!` header without a note). */
  breakingNotes: string[];
  /** Pull request numbers: GitHub's squash `(#123)` and merge subjects. */
  pullRequests: number[];
  authorName: string;
  /** The GitHub login when the address is GitHub's no-reply address. */
  authorLogin?: string;
}

// The Conventional Commits 1.0 header, `!` included, as the conventionalcommits preset reads it.
const parser = new CommitParser({
  headerPattern: /^(\w*)(?:\((.*)\))?!?: (.*)$/,
  breakingHeaderPattern: /^(\w*)(?:\((.*)\))?!: (.*)$/,
  headerCorrespondence: ['type', 'scope', 'subject'],
  noteKeywords: ['BREAKING CHANGE', 'BREAKING-CHANGE'],
  issuePrefixes: ['#'],
});

const NOREPLY = /^(?:\d+\+)?([A-Za-z0-9-]+)@users\.noreply\.github\.com$/i;

export function parseCommit(commit: GitCommit): ConventionalCommit {
  const parsed = parser.parse(commit.message);
  const header = parsed.header ?? commit.message.split('\n')[0] ?? '';
  const notes = parsed.notes.filter((n) => /^BREAKING[ -]CHANGE$/i.test(n.title)).map((n) => n.text.trim());
  const pullRequests = [...header.matchAll(/\(#(\d+)\)|^Merge pull request #(\d+)/g)].map((m) => Number(m[1] ?? m[2]));
  const type = parsed.type?.toLowerCase() || undefined;
  return {
    sha: commit.sha,
    type,
    scope: parsed.scope || undefined,
    subject: (type ? parsed.subject : header)?.replace(/\s*\(#\d+\)\s*$/, '').trim() ?? header,
    breaking: notes.length > 0,
    breakingNotes: notes,
    pullRequests,
    authorName: commit.authorName,
    authorLogin: NOREPLY.exec(commit.authorEmail)?.[1],
  };
}
