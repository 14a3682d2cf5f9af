import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseOsRelease } from './host.ts';

describe('host', () => {
  it('parses os-release, quoted or not', () => {
    const fields = parseOsRelease(
      'PRETTY_NAME="Ubuntu 24.04.1 LTS"\nNAME="Ubuntu"\nVERSION_ID="24.04"\nID=ubuntu\nID_LIKE=debian\n# comment\n',
    );
    assert.equal(fields.ID, 'ubuntu');
    assert.equal(fields.VERSION_ID, '24.04');
    assert.equal(fields.PRETTY_NAME, 'Ubuntu 24.04.1 LTS');
  });
});
