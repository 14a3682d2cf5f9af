import { createGunzip } from 'node:zlib';
import { ConfigurationError, errorMessage } from '@archway/kit';
import { openUserStream } from '@archway/kit/files';

/** JSON coverage reports are parsed whole: this bounds the memory one may take. */
export const JSON_REPORT_MAX_BYTES = 512 * 1024 * 1024;

/** A JSON report, gzip-compressed or not (gcov writes .gcov.json.gz), parsed; errors name the file. */
export async function readJsonReport(file: string, label: string, input = 'coverage'): Promise<unknown> {
  const { stream: raw } = await openUserStream(input, file, { maxBytes: JSON_REPORT_MAX_BYTES, what: 'report' });
  const chunks: Buffer[] = [];
  let bytes = 0;
  const head = await new Promise<Buffer>((resolve, reject) => {
    raw.once('readable', () => resolve((raw.read(2) as Buffer | null) ?? Buffer.alloc(0)));
    raw.once('error', reject);
  });
  if (head.length > 0) raw.unshift(head);
  const stream = head[0] === 0x1f && head[1] === 0x8b ? raw.pipe(createGunzip()) : raw;
  try {
    for await (const chunk of stream) {
      bytes += (chunk as Buffer).length;
      if (bytes > JSON_REPORT_MAX_BYTES)
        throw new ConfigurationError(`${label}: more than ${JSON_REPORT_MAX_BYTES} bytes of JSON once decompressed`);
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(`${label}: cannot read (${errorMessage(error)})`);
  } finally {
    raw.destroy();
  }
  try {
    return JSON.parse(
      Buffer.concat(chunks)
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    );
  } catch (error) {
    throw new ConfigurationError(`${label}: not valid JSON (${errorMessage(error).split('\n')[0]})`);
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
