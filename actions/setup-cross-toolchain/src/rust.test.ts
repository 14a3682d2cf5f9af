import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTargetList } from './rust.ts';

describe('rustup target list', () => {
  it('tells available targets from installed ones', () => {
    const { available, installed } = parseTargetList(
      'aarch64-apple-darwin\naarch64-unknown-linux-gnu\nx86_64-unknown-linux-gnu (installed)\nthumbv7em-none-eabihf\n',
    );
    assert.deepEqual(
      [...available],
      ['aarch64-apple-darwin', 'aarch64-unknown-linux-gnu', 'x86_64-unknown-linux-gnu', 'thumbv7em-none-eabihf'],
    );
    assert.deepEqual([...installed], ['x86_64-unknown-linux-gnu']);
  });
});
