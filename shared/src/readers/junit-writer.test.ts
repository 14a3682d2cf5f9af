import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { junitXml } from './junit-writer.ts';
import { streamXmlFile } from './xml.ts';

describe('JUnit writer', () => {
  it('writes counts that match its cases, and escapes what XML cannot carry', async () => {
    const xml = junitXml('tool', [
      {
        name: 'suite <1>',
        seconds: 1.5,
        properties: { command: "qemu -x 'a&b'" },
        cases: [
          { name: 'ok', classname: 'c', seconds: 0.1, status: 'passed' },
          { name: 'bad', classname: 'c', seconds: 0.2, status: 'failure', message: 'saw "panic"\u0001', body: 'line <1>', type: 'failed' },
          { name: 'later', classname: 'c', seconds: 0, status: 'skipped', message: 'not run' },
        ],
        systemOut: 'out & about',
      },
    ]);
    assert.match(xml, /<testsuites name="tool" tests="3" failures="1" errors="0" skipped="1" time="1.500">/);
    assert.match(xml, /<failure message="saw &quot;panic&quot;" type="failed">line &lt;1&gt;<\/failure>/);
    assert.match(xml, /<property name="command" value="qemu -x &apos;a&amp;b&apos;"\/>/);
    assert.ok(!xml.includes('\u0001'));
    // A streaming XML parser reads it back: well-formed, with the message text intact.
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'junit-')), 'junit.xml');
    writeFileSync(file, xml);
    const messages: string[] = [];
    await streamXmlFile(file, { open: (name, attributes) => name === 'failure' && messages.push(attributes.message ?? '') });
    assert.deepEqual(messages, ['saw "panic"']);
  });
});
