import { powerOfTwoAtLeast } from './stack-trie.js';

/**
 * Stack ids (UInt64, as low and high 32-bit halves) to the stack trie's node
 * each one ends on: a query's 46,000 ids are looked up as pairs of numbers.
 * Keyed by decimal strings in a Map (and an LRU list), the lookups of a day's
 * stacks cost more than adding their values.
 *
 * Open addressing with linear probing, at most half full; nodes are stored
 * plus one, so 0 marks an empty slot (the root, node 0, is a stack of no frames).
 */
export class StackIndex {
  size = 0;
  private lows: Int32Array;
  private highs: Int32Array;
  private nodes: Int32Array;

  /** Room for half of `capacity` ids at first (rounded up to a power of two, as the probing needs). */
  constructor(capacity = 1024) {
    capacity = powerOfTwoAtLeast(capacity);
    this.lows = new Int32Array(capacity);
    this.highs = new Int32Array(capacity);
    this.nodes = new Int32Array(capacity);
  }

  /** The node of the stack with these halves, or -1. */
  get(lo: number, hi: number): number {
    return this.nodes[this.slotOf(lo | 0, hi | 0)]! - 1;
  }

  set(lo: number, hi: number, node: number): void {
    if ((this.size + 1) * 2 > this.nodes.length) this.grow();
    const at = this.slotOf(lo | 0, hi | 0);
    if (this.nodes[at] === 0) this.size++;
    this.lows[at] = lo;
    this.highs[at] = hi;
    this.nodes[at] = node + 1;
  }

  /** Bytes the three arrays hold. */
  get sizeBytes(): number {
    return this.nodes.length * 3 * Int32Array.BYTES_PER_ELEMENT;
  }

  private slotOf(lo: number, hi: number): number {
    const { lows, highs, nodes } = this;
    const mask = nodes.length - 1;
    // Ids are hashes already: their low half mixed with the high one spreads well.
    let hash = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
    hash ^= hash >>> 15;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      if (nodes[at] === 0 || (lows[at] === lo && highs[at] === hi)) return at;
    }
  }

  private grow(): void {
    const { lows, highs, nodes } = this;
    this.lows = new Int32Array(nodes.length * 2);
    this.highs = new Int32Array(nodes.length * 2);
    this.nodes = new Int32Array(nodes.length * 2);
    for (let at = 0; at < nodes.length; at++) {
      if (nodes[at] === 0) continue;
      const to = this.slotOf(lows[at]!, highs[at]!);
      this.lows[to] = lows[at]!;
      this.highs[to] = highs[at]!;
      this.nodes[to] = nodes[at]!;
    }
  }
}
