import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Component, Ecosystem } from '../model.ts';
import { purlOf } from '../sbom/purl.ts';
import { findingsFor } from './findings.ts';
import { affects, fixedVersions, inRange, matchingRecords } from './match.ts';
import type { OsvAffected, OsvEvent, OsvRecord } from './record.ts';
import { cvssScore, severityOf } from './severity.ts';
import { comparatorFor, compareMaven, compareRubyGems } from './versions.ts';

const advisories = path.resolve(import.meta.dirname, '../../../../test/fixtures/advisories');

function component(ecosystem: Ecosystem, name: string, version: string): Component {
  return { ecosystem, name, version, purl: purlOf(ecosystem, name, version), dev: false, hashes: [], dependsOn: [], lockfile: 'x' };
}

async function affected(ecosystem: Ecosystem, type: 'SEMVER' | 'ECOSYSTEM', events: OsvEvent[], versions: string[]) {
  const compare = await comparatorFor(ecosystem, type);
  return versions.filter((v) => inRange(v, events, compare));
}

async function records(): Promise<OsvRecord[]> {
  const files = (await readdir(advisories)).filter((f) => f.endsWith('.json'));
  return Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(advisories, f), 'utf8')) as OsvRecord));
}

describe('version matching per ecosystem', () => {
  it('semver (npm): introduced/fixed pairs in one range, prereleases before their release', async () => {
    const events = [
      { introduced: '0' },
      { fixed: '5.7.2' },
      { introduced: '6.0.0' },
      { fixed: '6.3.1' },
      { introduced: '7.0.0' },
      { fixed: '7.5.2' },
    ];
    assert.deepEqual(
      await affected('npm', 'ECOSYSTEM', events, [
        '0.0.1',
        '5.7.1',
        '5.7.2',
        '6.0.0',
        '6.3.0',
        '6.3.1',
        '7.5.1',
        '7.5.2-rc.1',
        '7.5.2',
        '8.0.0',
      ]),
      ['0.0.1', '5.7.1', '6.0.0', '6.3.0', '7.5.1', '7.5.2-rc.1'],
    );
  });

  it('last_affected includes that version and nothing after it', async () => {
    const events = [{ introduced: '1.0.0' }, { last_affected: '1.2.3' }];
    assert.deepEqual(await affected('npm', 'SEMVER', events, ['0.9.9', '1.0.0', '1.2.3', '1.2.4', '2.0.0']), ['1.0.0', '1.2.3']);
  });

  it('limit rules out everything at or above it, even with no fixed event', async () => {
    const events = [{ introduced: '1.0.0' }, { limit: '1.5.0' }];
    assert.deepEqual(await affected('npm', 'SEMVER', events, ['0.1.0', '1.0.0', '1.4.9', '1.5.0', '3.0.0']), ['1.0.0', '1.4.9']);
    const unlimited = [{ introduced: '0' }, { limit: '*' }];
    assert.deepEqual(await affected('npm', 'SEMVER', unlimited, ['0.1.0', '9.9.9']), ['0.1.0', '9.9.9']);
  });

  it('PEP 440 (PyPI): numeric order, pre- and post-releases, epochs', async () => {
    const events = [{ introduced: '2.3.0' }, { fixed: '2.31.0' }];
    assert.deepEqual(
      await affected('PyPI', 'ECOSYSTEM', events, [
        '2.2.1',
        '2.3',
        '2.19.1',
        '2.30.0.post1',
        '2.31.0rc1',
        '2.31.0',
        '2.31.0.post1',
        '1!2.0',
      ]),
      ['2.3', '2.19.1', '2.30.0.post1', '2.31.0rc1'],
    );
  });

  it('Cargo (crates.io): semver order, 0.10 after 0.7', async () => {
    const events = [{ introduced: '0' }, { fixed: '0.7.1' }];
    assert.deepEqual(await affected('crates.io', 'SEMVER', events, ['0.6.9', '0.7.0', '0.7.1', '0.10.0', '1.0.0-alpha.1']), [
      '0.6.9',
      '0.7.0',
    ]);
  });

  it('Go: v-prefixed module versions and pseudo-versions against OSV`s unprefixed events', async () => {
    const record: OsvAffected = {
      package: { ecosystem: 'Go', name: 'golang.org/x/crypto' },
      ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '0.0.0-20211202192323-5770296d904e' }] }],
    };
    const hit = (v: string) => affects(record, component('Go', 'golang.org/x/crypto', v));
    assert.equal(await hit('v0.0.0-20210220033148-5ea612d1eb83'), true);
    assert.equal(await hit('v0.0.0-20211202192323-5770296d904e'), false);
    assert.equal(await hit('v0.1.0'), false);
    assert.equal(await affects(record, component('Go', 'golang.org/x/net', 'v0.0.1')), false);
  });

  it('RubyGems and Maven orders', () => {
    assert.ok(compareRubyGems('1.0.0.pre', '1.0.0') < 0);
    assert.ok(compareRubyGems('1.10.0', '1.9.3') > 0);
    assert.equal(compareRubyGems('1.0', '1.0.0'), 0);
    assert.ok(compareMaven('1.0-alpha-1', '1.0-beta') < 0);
    assert.ok(compareMaven('1.0-rc1', '1.0') < 0);
    assert.ok(compareMaven('1.0', '1.0-sp1') < 0);
    assert.ok(compareMaven('2.17.1', '2.9') > 0);
    assert.equal(compareMaven('1.0.Final', '1.0'), 0);
  });

  it('explicit version lists, GIT ranges ignored, PyPI names compared normalised', async () => {
    const listed: OsvAffected = { package: { ecosystem: 'RubyGems', name: 'rack' }, versions: ['2.2.3', '2.2.4'] };
    assert.equal(await affects(listed, component('RubyGems', 'rack', '2.2.3')), true);
    assert.equal(await affects(listed, component('RubyGems', 'rack', '2.2.5')), false);
    const git: OsvAffected = { package: { ecosystem: 'npm', name: 'x' }, ranges: [{ type: 'GIT', events: [{ introduced: '0' }] }] };
    assert.equal(await affects(git, component('npm', 'x', '1.0.0')), false);
    const pypi: OsvAffected = {
      package: { ecosystem: 'PyPI', name: 'PyYAML' },
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '5.4' }] }],
    };
    assert.equal(await affects(pypi, component('PyPI', 'pyyaml', '5.3.1')), true);
    assert.equal(await affects(pypi, component('npm', 'PyYAML', '5.3.1')), false);
  });

  it('real records: requests 2.19.1 hit by three, merged into two findings with their fixed versions; 2.31.0 by none; withdrawn left out', async () => {
    const all = await records();
    const old = component('PyPI', 'requests', '2.19.1');
    const hits = await matchingRecords(all, old);
    assert.deepEqual(hits.map((r) => r.id).sort(), ['GHSA-j8r2-6x86-q33q', 'PYSEC-2018-28', 'PYSEC-2023-74']);
    const findings = await findingsFor(old, hits);
    assert.deepEqual(
      findings.map((f) => [f.id, f.aliases, f.fixed, f.severity, f.score]),
      [
        ['GHSA-j8r2-6x86-q33q', ['CVE-2023-32681', 'PYSEC-2023-74'], ['2.31.0'], 'medium', 6.1],
        ['PYSEC-2018-28', ['CVE-2018-18074', 'GHSA-x84v-xcm2-53pg'], ['2.20.0'], 'unknown', undefined],
      ],
    );
    assert.deepEqual(await matchingRecords(all, component('PyPI', 'requests', '2.31.0')), []);
    const withdrawn = all.map((r) => ({ ...r, withdrawn: '2024-01-01T00:00:00Z' }));
    assert.deepEqual(await matchingRecords(withdrawn, old), []);
    const lodash = all.find((r) => r.id === 'GHSA-35jh-r3h4-6jhm') as OsvRecord;
    assert.deepEqual(fixedVersions(lodash, component('npm', 'lodash', '4.17.20')), ['4.17.21']);
  });
});

describe('severity', () => {
  it('CVSS v3.1 and v4.0 base scores; v2 and garbage give none', async () => {
    assert.equal(await cvssScore('CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H'), 7.2);
    assert.equal(await cvssScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'), 9.8);
    assert.equal(await cvssScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'), 9.3);
    assert.equal(await cvssScore('AV:N/AC:L/Au:N/C:P/I:P/A:P'), undefined);
    assert.equal(await cvssScore('CVSS:3.1/AV:Q'), undefined);
  });

  it('the vector wins over the database rating; the rating is used without one; else unknown', async () => {
    assert.deepEqual(
      await severityOf({
        id: 'A',
        severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L' }],
        database_specific: { severity: 'HIGH' },
      }),
      { severity: 'medium', score: 5.3 },
    );
    assert.deepEqual(await severityOf({ id: 'B', database_specific: { severity: 'MODERATE' } }), { severity: 'medium' });
    assert.deepEqual(await severityOf({ id: 'C' }), { severity: 'unknown' });
  });
});
