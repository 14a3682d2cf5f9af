import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseOsRelease, which } from './host.ts';

describe('host', () => {
  it('parses os-release, quoted or not', () => {
    const fields = parseOsRelease(
      'PRETTY_NAME="Ubuntu 24.04.1 LTS"\nNAME="Ubuntu"\nVERSION_ID="24.04"\nID=ubuntu\nID_LIKE=debian\n# comment\n',
    );
    assert.equal(fields.ID, 'ubuntu');
    assert.equal(fields.VERSION_ID, '24.04');
    assert.equal(fields.PRETTY_NAME, 'Ubuntu 24.04.1 LTS');
  });

  it('finds executables on PATH, and only executables', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'which-'));
    writeFileSync(path.join(dir, 'tool'), '#!/bin/sh\n');
    writeFileSync(path.join(dir, 'data'), '');
    chmodSync(path.join(dir, 'tool'), 0o755);
    assert.equal(which('tool', `/nonexistent:${dir}`), path.join(dir, 'tool'));
    assert.equal(which('data', dir), undefined);
    assert.equal(which('absent', dir), undefined);
  });
});
