import { powerOfTwoAtLeast } from './stack-trie.js';

/**
 * UInt64 ids (as low and high 32-bit halves) to small integers: stack ids to
 * the stack trie's node each one ends on, frame ids to their interned
 * number. A query's 46,000 stacks and their 1.3 M frames are looked up as
 * pairs of numbers: keyed by decimal strings in a Map (and an LRU list), the
 * lookups of a day's stacks cost more than adding their values.
 *
 * Open addressing with linear probing, at most half full; values are stored
 * plus one, so 0 marks an empty slot (the root, node 0, is a stack of no frames).
 */
export class IdIndex {
  size = 0;
  private lows: Int32Array;
  private highs: Int32Array;
  private values: Int32Array;

  /** Room for half of `capacity` ids at first (rounded up to a power of two, as the probing needs). */
  constructor(capacity = 1024) {
    capacity = powerOfTwoAtLeast(capacity);
    this.lows = new Int32Array(capacity);
    this.highs = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
  }

  /** The value of the id with these halves, or -1. */
  get(lo: number, hi: number): number {
    return this.values[this.slotOf(lo | 0, hi | 0)]! - 1;
  }

  set(lo: number, hi: number, value: number): void {
    if ((this.size + 1) * 2 > this.values.length) this.grow();
    const at = this.slotOf(lo | 0, hi | 0);
    if (this.values[at] === 0) this.size++;
    this.lows[at] = lo;
    this.highs[at] = hi;
    this.values[at] = value + 1;
  }

  /** Bytes the three arrays hold. */
  get sizeBytes(): number {
    return this.values.length * 3 * Int32Array.BYTES_PER_ELEMENT;
  }

  private slotOf(lo: number, hi: number): number {
    const { lows, highs, values } = this;
    const mask = values.length - 1;
    // Ids are hashes already: their low half mixed with the high one spreads well.
    let hash = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
    hash ^= hash >>> 15;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      if (values[at] === 0 || (lows[at] === lo && highs[at] === hi)) return at;
    }
  }

  private grow(): void {
    const { lows, highs, values } = this;
    this.lows = new Int32Array(values.length * 2);
    this.highs = new Int32Array(values.length * 2);
    this.values = new Int32Array(values.length * 2);
    for (let at = 0; at < values.length; at++) {
      if (values[at] === 0) continue;
      const to = this.slotOf(lows[at]!, highs[at]!);
      this.lows[to] = lows[at]!;
      this.highs[to] = highs[at]!;
      this.values[to] = values[at]!;
    }
  }
}
