/** A JUnit XML writer for any action's checks: suites of cases, each passed, failed, errored or skipped. */
export interface JunitCase {
  name: string;
  classname: string;
  seconds: number;
  status: 'passed' | 'failure' | 'error' | 'skipped';
  message?: string;
  /** Detail shown under the failure (the last console lines, say). */
  body?: string;
  type?: string;
}

export interface JunitSuite {
  name: string;
  seconds: number;
  properties?: Record<string, string>;
  cases: JunitCase[];
  systemOut?: string;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: characters XML 1.0 cannot carry
const NOT_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g;

export function xmlEscape(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function counts(cases: JunitCase[]): string {
  const n = (status: JunitCase['status']) => cases.filter((c) => c.status === status).length;
  return `tests="${cases.length}" failures="${n('failure')}" errors="${n('error')}" skipped="${n('skipped')}"`;
}

export function junitXml(name: string, suites: JunitSuite[]): string {
  const all = suites.flatMap((s) => s.cases);
  const total = suites.reduce((sum, s) => sum + s.seconds, 0);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xmlEscape(name)}" ${counts(all)} time="${total.toFixed(3)}">`,
  ];
  for (const suite of suites) {
    lines.push(`  <testsuite name="${xmlEscape(suite.name)}" ${counts(suite.cases)} time="${suite.seconds.toFixed(3)}">`);
    const properties = Object.entries(suite.properties ?? {});
    if (properties.length > 0) {
      lines.push('    <properties>');
      for (const [key, value] of properties) lines.push(`      <property name="${xmlEscape(key)}" value="${xmlEscape(value)}"/>`);
      lines.push('    </properties>');
    }
    for (const c of suite.cases) {
      const head = `    <testcase name="${xmlEscape(c.name)}" classname="${xmlEscape(c.classname)}" time="${c.seconds.toFixed(3)}"`;
      if (c.status === 'passed') {
        lines.push(`${head}/>`);
        continue;
      }
      const type = c.status === 'skipped' || !c.type ? '' : ` type="${xmlEscape(c.type)}"`;
      const body = c.body ? `>${xmlEscape(c.body)}</${c.status}>` : '/>';
      lines.push(`${head}>`, `      <${c.status} message="${xmlEscape(c.message ?? '')}"${type}${body}`, '    </testcase>');
    }
    if (suite.systemOut) lines.push(`    <system-out>${xmlEscape(suite.systemOut)}</system-out>`);
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>', '');
  return lines.join('\n');
}
