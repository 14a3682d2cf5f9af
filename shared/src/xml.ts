import { createReadStream } from 'node:fs';
import { ConfigurationError } from './errors.ts';

export interface XmlHandlers {
  open?(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  /** Text and CDATA inside the current element, in pieces. */
  text?(text: string): void;
}

/**
 * Stream an XML file through saxes: memory stays bounded whatever the file's size. A DOCTYPE with an
 * internal subset is refused — report formats never need one, and refusing it rules out entity expansion
 * ("billion laughs") and external entities; entities that are not defined are errors. `label` names the
 * file in errors.
 */
export async function streamXmlFile(file: string, handlers: XmlHandlers, label = file): Promise<void> {
  const { SaxesParser } = await import('saxes');
  const parser = new SaxesParser({ position: true });
  let failure: Error | undefined;
  const fail = (message: string) => {
    failure ??= new ConfigurationError(`${label}: ${message}`);
  };
  parser.on('doctype', (doctype) => {
    // A DOCTYPE that only names an external DTD (Cobertura, JaCoCo write one) is harmless: the DTD is never
    // fetched. Entity definitions live in the internal subset, so a DOCTYPE with one is refused.
    if (doctype.includes('[')) {
      fail(
        'contains a DOCTYPE with an internal subset, which is refused (entity expansion and external entities are not allowed in reports)',
      );
    }
  });
  parser.on('error', (error) => fail(`is not well-formed XML (${error.message.split('\n')[0]})`));
  parser.on('opentag', (tag) => {
    if (failure) return;
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes)) attributes[key] = typeof value === 'string' ? value : value.value;
    handlers.open?.(tag.name, attributes);
  });
  parser.on('closetag', (tag) => {
    if (!failure) handlers.close?.(tag.name);
  });
  parser.on('text', (text) => {
    if (!failure) handlers.text?.(text);
  });
  parser.on('cdata', (text) => {
    if (!failure) handlers.text?.(text);
  });

  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  try {
    for await (const chunk of stream) {
      parser.write(chunk as string);
      if (failure) break;
    }
    if (!failure) parser.close();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code) throw new ConfigurationError(`${label}: cannot read (${(error as Error).message})`);
    throw error;
  } finally {
    stream.destroy();
  }
  if (failure) throw failure;
}
