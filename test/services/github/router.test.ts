import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Router } from './router.ts';
import { GitHubSpec } from './spec.ts';

const spec = await GitHubSpec.load();
const router = new Router(spec.operations);
const operationOf = (method: string, path: string) => router.match(method, path).route?.operation.operationId;

describe('routing requests to GitHub operations', () => {
  it('prefers literal segments over parameters', () => {
    assert.equal(operationOf('GET', '/repos/o/r/releases/latest'), 'repos/get-latest-release');
    assert.equal(operationOf('GET', '/repos/o/r/releases/42'), 'repos/get-release');
    assert.equal(operationOf('GET', '/repos/o/r/releases/tags/v1.0.0'), 'repos/get-release-by-tag');
    assert.equal(operationOf('GET', '/repos/o/r/releases/assets/7'), 'repos/get-release-asset');
  });

  it('lets a trailing ref or file path contain slashes, encoded or not', () => {
    for (const path of ['/repos/o/r/git/ref/heads/feature/x', '/repos/o/r/git/ref/heads%2Ffeature%2Fx']) {
      const { route } = router.match('GET', path);
      assert.equal(route?.operation.operationId, 'git/get-ref');
      assert.equal(route?.params.ref, 'heads/feature/x');
    }
    assert.equal(router.match('PUT', '/repos/o/r/contents/docs/a%20b.md').route?.params.path, 'docs/a b.md');
  });

  it('tells an unknown path from a method the path does not have', () => {
    assert.deepEqual(router.match('GET', '/repos/o/r/no-such-thing'), { pathKnown: false });
    assert.deepEqual(router.match('PUT', '/repos/o/r/releases'), { pathKnown: true });
  });
});
