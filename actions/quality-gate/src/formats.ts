import { ConfigurationError, errorMessage } from '@archway/kit';
import { FILE_LIMITS, openUserStream } from '@archway/kit/files';
import { detectXmlEncoding } from '@archway/kit/xml-decode';

/** The formats each report input reads, as `format:` names them. */
export const TEST_FORMATS = ['junit', 'go-test-json', 'mocha-json', 'jest-json', 'tap'] as const;
export const COVERAGE_FORMATS = [
  'lcov',
  'cobertura',
  'istanbul-json-summary',
  'istanbul-json',
  'jacoco',
  'go',
  'clover',
  'gcov-json',
] as const;
export type TestFormat = (typeof TEST_FORMATS)[number];
export type CoverageFormat = (typeof COVERAGE_FORMATS)[number];
export type ReportKind = 'tests' | 'coverage' | 'sarif' | 'benchmark';
export type Detected =
  | { kind: 'tests'; format: TestFormat }
  | { kind: 'coverage'; format: CoverageFormat }
  | { kind: 'sarif' | 'benchmark'; format: string };

/** The input that reads each kind of report. */
export const INPUT_OF: Record<ReportKind, string> = { tests: 'junit', coverage: 'coverage', sarif: 'sarif', benchmark: 'benchmark' };

const NAMES: Record<string, string> = {
  junit: 'JUnit XML',
  'go-test-json': 'go test -json',
  'mocha-json': 'Mocha JSON',
  'jest-json': 'Jest JSON',
  tap: 'TAP',
  lcov: 'lcov',
  cobertura: 'Cobertura XML',
  'istanbul-json-summary': 'Istanbul json-summary',
  'istanbul-json': 'Istanbul coverage-final.json',
  jacoco: 'JaCoCo XML',
  go: 'Go cover profile',
  clover: 'Clover XML',
  'gcov-json': 'gcov JSON',
  sarif: 'SARIF',
  benchmark: 'benchmark-regression result',
};

export function formatName(format: string): string {
  return NAMES[format] ?? format;
}

const HEAD_BYTES = 64 * 1024;

/** The decoded first 64 KiB of a report the input `input` names, for detection, read through the kit. */
export async function readHead(file: string, label: string, input: string): Promise<string> {
  const { stream } = await openUserStream(input, file, { maxBytes: FILE_LIMITS.report, what: 'report' });
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      chunks.push(chunk as Buffer);
      length += (chunk as Buffer).length;
      if (length >= HEAD_BYTES) break;
    }
  } catch (error) {
    throw new ConfigurationError(`${label}: cannot read (${errorMessage(error)})`);
  } finally {
    stream.destroy();
  }
  if (length === 0) throw new ConfigurationError(`${label}: empty file, not a report`);
  const bytes = Buffer.concat(chunks).subarray(0, HEAD_BYTES);
  const { encoding, bom } = detectXmlEncoding(bytes);
  try {
    return new TextDecoder(encoding).decode(bytes.subarray(bom));
  } catch {
    return bytes.toString('utf8');
  }
}

/** The root element of an XML document and the text of its start tag, skipping the prolog. */
function rootElement(xml: string): { name: string; tag: string; after: string } | undefined {
  const text = xml.replace(/<!--[\s\S]*?-->/g, (c) => ' '.repeat(c.length));
  const match = /<(?![?!])([A-Za-z_][\w:.-]*)([^>]*)>/.exec(text);
  if (!match?.[1]) return undefined;
  return { name: match[1], tag: match[0], after: text.slice(match.index, match.index + 4096) };
}

/**
 * What a report is, from what only its format has: the root element and its marks for XML, the keys for
 * JSON, the first lines for line formats. Undefined when nothing matches.
 */
export function detectReport(head: string): Detected | { kind: 'unknown'; what: string } {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('<')) return detectXml(text);
  if (text.startsWith('{') || text.startsWith('[')) return detectJson(text);
  if (/^mode: (set|count|atomic)\b/.test(text)) return { kind: 'coverage', format: 'go' };
  if (/^(TAP version 1[34]|KTAP version \d)/.test(text) || /^(1\.\.\d+|(not )?ok\b)/m.test(text.slice(0, 4096)))
    return { kind: 'tests', format: 'tap' };
  if (/^(TN|SF):/m.test(text.slice(0, 4096))) return { kind: 'coverage', format: 'lcov' };
  return { kind: 'unknown', what: 'text that is none of the formats read here' };
}

