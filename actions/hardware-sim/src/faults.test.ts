import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FaultyLine } from './faults.ts';

const text = Buffer.from('temp=21.5 humidity=40.0\r\n'.repeat(40));

function pass(seed: number, spec: { drop?: number; corrupt?: number }) {
  const out: Buffer[] = [];
  const line = new FaultyLine({ seed, ...spec }, (d) => out.push(d));
  line.write(text);
  return { data: Buffer.concat(out), counts: line.counts };
}

describe('seeded serial faults', () => {
  it('drops the same bytes for the same seed, other bytes for another', () => {
    const a = pass(3, { drop: 0.02 });
    assert.ok(a.data.equals(pass(3, { drop: 0.02 }).data));
    assert.ok(!a.data.equals(pass(4, { drop: 0.02 }).data));
    assert.equal(a.data.length, text.length - a.counts.dropped);
    assert.ok(a.counts.dropped > 0);
  });

  it('corrupts by flipping one bit of a byte, keeping the length', () => {
    const { data, counts } = pass(9, { corrupt: 0.05 });
    assert.equal(data.length, text.length);
    let flipped = 0;
    for (let i = 0; i < data.length; i++) {
      const x = (data[i] as number) ^ (text[i] as number);
      if (x !== 0) {
        flipped++;
        assert.equal(x & (x - 1), 0, 'one bit');
      }
    }
    assert.equal(flipped, counts.corrupted);
  });

  it('a delay holds the rest of the stream, in order', async () => {
    const out: Buffer[] = [];
    const line = new FaultyLine({ seed: 1, delay: { probability: 0.01, ms: 30 } }, (d) => out.push(d));
    line.write(text);
    assert.ok(line.counts.delayed > 0);
    assert.ok(Buffer.concat(out).length < text.length);
    await new Promise((r) => setTimeout(r, 30 * line.counts.delayed + 100));
    assert.ok(Buffer.concat(out).equals(text));
  });

  it('no fault configured passes bytes through untouched', () => {
    assert.ok(pass(1, {}).data.equals(text));
  });
});
