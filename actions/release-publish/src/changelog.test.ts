import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildChangelog, capNotes, GITHUB_BODY_LIMIT, prependSection } from './changelog.ts';
import { parseCommit } from './conventional.ts';

const context = { repositoryUrl: 'https://github.com/o/r', serverUrl: 'https://github.com', tag: 'v2.0.0', previousTag: 'v1.0.0' };
const commits = (messages: string[]) =>
  messages.map((message, i) => parseCommit({ sha: String(i).padStart(40, '0'), authorName: 'Dev', authorEmail: 'd@e', message }));

describe('changelog', () => {
  it('groups by type in a fixed order, each commit once, breaking first', () => {
    const { markdown, entries } = buildChangelog(
      commits(['fix: b (#2)', 'feat!: a', 'perf: c', 'chore: d', 'Merge-less plain commit', 'docs: e']),
      context,
    );
    assert.equal(entries, 6);
    const titles = [...markdown.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    assert.deepEqual(titles, ['⚠ Breaking changes', 'Fixes', 'Performance', 'Documentation', 'Other changes']);
    assert.match(
      markdown,
      /- b \(\[#2\]\(https:\/\/github\.com\/o\/r\/pull\/2\), \[0000000\]\(https:\/\/github\.com\/o\/r\/commit\/0{40}\)\) by Dev/,
    );
    assert.match(markdown, /\*\*Full changelog\*\*: https:\/\/github\.com\/o\/r\/compare\/v1\.0\.0\.\.\.v2\.0\.0/);
    assert.doesNotMatch(markdown, /### Features/, 'the breaking feat is listed once, under breaking');
  });

  it('caps notes under GitHub limit on a line boundary with a link to the full list', () => {
    const many = commits(Array.from({ length: 3000 }, (_, i) => `fix: repair number ${i} ${'x'.repeat(40)}`));
    const { markdown, fullListUrl } = buildChangelog(many, context);
    assert.ok(markdown.length > GITHUB_BODY_LIMIT, String(markdown.length));
    const capped = capNotes(markdown, fullListUrl);
    assert.ok(capped.length <= GITHUB_BODY_LIMIT, String(capped.length));
    const shown = capped.split('\n').filter((l) => l.startsWith('- ')).length;
    const [, leftOut] = /… (\d+) more changes are not shown/.exec(capped) ?? [];
    assert.equal(shown + Number(leftOut), 3000);
    assert.ok(capped.trimEnd().endsWith(`[the full list](${fullListUrl})`));
    assert.equal(capNotes('short', fullListUrl), 'short');
  });

  it('CHANGELOG.md: the new section on top, a re-run replaces its own section', () => {
    const first = prependSection('', '## v1.0.0', '- a');
    const second = prependSection(first, '## v1.1.0', '- b');
    assert.equal(second, '# Changelog\n\n## v1.1.0\n\n- b\n\n## v1.0.0\n\n- a\n');
    assert.equal(prependSection(second, '## v1.1.0', '- b2'), '# Changelog\n\n## v1.1.0\n\n- b2\n\n## v1.0.0\n\n- a\n');
  });
});
