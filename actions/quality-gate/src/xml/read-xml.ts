import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { streamXmlFile, type XmlHandlers } from '@archway/kit/xml';
import { decodeXmlFile, hasEmptyInternalSubset, xmlFileEncoding } from '@archway/kit/xml-decode';

export type { XmlHandlers };

const EMPTY_SUBSET = /<!DOCTYPE\s[^[>]*\[\s*\]\s*>/;

/**
 * Stream an XML report through the kit's reader, in the encoding the file declares. The kit's reader reads
 * UTF-8 and refuses any internal subset, so a report in another encoding, or with an empty internal subset
 * (Pester's `<!DOCTYPE x []>`), is first copied as UTF-8 without that empty subset into a temporary file;
 * a UTF-8 report without one, nearly every report, is read in place.
 */
export async function streamXmlReport(file: string, handlers: XmlHandlers, label: string): Promise<void> {
  const { encoding } = await xmlFileEncoding(file, label);
  const head = await firstText(file, label);
  const doctype = /<!DOCTYPE[^>]*>/.exec(head)?.[0];
  const emptySubset = doctype !== undefined && hasEmptyInternalSubset(doctype.slice(0, -1)) && EMPTY_SUBSET.test(doctype);
  if (encoding === 'utf-8' && !emptySubset) return streamXmlFile(file, handlers, label);
  const dir = await mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'qg-xml-'));
  try {
    const copy = path.join(dir, 'report.xml');
    const out = createWriteStream(copy);
    let first = true;
    for await (const text of decodeXmlFile(file, { label })) {
      const piece = first && emptySubset ? text.replace(EMPTY_SUBSET, (d) => d.replace(/\[\s*\]/, '')) : text;
      first = false;
      if (!out.write(piece)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    await streamXmlFile(copy, handlers, label);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The decoded start of a file, enough to hold its prolog. */
async function firstText(file: string, label: string): Promise<string> {
  for await (const text of decodeXmlFile(file, { label, chunkBytes: 64 * 1024 })) return text;
  return '';
}
