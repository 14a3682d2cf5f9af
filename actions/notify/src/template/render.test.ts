import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigurationError } from '@archway/kit';
import { runContext } from '../context.ts';
import { emptyResults } from '../results/results.ts';
import { buildView } from '../view.ts';
import { VIEW_SHAPE } from './fields.ts';
import { compileTemplate } from './render.ts';

const view = () => ({ ...buildView(runContext(), 'failure', emptyResults()), title: 'T' });

describe('templates', () => {
  it('renders fields, sections over lists and inverted sections, without HTML escaping', async () => {
    const t = await compileTemplate(
      '{{workflow}} {{#success}}ok{{/success}}{{^success}}not ok{{/success}}: {{#facts}}[{{name}}]{{/facts}} {{#pr}}PR {{number}}{{/pr}}',
      'T',
    );
    const v = { ...view(), workflow: 'a&b' };
    assert.equal(t.render(v), `a&b not ok: ${v.facts.map((f) => `[${f.name}]`).join('')} `);
  });

  it('refuses an unknown field, naming it and where it is', async () => {
    await assert.rejects(compileTemplate('Hello\n  {{repo}}', "Input 'message'"), (error: Error) => {
      assert.ok(error instanceof ConfigurationError);
      assert.match(error.message, /^Input 'message' uses the unknown field 'repo' at line 2, column 3; fields: .*repository/);
      return true;
    });
    await assert.rejects(compileTemplate('{{#gate}}{{nope}}{{/gate}}', 'T'), /unknown field 'nope'/);
    await assert.rejects(compileTemplate('{{pr.numbr}}', 'T'), /unknown field 'pr.numbr'/);
  });

  it('knows fields of the scope a section opens, and outer ones inside it', async () => {
    const t = await compileTemplate('{{#gate}}{{#failed}}{{text}} on {{branch}}{{/failed}}{{/gate}}{{pr.number}}', 'T');
    assert.equal(typeof t.render(view()), 'string');
  });

  it('refuses a syntax error with the parser’s message', async () => {
    await assert.rejects(
      compileTemplate('{{#details}} x', "Input 'message'"),
      /^ConfigurationError: Input 'message' is not a valid template: Unclosed section "details"/,
    );
    await assert.rejects(compileTemplate('{{> header}}', 'T'), /partials are not supported/);
  });

  it('declares exactly the fields a view has', () => {
    assert.deepEqual(Object.keys(VIEW_SHAPE as object).sort(), Object.keys(view()).sort());
  });
});
