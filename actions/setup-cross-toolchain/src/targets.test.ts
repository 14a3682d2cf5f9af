import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cargoSuffix, envSuffix, namesOf, TARGETS } from './targets.ts';

describe('target catalog', () => {
  it('gives every name to exactly one target', () => {
    const owner = new Map<string, string>();
    for (const target of TARGETS) {
      for (const name of namesOf(target)) {
        assert.ok(!owner.has(name) || owner.get(name) === target.rust, `${name} names both ${owner.get(name)} and ${target.rust}`);
        owner.set(name, target.rust);
      }
    }
  });

  it('describes each target consistently', () => {
    for (const t of TARGETS) {
      assert.match(t.rust, /^[a-z0-9_.]+-[a-z0-9_]+-[a-z0-9_-]+$/, t.rust);
      assert.ok([32, 64].includes(t.elf.bits), t.rust);
      if (t.kind === 'linux') {
        assert.match(t.gnu, /-linux-gnu/, t.rust);
        assert.match(t.rust, /-linux-gnu/, t.rust);
      } else {
        assert.match(t.rust, /-none-/, t.rust);
        assert.ok(t.flags.length > 0 && t.libcs.length > 0, t.rust);
      }
    }
  });

  it('spells environment variable names as cc-rs and cargo read them', () => {
    const main = TARGETS.find((t) => t.rust === 'thumbv8m.main-none-eabihf');
    assert.ok(main);
    assert.equal(envSuffix(main), 'thumbv8m.main_none_eabihf');
    assert.equal(cargoSuffix(main), 'THUMBV8M_MAIN_NONE_EABIHF');
  });
});
