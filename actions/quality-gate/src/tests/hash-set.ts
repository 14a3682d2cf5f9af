/**
 * Per-test state keyed by a 64-bit hash of the test's identity, in flat typed arrays: a report with a
 * million passing tests costs about 20 MB here, where a Map of their names would cost several hundred. Two
 * identities share a 64-bit hash with a probability below 1e-7 even at that size.
 */
export class TestStates {
  private hi = new Uint32Array(1 << 12);
  private lo = new Uint32Array(1 << 12);
  private state = new Uint8Array(1 << 12);
  private used = 0;

  /** Combine `bits` into the state of (hi, lo) and add an attempt; returns the state before (0 when new). */
  update(hi: number, lo: number, bits: number, attempts: number): number {
    if ((hi | lo) === 0) lo = 1;
    if (this.used * 2 >= this.hi.length) this.grow();
    const mask = this.hi.length - 1;
    for (let slot = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask; ; slot = (slot + 1) & mask) {
      const h = this.hi[slot] as number;
      const l = this.lo[slot] as number;
      if (h === 0 && l === 0) {
        this.hi[slot] = hi;
        this.lo[slot] = lo;
        this.state[slot] = bits | (Math.min(attempts, MAX_ATTEMPTS) << ATTEMPT_SHIFT);
        this.used++;
        return 0;
      }
      if (h === hi >>> 0 && l === lo >>> 0) {
        const before = this.state[slot] as number;
        const count = Math.min((before >>> ATTEMPT_SHIFT) + attempts, MAX_ATTEMPTS);
        this.state[slot] = (before & FLAGS) | bits | (count << ATTEMPT_SHIFT);
        return before;
      }
    }
  }

  get(hi: number, lo: number): number {
    if ((hi | lo) === 0) lo = 1;
    const mask = this.hi.length - 1;
    for (let slot = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask; ; slot = (slot + 1) & mask) {
      const h = this.hi[slot] as number;
      const l = this.lo[slot] as number;
      if (h === 0 && l === 0) return 0;
      if (h === hi >>> 0 && l === lo >>> 0) return this.state[slot] as number;
    }
  }

  /** Every state, once per identity. */
  *states(): Generator<number> {
    for (let slot = 0; slot < this.state.length; slot++)
      if ((this.hi[slot] as number) !== 0 || (this.lo[slot] as number) !== 0) yield this.state[slot] as number;
  }

  private grow(): void {
    const { hi, lo, state } = this;
    this.hi = new Uint32Array(hi.length * 2);
    this.lo = new Uint32Array(hi.length * 2);
    this.state = new Uint8Array(hi.length * 2);
    this.used = 0;
    for (let slot = 0; slot < hi.length; slot++) {
      const h = hi[slot] as number;
      const l = lo[slot] as number;
      if (h !== 0 || l !== 0) {
        const s = state[slot] as number;
        this.update(h, l, s & FLAGS, s >>> ATTEMPT_SHIFT);
      }
    }
  }
}

export const PASSED = 1;
export const FAILED = 2;
export const SKIPPED = 4;
const FLAGS = 7;
const ATTEMPT_SHIFT = 3;
const MAX_ATTEMPTS = 31;

export function attemptsOf(state: number): number {
  return state >>> ATTEMPT_SHIFT;
}

/** Two 32-bit FNV-1a style hashes over the parts of an identity, with a separator between parts. */
export function identityHash(parts: readonly string[]): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      const c = part.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 13;
    }
    a = Math.imul(a ^ 0xffff, 0x01000193);
    b = Math.imul(b ^ 0xffff, 0x5bd1e995);
  }
  return [a >>> 0, b >>> 0];
}
