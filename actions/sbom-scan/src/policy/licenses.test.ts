import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Component } from '../model.ts';
import { purlOf } from '../sbom/purl.ts';
import { judgeLicenses, licenseList } from './licenses.ts';

function pkg(name: string, license?: string): Component {
  return {
    ecosystem: 'npm',
    name,
    version: '1.0.0',
    purl: purlOf('npm', name, '1.0.0'),
    dev: false,
    hashes: [],
    dependsOn: [],
    lockfile: 'package-lock.json',
    ...(license === undefined ? {} : { license }),
  };
}

const verdicts = (components: Component[], policy: Parameters<typeof judgeLicenses>[1]) =>
  Object.fromEntries(judgeLicenses(components, policy).violations.map((v) => [v.package, v.reason]));

describe('licence policy', () => {
  const components = [
    pkg('mit', 'MIT'),
    pkg('dual', 'MIT OR Apache-2.0'),
    pkg('apache', 'Apache-2.0'),
    pkg('gpl', 'GPL-3.0-only'),
    pkg('gpl-or-mit', 'GPL-3.0-only OR MIT'),
    pkg('mit-and-gpl', 'MIT AND GPL-3.0-only'),
    pkg('none'),
    pkg('not-spdx', 'SEE LICENSE IN LICENSE.md'),
  ];

  it('an allow list of MIT: `MIT OR Apache-2.0` satisfies it, Apache-2.0 alone does not, unknown ones only warn', () => {
    assert.deepEqual(verdicts(components, { allow: licenseList('allow-licenses', ['MIT']), deny: [], unknown: 'warn' }), {
      apache: 'not-allowed',
      gpl: 'not-allowed',
      'mit-and-gpl': 'not-allowed',
    });
  });

  it('"MIT/Apache-2.0 only" in one line', () => {
    assert.deepEqual(verdicts(components, { allow: licenseList('allow-licenses', ['MIT', 'Apache-2.0']), deny: [], unknown: 'allow' }), {
      gpl: 'not-allowed',
      'mit-and-gpl': 'not-allowed',
    });
    assert.deepEqual(licenseList('allow-licenses', ['MIT OR Apache-2.0']), ['MIT', 'Apache-2.0']);
  });

  it('a deny list: denied only when the expression cannot be met without a denied licence', () => {
    assert.deepEqual(verdicts(components, { allow: [], deny: licenseList('deny-licenses', ['GPL-3.0-only']), unknown: 'allow' }), {
      gpl: 'denied',
      'mit-and-gpl': 'denied',
    });
  });

  it('unknown licences: fail makes each a violation; warn and allow list them without failing', () => {
    assert.deepEqual(verdicts(components, { allow: [], deny: [], unknown: 'fail' }), { none: 'unknown', 'not-spdx': 'unknown' });
    const warned = judgeLicenses(components, { allow: [], deny: [], unknown: 'warn' });
    assert.deepEqual(warned.violations, []);
    assert.deepEqual(
      warned.unknown.map((c) => c.name),
      ['none', 'not-spdx'],
    );
    assert.equal(warned.counts.NOASSERTION, 2);
    assert.equal(warned.counts.MIT, 1);
  });

  it('a bad SPDX expression in the policy is an error naming the input and the value', () => {
    assert.throws(
      () => licenseList('allow-licenses', ['MIT OR']),
      /Input 'allow-licenses' has 'MIT OR': expected SPDX licence expressions/,
    );
    assert.throws(() => licenseList('deny-licenses', ['NotALicence-9']), /Input 'deny-licenses' has 'NotALicence-9'/);
  });
});