function detectXml(text: string): Detected | { kind: 'unknown'; what: string } {
  const root = rootElement(text);
  const name = root?.name ?? '?';
  const tag = root?.tag ?? '';
  const after = root?.after ?? '';
  switch (name) {
    case 'testsuites':
    case 'testsuite':
      return { kind: 'tests', format: 'junit' };
    case 'coverage':
      if (/\bclover=/.test(tag) || /<project\b/.test(after)) return { kind: 'coverage', format: 'clover' };
      if (/\bline-rate=/.test(tag) || /<(packages|sources)\b/.test(after)) return { kind: 'coverage', format: 'cobertura' };
      return {
        kind: 'unknown',
        what: 'XML with a <coverage> root that is neither Cobertura (line-rate, <packages>) nor Clover (<project>)',
      };
    case 'report':
      if (/-\/\/JACOCO\/\/DTD/.test(text.slice(0, 2048)) || /<sessioninfo\b/.test(after) || /<(package|counter)\b/.test(after))
        return { kind: 'coverage', format: 'jacoco' };
      if (/<environments\b|<version value=/.test(after))
        return { kind: 'unknown', what: "VectorCAST's XML (a <report> that is not JaCoCo)" };
      return { kind: 'unknown', what: 'XML with a <report> root that is not JaCoCo (no <sessioninfo>, <package> or <counter>)' };
  }
  return { kind: 'unknown', what: `XML with root element <${name}>` };
}

function detectJson(text: string): Detected | { kind: 'unknown'; what: string } {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  // Line-delimited event streams: one JSON object per line.
  if (/^\{"Time":|^\{"Action":|^\{[^\n]*"Action":"(start|run|output|pass|fail|skip|pause|cont|bench)"/.test(firstLine))
    return { kind: 'tests', format: 'go-test-json' };
  const probe = text.slice(0, 16384);
  if (/"\$schema"\s*:\s*"[^"]*sarif|"version"\s*:\s*"2\.1\.0"[\s\S]*"runs"\s*:/.test(probe)) return { kind: 'sarif', format: 'sarif' };
  if (/"format"\s*:\s*"archway-benchmark-result|"format"\s*:\s*"archway\.benchmark/.test(probe))
    return { kind: 'benchmark', format: 'benchmark' };
  if (/"numTotalTests"\s*:/.test(probe)) return { kind: 'tests', format: 'jest-json' };
  if (/"stats"\s*:\s*\{[^}]*"suites"\s*:/.test(probe) && /"(passes|failures|tests)"\s*:\s*\[/.test(text))
    return { kind: 'tests', format: 'mocha-json' };
  if (/"format_version"\s*:/.test(probe) && /"gcc_version"\s*:/.test(probe)) return { kind: 'coverage', format: 'gcov-json' };
  if (/"total"\s*:\s*\{\s*"lines"\s*:/.test(probe)) return { kind: 'coverage', format: 'istanbul-json-summary' };
  if (/"statementMap"\s*:/.test(probe)) return { kind: 'coverage', format: 'istanbul-json' };
  if (text.length < HEAD_BYTES / 2) {
    try {
      JSON.parse(text);
    } catch (error) {
      return { kind: 'unknown', what: `not valid JSON (${errorMessage(error).split('\n')[0]})` };
    }
  }
  return { kind: 'unknown', what: 'JSON that is none of the formats read here' };
}

/**
 * The format to read a file as, for the input that names it: the format given per pattern, else the
 * detected one. A report of another kind is refused naming the input that reads it.
 */
export function formatFor<K extends 'tests' | 'coverage'>(
  kind: K,
  head: string,
  label: string,
  given?: string,
): K extends 'tests' ? TestFormat : CoverageFormat {
  type F = K extends 'tests' ? TestFormat : CoverageFormat;
  if (given) return given as F;
  const input = INPUT_OF[kind];
  const accepted = (kind === 'tests' ? TEST_FORMATS : COVERAGE_FORMATS).map(formatName).join(', ');
  const found = detectReport(head);
  if (found.kind === kind) return found.format as F;
  if (found.kind === 'unknown') {
    throw new ConfigurationError(`${label}: ${found.what}, not a report the '${input}' input reads (${accepted})`);
  }
  throw new ConfigurationError(
    `${label}: this is ${formatName(found.format)}, which the '${INPUT_OF[found.kind]}' input reads, not '${input}' (${accepted})`,
  );
}
