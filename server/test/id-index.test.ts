import { describe, expect, it } from 'vitest';
import { IdIndex } from '../src/storage/id-index.js';
import { decimalIdHalves } from '../src/hash.js';

describe('id index', () => {
  it('finds every id by its halves after growing, and tells ids that differ in one half apart', () => {
    const index = new IdIndex(4);
    const ids = Array.from({ length: 5000 }, (_, i) => [i * 7919, i % 3 === 0 ? 0xffffffff : i] as const);
    ids.forEach(([lo, hi], node) => index.set(lo, hi, node));
    // Node 0 (a stack of no frames) is a node like any other.
    expect(index.get(0, 0xffffffff)).toBe(0);
    expect(ids.every(([lo, hi], node) => index.get(lo, hi) === node)).toBe(true);
    expect(index.size).toBe(5000);
    expect(index.get(7919, 2)).toBe(-1);
    expect(index.get(7919 * 2, 1)).toBe(-1);
    index.set(7919, 1, 42);
    expect(index.get(7919, 1)).toBe(42);
    expect(index.size).toBe(5000);
  });

  it('reads decimal UInt64 ids as their halves', () => {
    expect(Array.from(decimalIdHalves(['0', '1', '4294967296', '18446744073709551615']))).toEqual([0, 0, 1, 0, 0, 1, 0xffffffff, 0xffffffff]);
  });
});
