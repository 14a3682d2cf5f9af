import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { streamXmlFile } from './xml.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'archway-xml-'));
function file(name: string, content: string): string {
  const full = path.join(dir, name);
  writeFileSync(full, content);
  return full;
}

describe('streamXmlFile', () => {
  it('delivers elements, attributes, text and CDATA in order', async () => {
    const events: string[] = [];
    await streamXmlFile(file('ok.xml', '<?xml version="1.0"?><a x="1 &amp; 2"><b>hi</b><c><![CDATA[<raw>]]></c></a>'), {
      open: (name, attrs) => events.push(`open ${name} ${JSON.stringify(attrs)}`),
      close: (name) => events.push(`close ${name}`),
      text: (t) => events.push(`text ${t}`),
    });
    assert.deepEqual(events, ['open a {"x":"1 & 2"}', 'open b {}', 'text hi', 'close b', 'open c {}', 'text <raw>', 'close c', 'close a']);
  });

  it('refuses a DOCTYPE (billion laughs) before expanding anything', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><lolz>&lol9;</lolz>`;
    await assert.rejects(
      streamXmlFile(file('laughs.xml', laughs), {}, 'report.xml'),
      /^ConfigurationError: report\.xml: contains a DOCTYPE/,
    );
  });

  it('refuses external entities', async () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>';
    await assert.rejects(streamXmlFile(file('xxe.xml', xxe), {}), /DOCTYPE/);
  });

  it('names the file and the problem for malformed XML', async () => {
    await assert.rejects(streamXmlFile(file('bad.xml', '<a><b></a>'), {}, 'junit.xml'), /junit\.xml: is not well-formed XML/);
  });
});
