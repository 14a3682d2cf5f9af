// Expression evaluation on the cases GitHub's documentation gives (docs.github.com, "Evaluate expressions in
// workflows and actions"), through @actions/expressions and the runner-provided functions.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import {
  ExpressionEvaluationFailure,
  type ExpressionScope,
  evaluate,
  evaluateCondition,
  evaluateValue,
  evaluateValueString,
  hashFiles,
  interpolate,
} from './expressions.ts';

const scope: ExpressionScope = {
  contexts: {
    github: {
      event_name: 'push',
      ref: 'refs/heads/main',
      event: { issue: { labels: [{ name: 'bug' }, { name: 'help wanted' }] } },
    },
    env: { MY_ENV_VAR: 'value' },
    fruits: null,
    vars: {},
    matrix: { target: 'riscv64' },
    steps: { build: { outputs: { size: '42' }, outcome: 'success', conclusion: 'success' } },
    needs: {},
  },
};
const withFruits: ExpressionScope = {
  contexts: {
    ...scope.contexts,
    fruits: [
      { name: 'apple', quantity: 1 },
      { name: 'orange', quantity: 2 },
      { name: 'pear', quantity: 1 },
    ],
  },
};

describe('literals', () => {
  it('evaluates the documented literals', () => {
    assert.equal(evaluate('null', scope), null);
    assert.equal(evaluate('false', scope), false);
    assert.equal(evaluate('711', scope), 711);
    assert.equal(evaluate('-9.2', scope), -9.2);
    assert.equal(evaluate('0xff', scope), 255);
    assert.equal(evaluate('-2.99e-2', scope), -0.0299);
    assert.equal(evaluate("'Mona the Octocat'", scope), 'Mona the Octocat');
    assert.equal(evaluate("'It''s open source!'", scope), "It's open source!");
  });
});

describe('operators', () => {
  it('compares loosely as GitHub does: strings case-insensitively, mixed types as numbers', () => {
    assert.equal(evaluate("'abc' == 'ABC'", scope), true);
    assert.equal(evaluate("1 == '1'", scope), true);
    assert.equal(evaluate("'' == 0", scope), true);
    assert.equal(evaluate('null == 0', scope), true);
    assert.equal(evaluate('true == 1', scope), true);
    assert.equal(evaluate("'abc' == 0", scope), false);
    assert.equal(evaluate('1 < 2 && 3 >= 3', scope), true);
    assert.equal(evaluate('!0', scope), true);
  });

  it('uses && / || as the documented ternary idiom, returning operands', () => {
    const ternary = "github.ref == 'refs/heads/main' && 'value_for_main_branch' || 'value_for_other_branches'";
    assert.equal(evaluate(ternary, scope), 'value_for_main_branch');
    assert.equal(evaluate("github.ref == 'refs/heads/dev' && 'a' || 'b'", scope), 'b');
  });

  it('reads contexts case-insensitively, with property and index syntax, missing values as null', () => {
    assert.equal(evaluate('GITHUB.EVENT_NAME', scope), 'push');
    assert.equal(evaluate("github['event_name']", scope), 'push');
    assert.equal(evaluate('steps.build.outputs.size', scope), '42');
    assert.equal(evaluate('steps.missing.outputs.size', scope), null);
  });

  it('filters objects with .* as documented (fruits.*.name)', () => {
    assert.deepEqual(evaluate('fruits.*.name', withFruits), ['apple', 'orange', 'pear']);
    assert.deepEqual(evaluate('github.event.issue.labels.*.name', scope), ['bug', 'help wanted']);
  });
});

