import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { docsDir, generateDocs } from '../action-docs/generate.ts';

describe('action-docs', () => {
  it('the committed reference docs are what pnpm docs generates from action.yml and the workflows', () => {
    const generated = generateDocs();
    const committed = readdirSync(docsDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.md'))
      .map((e) => path.relative(docsDir, path.join(e.parentPath, e.name)))
      .sort();
    assert.deepEqual(committed, [...generated.keys()].sort(), 'run pnpm gen-docs and commit action-docs/');
    for (const [file, content] of generated) {
      assert.equal(
        existsSync(path.join(docsDir, file)) && readFileSync(path.join(docsDir, file), 'utf8'),
        content,
        `action-docs/${file} is stale: run pnpm gen-docs`,
      );
    }
  });
});
