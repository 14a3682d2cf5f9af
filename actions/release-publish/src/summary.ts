import { cell, markdownTable } from '@archway/kit';
import type { SyncedAsset } from './assets.ts';
import type { Release } from './github.ts';

export interface SummaryFacts {
  release: Release;
  version: string;
  synced: readonly SyncedAsset[];
  /** Every asset of the release: name, size, sha256. */
  all: readonly { name: string; size: number; sha256: string; url: string }[];
  changes: string[];
  changelog: string;
  provenance: string;
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

export function renderSummary(facts: SummaryFacts): string {
  const { release } = facts;
  const state = release.draft ? 'draft' : release.prerelease ? 'pre-release' : 'release';
  const outcome = new Map(facts.synced.map((s) => [s.asset.name, s.outcome]));
  const rows = facts.all.map((a) => [`[${a.name}](${a.url})`, size(a.size), `\`${a.sha256}\``, outcome.get(a.name) ?? 'other job']);
  return [
    `## Release [${release.name || release.tag_name}](${release.html_url}) (${state} ${cell(facts.version)})`,
    facts.changes.length > 0
      ? `Changed: ${facts.changes.join('; ')}.`
      : 'Nothing changed: the release already was as this run would make it.',
    rows.length > 0 ? markdownTable(['asset', 'size', 'sha256', 'this run'], rows) : 'No assets.',
    `Provenance: ${facts.provenance}`,
    '### Changelog',
    facts.changelog,
  ].join('\n\n');
}
