import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineAt, lineFinder, lineOf } from '../lockfiles/parse.ts';
import type { Component } from '../model.ts';
import { cycloneDxJson } from '../sbom/cyclonedx.ts';
import { purlOf } from '../sbom/purl.ts';
import { spdxJson } from '../sbom/spdx.ts';
import { schemaErrors } from './validate.ts';

function pkg(name: string, version: string, dependsOn: string[] = []): Component {
  return {
    ecosystem: 'npm',
    name,
    version,
    purl: purlOf('npm', name, version),
    dev: false,
    direct: true,
    license: 'MIT',
    hashes: [],
    dependsOn,
    lockfile: 'package-lock.json',
  };
}

describe('schemas', () => {
  const context = { name: 'demo', created: '2026-01-01T00:00:00.000Z', toolVersion: '1.0.0' };
  const components = [pkg('a', '1.0.0', ['pkg:npm/b@2.0.0']), pkg('b', '2.0.0'), pkg('@scope/c', '3.0.0')];

  it('the SBOMs written validate against CycloneDX 1.6 and SPDX 2.3', async () => {
    assert.deepEqual(await schemaErrors('CycloneDX 1.6', JSON.parse(await cycloneDxJson(components, context))), []);
    assert.deepEqual(await schemaErrors('SPDX 2.3', JSON.parse(await spdxJson(components, context))), []);
  });

  it('uniqueItems still holds, whatever the key order of the repeated item', async () => {
    const bom = JSON.parse(await cycloneDxJson(components, context));
    const first = bom.components[0];
    bom.components.push(Object.fromEntries(Object.entries(first).reverse()));
    assert.notDeepEqual(await schemaErrors('CycloneDX 1.6', bom), []);
    const fine = JSON.parse(await cycloneDxJson(components, context));
    fine.components[0].version = 'other';
    assert.deepEqual(await schemaErrors('CycloneDX 1.6', fine), []);
    assert.notDeepEqual(await schemaErrors('CycloneDX 1.6', { bomFormat: 'CycloneDX', specVersion: '1.6', version: 0 }), []);
  });

  it('lines: lineAt by offset, lineOf the first occurrence, lineFinder in file order', () => {
    const text = 'a\nbb\n"x": {\n\n"y": {\n"x": {\n';
    assert.deepEqual(
      [0, 1, 2, 4, 5, text.length].map((o) => lineAt(text, o)),
      [1, 1, 2, 2, 3, 7],
    );
    assert.equal(lineOf(text, '"x": {'), 3);
    assert.equal(lineOf(text, 'nowhere'), undefined);
    const find = lineFinder(text);
    assert.deepEqual([find('"x": {'), find('"y": {'), find('"x": {'), find('bb'), find('zz')], [3, 5, 6, 2, undefined]);
  });
});
