import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { KtapReader } from './ktap.ts';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/ktap');
const expected = JSON.parse(readFileSync(path.join(fixtures, 'expected.json'), 'utf8')) as Record<
  string,
  { passed: number; failed: number; skipped: number; top: [string, string][]; open: string[] }
>;

function read(text: string): KtapReader {
  const reader = new KtapReader();
  for (const line of text.split('\n')) reader.push(line);
  return reader;
}

describe('KTAP reader on the kernel parser test data', () => {
  const files = readdirSync(fixtures).filter((f) => f.endsWith('.log'));
  it('has an expectation for every fixture', () => assert.deepEqual(files.sort(), Object.keys(expected).sort()));
  for (const file of files) {
    it(file, () => {
      const reader = read(readFileSync(path.join(fixtures, file), 'utf8'));
      const want = expected[file];
      const count = (status: string) => reader.leaves().filter((l) => l.result.status === status).length;
      assert.deepEqual(
        { passed: count('passed'), failed: count('failed'), skipped: count('skipped') },
        { passed: want?.passed, failed: want?.failed, skipped: want?.skipped },
      );
      assert.deepEqual(
        reader.results().map((r) => [r.name, r.status]),
        want?.top,
      );
      assert.deepEqual(reader.openSuites(), want?.open);
    });
  }

  it('keeps nesting, the suite path, a skip reason and the failure diagnostics', () => {
    const failure = read(readFileSync(path.join(fixtures, 'kunit-failure.log'), 'utf8'));
    const failed = failure.leaves().find((l) => l.result.status === 'failed');
    assert.deepEqual(failed?.path, ['example', 'example_simple_test']);
    assert.ok(failed?.result.diagnostics.includes('example_simple_test: EXPECTATION FAILED at lib/kunit/example-test.c:30'));
    const skip = read(readFileSync(path.join(fixtures, 'kunit-skip.log'), 'utf8'));
    assert.deepEqual(skip.leaves().find((l) => l.result.status === 'skipped')?.result.reason, 'this test should be skipped');
    const nested = read(readFileSync(path.join(fixtures, 'kunit-nested-passed.log'), 'utf8'));
    assert.deepEqual(
      nested
        .leaves()
        .map((l) => l.path.join(' > '))
        .slice(0, 3),
      [
        'sysctl_test > sysctl_test_dointvec_null_tbl_data',
        'sysctl_test > example > example_simple_test',
        'sysctl_test > example > example_mock_test',
      ],
    );
    const cut = read(readFileSync(path.join(fixtures, 'kunit-panic-interrupt.log'), 'utf8'));
    assert.deepEqual(cut.leaves().at(-1)?.path, ['string-stream-test', 'string_stream_test_empty_on_creation']);
  });

  it('ignores result-like lines before a version line, and says which version it read', () => {
    const reader = read('ok 1 - looks like a result\nKTAP version 1\n1..1\nok 1 - real\n');
    assert.equal(reader.version, 'KTAP version 1');
    assert.deepEqual(
      reader.leaves().map((l) => l.path),
      [['real']],
    );
    assert.equal(read('ok 1 - no stream here\n').started, false);
  });
});
