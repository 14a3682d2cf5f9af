import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { readJUnit } from './junit.ts';
import { emptyTestResults, KEPT_PROBLEMS } from './model.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'qg-junit-'));
before(() => {
  process.env.GITHUB_WORKSPACE = dir;
});

function report(name: string, xml: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, xml);
  return file;
}

async function read(...files: string[]) {
  const results = emptyTestResults();
  for (const file of files) await readJUnit(file, results);
  return results;
}

describe('readJUnit', () => {
  it('counts testcases by their children, not by suite totals, across nested suites', async () => {
    const results = await read(
      report(
        'nested.xml',
        `<?xml version="1.0"?>
<testsuites tests="999" failures="0">
  <testsuite name="outer" tests="999">
    <testsuite name="inner">
      <testcase classname="a.B" name="ok" time="0.1"/>
      <testcase classname="a.B" name="broken"><failure message="expected 1" type="AssertionError">at a/B.java:12</failure></testcase>
      <testcase classname="a.B" name="crashed"><error message="NullPointerException"/></testcase>
    </testsuite>
    <testcase classname="a.C" name="later"><skipped/></testcase>
  </testsuite>
</testsuites>`,
      ),
    );
    assert.deepEqual(
      { total: results.total, passed: results.passed, failed: results.failed, skipped: results.skipped, flaky: results.flaky },
      { total: 4, passed: 1, failed: 2, skipped: 1, flaky: 0 },
    );
    assert.deepEqual(
      results.failures.map((f) => [f.name, f.message]),
      [
        ['broken', 'expected 1'],
        ['crashed', 'NullPointerException'],
      ],
    );
    assert.deepEqual(results.reports, ['nested.xml']);
  });

  it("folds Surefire's reruns: flakyFailure passes as flaky, rerunFailure stays failed with its attempts", async () => {
    const results = await read(
      report(
        'TEST-com.example.AppTest.xml',
        `<?xml version="1.0" encoding="UTF-8"?>
<testsuite name="com.example.AppTest" tests="3" failures="1" flakes="1">
  <testcase name="stable" classname="com.example.AppTest" time="0.01"/>
  <testcase name="wobbly" classname="com.example.AppTest" time="0.02">
    <flakyFailure message="timeout after 1s" type="java.util.concurrent.TimeoutException">stack</flakyFailure>
  </testcase>
  <testcase name="broken" classname="com.example.AppTest" time="0.03">
    <failure message="expected: &lt;1&gt; but was: &lt;2&gt;" type="org.opentest4j.AssertionFailedError">at com.example.AppTest.broken(AppTest.java:41)</failure>
    <rerunFailure message="expected: &lt;1&gt; but was: &lt;2&gt;" type="org.opentest4j.AssertionFailedError"/>
    <rerunFailure message="expected: &lt;1&gt; but was: &lt;2&gt;" type="org.opentest4j.AssertionFailedError"/>
  </testcase>
</testsuite>`,
      ),
    );
    assert.equal(results.total, 3);
    assert.equal(results.passed, 2);
    assert.equal(results.failed, 1);
    assert.equal(results.flaky, 1);
    assert.deepEqual(
      results.flakyTests.map((t) => [t.name, t.attempts, t.message]),
      [['wobbly', 2, 'timeout after 1s']],
    );
    assert.deepEqual(
      results.failures.map((t) => [t.name, t.attempts, t.file, t.line]),
      [['broken', 3, 'AppTest.java', 41]],
    );
  });

  it('folds a test repeated in one report: a later pass makes it flaky, all failures keep it failed', async () => {
    const results = await read(
      report(
        'retried.xml',
        `<testsuites><testsuite name="pkg">
  <testcase classname="pkg" name="TestA"><failure message="Failed">a_test.go:9: boom</failure></testcase>
  <testcase classname="pkg" name="TestB"><failure message="Failed">b_test.go:3: nope</failure></testcase>
  <testcase classname="pkg" name="TestC"/>
  <testcase classname="pkg" name="TestA"/>
  <testcase classname="pkg" name="TestB"><failure message="Failed">b_test.go:3: nope</failure></testcase>
</testsuite></testsuites>`,
      ),
    );
    assert.equal(results.total, 3);
    assert.equal(results.passed, 2);
    assert.equal(results.flaky, 1);
    assert.equal(results.failed, 1);
    assert.deepEqual(
      results.flakyTests.map((t) => [t.name, t.attempts, t.file, t.line]),
      [['TestA', 2, 'a_test.go', 9]],
    );
    assert.deepEqual(
      results.failures.map((t) => [t.name, t.attempts]),
      [['TestB', 2]],
    );
  });

  it('does not fold the same test across reports (two matrix jobs are two runs)', async () => {
    const xml = (outcome: string) => `<testsuite name="s"><testcase classname="c" name="t">${outcome}</testcase></testsuite>`;
    const results = await read(report('linux.xml', xml('<failure message="linux only"/>')), report('mac.xml', xml('')));
    assert.deepEqual([results.total, results.passed, results.failed, results.flaky], [2, 1, 1, 0]);
  });

  it("reads ctest's status attribute: disabled and notrun are skipped, output explains an empty failure", async () => {
    const results = await read(
      report(
        'ctest.xml',
        `<testsuite name="(empty)" tests="3">
  <testcase name="ok" classname="ok" status="run"><system-out></system-out></testcase>
  <testcase name="bad" classname="bad" status="fail"><failure message=""/><system-out>boom at step 2
</system-out></testcase>
  <testcase name="off" classname="off" status="disabled"><system-out>Disabled</system-out></testcase>
  <testcase name="never" classname="never" status="notrun"/>
</testsuite>`,
      ),
    );
    assert.deepEqual([results.total, results.passed, results.failed, results.skipped], [4, 1, 1, 2]);
    assert.equal(results.failures[0]?.message, 'boom at step 2');
  });

  it('prefers the failing line in the trace over a testcase line attribute', async () => {
    const results = await read(
      report(
        'pytest-xunit1.xml',
        `<testsuites><testsuite name="pytest"><testcase classname="tests.test_calc" name="test_div" file="tests/test_calc.py" line="7"><failure message="ZeroDivisionError">def test_div():
&gt;       assert div(1, 0)

tests/test_calc.py:9: ZeroDivisionError</failure></testcase></testsuite></testsuites>`,
      ),
    );
    assert.deepEqual([results.failures[0]?.file, results.failures[0]?.line], ['tests/test_calc.py', 9]);
  });

  it('keeps details of the first KEPT_PROBLEMS failures and counts the rest', async () => {
    const cases = Array.from(
      { length: KEPT_PROBLEMS + 25 },
      (_, i) => `<testcase classname="c" name="t${i}"><failure message="m${i}"/></testcase>`,
    );
    const results = await read(report('many.xml', `<testsuite name="s">${cases.join('')}</testsuite>`));
    assert.equal(results.failed, KEPT_PROBLEMS + 25);
    assert.equal(results.failures.length, KEPT_PROBLEMS);
    assert.equal(results.omitted, 25);
  });

  it('refuses a file that is not JUnit, naming the root element', async () => {
    await assert.rejects(read(report('cov.xml', '<coverage line-rate="1"><packages/></coverage>')), {
      name: 'ConfigurationError',
      message: 'cov.xml: not a JUnit XML report (its root element is <coverage>, expected <testsuites> or <testsuite>)',
    });
  });

  it('refuses an empty or truncated file with one clear error', async () => {
    await assert.rejects(read(report('empty.xml', '')), { name: 'ConfigurationError', message: /empty\.xml: .*(empty|not well-formed)/ });
    await assert.rejects(read(report('cut.xml', '<testsuite name="s"><testcase name="a">')), {
      name: 'ConfigurationError',
      message: /^cut\.xml: is not well-formed XML/,
    });
  });

  it('refuses billion laughs and external entities before expanding anything', async () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><testsuite name="s"><testcase name="&lol3;"/></testsuite>`;
    await assert.rejects(read(report('lol.xml', lol)), { name: 'ConfigurationError', message: /^lol\.xml: contains a DOCTYPE/ });
    const xxe = `<?xml version="1.0"?><!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]><testsuite name="&x;"/>`;
    await assert.rejects(read(report('xxe.xml', xxe)), { name: 'ConfigurationError', message: /^xxe\.xml: contains a DOCTYPE/ });
  });
});
