import { createReadStream } from 'node:fs';
import { ConfigurationError, systemErrorCode, systemErrorReason } from '../runner/errors.ts';

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
  // Tracking line and column halves saxes' speed, so the pass that does the work runs without it, and a
  // file that turns out malformed is read once more, with positions, to say where.
  const failure = await parse(file, handlers, label, false);
  if (!failure) return;
  if (failure.malformed) throw (await parse(file, {}, label, true))?.error ?? failure.error;
  throw failure.error;
}

async function parse(
  file: string,
  handlers: XmlHandlers,
  label: string,
  position: boolean,
): Promise<{ error: ConfigurationError; malformed: boolean } | undefined> {
  const { SaxesParser } = await import('saxes');
  const parser = new SaxesParser({ position });
  let failure: { error: ConfigurationError; malformed: boolean } | undefined;
  const fail = (message: string, malformed: boolean) => {
    failure ??= { error: new ConfigurationError(`${label}: ${message}`), malformed };
  };
  parser.on('doctype', (doctype) => {
    // A DOCTYPE that only names an external DTD (Cobertura, JaCoCo write one) is harmless: the DTD is never
    // fetched. Entity definitions live in the internal subset, so a DOCTYPE with one is refused.
    if (doctype.includes('[')) {
      fail(
        'contains a DOCTYPE with an internal subset, which is refused (entity expansion and external entities are not allowed in reports)',
        false,
      );
    }
  });
  parser.on('error', (error) => fail(`is not well-formed XML (${error.message.split('\n')[0]})`, true));
  parser.on('opentag', (tag) => {
    if (failure) return;
    // Without namespace processing saxes gives attributes as plain name -> value strings.
    handlers.open?.(tag.name, tag.attributes as Record<string, string>);
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
    if (systemErrorCode(error)) throw new ConfigurationError(`${label}: cannot read (${systemErrorReason(error)})`);
    throw error;
  } finally {
    stream.destroy();
  }
  return failure;
}