describe('functions', () => {
  it('contains, startsWith, endsWith', () => {
    assert.equal(evaluate("contains('Hello world', 'llo')", scope), true);
    assert.equal(evaluate("contains(github.event.issue.labels.*.name, 'bug')", scope), true);
    assert.equal(evaluate('contains(fromJSON(\'["push", "pull_request"]\'), github.event_name)', scope), true);
    assert.equal(evaluate("startsWith('Hello world', 'He')", scope), true);
    assert.equal(evaluate("endsWith('Hello world', 'ld')", scope), true);
  });

  it('format, with {{ }} escapes', () => {
    assert.equal(evaluate("format('Hello {0} {1} {2}', 'Mona', 'the', 'Octocat')", scope), 'Hello Mona the Octocat');
    assert.equal(evaluate("format('{{Hello {0} {1} {2}!}}', 'Mona', 'the', 'Octocat')", scope), '{Hello Mona the Octocat!}');
  });

  it('join, toJSON, fromJSON', () => {
    assert.equal(evaluate("join(github.event.issue.labels.*.name, ', ')", scope), 'bug, help wanted');
    assert.equal(evaluate('toJSON(matrix)', scope), '{\n  "target": "riscv64"\n}');
    assert.deepEqual(evaluate('fromJSON(\'{"include":[{"project":"foo","config":"Debug"}]}\')', scope), {
      include: [{ project: 'foo', config: 'Debug' }],
    });
    assert.equal(evaluate("fromJSON('true')", scope), true);
    assert.equal(evaluate("fromJSON('42') == 42", scope), true);
  });

  it('the status functions answer for the job or step being decided', () => {
    const failed = { ...scope, status: { success: false, failure: true, cancelled: false } };
    const cancelled = { ...scope, status: { success: false, failure: false, cancelled: true } };
    assert.equal(evaluateCondition('success()', scope), true);
    assert.equal(evaluateCondition('failure()', scope), false);
    assert.equal(evaluateCondition('success()', failed), false);
    assert.equal(evaluateCondition('failure()', failed), true);
    assert.equal(evaluateCondition('always()', failed), true);
    assert.equal(evaluateCondition('!cancelled()', failed), true);
    assert.equal(evaluateCondition('cancelled()', cancelled), true);
    assert.equal(evaluateCondition('success()', cancelled), false);
    assert.equal(evaluateCondition("failure() && steps.build.outcome == 'success'", failed), true);
  });

  it('rejects an unknown function or context with the library error', () => {
    assert.throws(() => evaluate('nosuch(1)', scope), ExpressionEvaluationFailure);
    assert.throws(() => evaluate('secrets.x', scope), /Unrecognized named-value: 'secrets'/);
  });
});

describe('hashFiles', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lr-hash-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
  writeFileSync(path.join(dir, 'a', 'package-lock.json'), 'one');
  writeFileSync(path.join(dir, 'a', 'b', 'package-lock.json'), 'two');
  writeFileSync(path.join(dir, 'other.txt'), 'three');

  it('hashes the SHA-256 of each match (sorted by path) into one SHA-256', () => {
    const sha = (s: string) => createHash('sha256').update(s).digest();
    const expected = createHash('sha256').update(sha('two')).update(sha('one')).digest('hex');
    // a/b/package-lock.json sorts before a/package-lock.json
    assert.equal(hashFiles(dir, ['**/package-lock.json']), expected);
    assert.equal(evaluate("hashFiles('**/package-lock.json')", { ...scope, workspace: dir }), expected);
    assert.equal(
      evaluate("hashFiles('**/package-lock.json', '!a/b/**')", { ...scope, workspace: dir }),
      createHash('sha256').update(sha('one')).digest('hex'),
    );
  });

  it('is empty when nothing matches', () => {
    assert.equal(hashFiles(dir, ['**/*.lock']), '');
  });
});

describe('values of the workflow document', () => {
  it('keeps the type of a value that is one expression and interpolates the others', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, as written in YAML
    assert.deepEqual(evaluateValue("${{ fromJSON('[1,2]') }}", scope), [1, 2]);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, as written in YAML
    assert.equal(evaluateValue('target ${{ matrix.target }}!', scope), 'target riscv64!');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, as written in YAML
    assert.equal(evaluateValueString('${{ 1 == 1 }}', scope), 'true');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, as written in YAML
    assert.equal(evaluateValueString("echo 'quoted' ${{ env.MY_ENV_VAR }} ${HOME}", scope), "echo 'quoted' value ${HOME}");
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, as written in YAML
    assert.equal(interpolate('${{ null }}|${{ 3 }}', scope), '|3');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, as written in YAML
    assert.deepEqual(evaluateValue({ a: ['${{ matrix.target }}', 2] }, scope), { a: ['riscv64', 2] });
  });
});
