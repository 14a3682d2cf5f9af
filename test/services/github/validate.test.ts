import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GitHubSpec } from './spec.ts';
import { checkRequest, checkResponse } from './validate.ts';

const spec = await GitHubSpec.load();
const operation = (id: string) => {
  const found = spec.operations.find((o) => o.operationId === id);
  assert.ok(found, id);
  return found;
};
const json = (value: unknown) => Buffer.from(JSON.stringify(value));

describe('checking requests', () => {
  it('coerces path and query parameters to their types before validating', async () => {
    const checked = await checkRequest(
      spec,
      operation('repos/list-releases'),
      { owner: 'o', repo: 'r' },
      new URLSearchParams('per_page=5&page=2'),
      Buffer.alloc(0),
    );
    assert.deepEqual(checked.problems, []);
    assert.deepEqual(checked.query, { per_page: 5, page: 2 });
  });

  it('reports a missing required query parameter, a wrong enum value and an unparsable body', async () => {
    const upload = await checkRequest(
      spec,
      operation('repos/upload-release-asset'),
      { owner: 'o', repo: 'r', release_id: '1' },
      new URLSearchParams(),
      Buffer.from('x'),
    );
    assert.deepEqual(upload.problems, [`"name" wasn't supplied (query)`]);
    const status = await checkRequest(
      spec,
      operation('repos/create-commit-status'),
      { owner: 'o', repo: 'r', sha: 'abc' },
      new URLSearchParams(),
      json({ state: 'green' }),
    );
    assert.match(status.problems.join('\n'), /body\/state is "green", not one of "error", "failure", "pending", "success"/);
    const broken = await checkRequest(
      spec,
      operation('repos/create-commit-status'),
      { owner: 'o', repo: 'r', sha: 'abc' },
      new URLSearchParams(),
      Buffer.from('{'),
    );
    assert.equal(broken.unparsable, true);
  });

  it('refuses a body on an operation that takes none', async () => {
    const checked = await checkRequest(
      spec,
      operation('repos/delete-release'),
      { owner: 'o', repo: 'r', release_id: '1' },
      new URLSearchParams(),
      json({ force: true }),
    );
    assert.deepEqual(checked.problems, ['repos/delete-release takes no request body']);
  });
});

describe('checking the fake’s own answers', () => {
  it('reports an undocumented status and a body that does not match the response schema', async () => {
    assert.deepEqual(await checkResponse(spec, operation('repos/delete-release'), 200, {}), [
      'status 200 is not a documented response of repos/delete-release',
    ]);
    const problems = await checkResponse(spec, operation('repos/get-release'), 200, { id: 'one' });
    assert.ok(problems.includes(`"tag_name" wasn't supplied (at response)`), problems.join('\n'));
    assert.ok(
      problems.some((p) => p.startsWith('response/id must be integer')),
      problems.join('\n'),
    );
  });

  it('accepts null for a nullable enum, as OpenAPI 3.0 means it', async () => {
    const schema = operation('checks/get').responses['200'];
    assert.ok(schema);
    const errors = await spec.validate(
      `${schema.pointer.replace(/\/responses\/.*$/, '')}/responses/200/content/application~1json/schema`,
      {},
    );
    assert.ok(errors.length > 0, 'an empty check run is refused');
    const conclusion = (spec.resolvePointer('#/components/schemas/check-run/properties/conclusion') as { enum: unknown[] }).enum;
    assert.ok(conclusion.includes(null));
  });
});
