import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { ConfigurationError } from '../runner/errors.ts';

/**
 * The character encoding of an XML document as the XML specification finds it (appendix F): a byte order
 * mark first, else the UTF-16 shape of `<?xml`, else the declaration's `encoding`, else UTF-8. Reports from
 * .NET and Pester are often UTF-16, older Java and PHP tools write ISO-8859-1: reading those bytes as UTF-8
 * refuses the first and garbles the names of the second.
 */
export interface XmlEncoding {
  /** A WHATWG encoding label TextDecoder accepts. */
  encoding: string;
  /** Bytes of the byte order mark to skip. */
  bom: number;
}

const DECLARED = /^<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/;

export function detectXmlEncoding(head: Uint8Array): XmlEncoding {
  const [a, b, c] = head;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bom: 2 };
  // `<?` without a byte order mark, as the specification allows for UTF-16.
  if (a === 0x3c && b === 0x00 && c === 0x3f) return { encoding: 'utf-16le', bom: 0 };
  if (a === 0x00 && b === 0x3c && c === 0x00) return { encoding: 'utf-16be', bom: 0 };
  const declared = DECLARED.exec(Buffer.from(head.subarray(0, 200)).toString('latin1'))?.[1]?.toLowerCase();
  // A declaration saying UTF-16 in single-byte characters contradicts itself; UTF-8 is what it is.
  if (!declared || declared.startsWith('utf-16') || declared === 'utf-8' || declared === 'utf8') return { encoding: 'utf-8', bom: 0 };
  return { encoding: declared, bom: 0 };
}

/** Whether TextDecoder knows an encoding label. */
function supported(encoding: string): boolean {
  try {
    new TextDecoder(encoding);
    return true;
  } catch {
    return false;
  }
}

/** The encoding of an XML file, from its first bytes; an encoding nothing here can decode is an error naming it. */
export async function xmlFileEncoding(file: string, label = file): Promise<XmlEncoding> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(256);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const found = detectXmlEncoding(head.subarray(0, bytesRead));
    if (!supported(found.encoding)) {
      throw new ConfigurationError(`${label}: declares the encoding '${found.encoding}', which cannot be decoded here`);
    }
    return found;
  } finally {
    await handle.close();
  }
}

/**
 * The text of an XML file in pieces, decoded from its own encoding (see detectXmlEncoding), without the
 * byte order mark. A character split across two reads is decoded whole.
 */
export async function* decodeXmlFile(file: string, options: { label?: string; chunkBytes?: number } = {}): AsyncGenerator<string> {
  const { encoding, bom } = await xmlFileEncoding(file, options.label);
  const decoder = new TextDecoder(encoding);
  const stream = createReadStream(file, { start: bom, highWaterMark: options.chunkBytes ?? 256 * 1024 });
  try {
    for await (const chunk of stream) {
      const text = decoder.decode(chunk as Buffer, { stream: true });
      if (text) yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } finally {
    stream.destroy();
  }
}

/**
 * An empty internal subset (`<!DOCTYPE x []>`, which Pester writes) declares nothing, so it is as harmless
 * as a DOCTYPE without one; any other internal subset may declare entities and stays refused.
 */
export function hasEmptyInternalSubset(doctype: string): boolean {
  return /\[\s*\]\s*$/.test(doctype);
}
