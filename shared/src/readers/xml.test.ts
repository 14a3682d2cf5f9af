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
      /^ConfigurationError: report\.xml: contains a DOCTYPE with an internal subset/,
    );
  });

  it('reads a report whose DOCTYPE only names an external DTD, without fetching it', async () => {
    const names: string[] = [];
    await streamXmlFile(
      file('cobertura.xml', '<?xml version="1.0"?><!DOCTYPE coverage SYSTEM "http://127.0.0.1:1/coverage-04.dtd"><coverage/>'),
      {
        open: (name) => names.push(name),
      },
    );
    assert.deepEqual(names, ['coverage']);
  });

  it('refuses an entity a DOCTYPE did not define rather than expanding it', async () => {
    await assert.rejects(streamXmlFile(file('undefined.xml', '<!DOCTYPE r SYSTEM "r.dtd"><r>&secret;</r>'), {}), /not well-formed/);
  });

  it('refuses external entities', async () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>';
    await assert.rejects(streamXmlFile(file('xxe.xml', xxe), {}), /DOCTYPE/);
  });

  it('names the file and the problem for malformed XML', async () => {
    await assert.rejects(
      streamXmlFile(file('bad.xml', '<a>\n<b>\n</a>'), {}, 'junit.xml'),
      /junit\.xml: is not well-formed XML \(.*3:\d+.*unexpected close tag/,
    );
  });
});
