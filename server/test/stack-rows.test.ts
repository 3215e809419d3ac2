import { describe, expect, it } from 'vitest';
import { RowBinaryReader } from '../src/storage/row-binary.js';
import { readStackRows as readRows } from '../src/storage/stack-rows.js';

const readStackRows = (bytes: Uint8Array, frameOf: (lo: number, hi: number) => number, room?: Int32Array) =>
  readRows(new RowBinaryReader(bytes), frameOf, room);

/** RowBinary of (UInt64, Array(UInt64)) rows, as ClickHouse writes it. */
function rowBinary(rows: readonly (readonly [bigint, readonly bigint[]])[]): Buffer {
  const parts: Buffer[] = [];
  for (const [id, frames] of rows) {
    const head = Buffer.alloc(8);
    head.writeBigUInt64LE(id);
    const length: number[] = [];
    let n = frames.length;
    do {
      length.push((n & 0x7f) | (n > 0x7f ? 0x80 : 0));
      n >>>= 7;
    } while (n > 0);
    const body = Buffer.alloc(8 * frames.length);
    frames.forEach((frame, i) => body.writeBigUInt64LE(frame, 8 * i));
    parts.push(head, Buffer.from(length), body);
  }
  return Buffer.concat(parts);
}

describe('stack rows', () => {
  it('reads ids and frames as halves, lengths past one varint byte, and stacks of no frames', () => {
    const deep = Array.from({ length: 300 }, (_, i) => BigInt(i % 3));
    const bytes = rowBinary([
      [18446744073709551615n, [1n, 4294967296n]],
      [7n, []],
      [4294967297n, deep],
    ]);
    const numbers = new Map<string, number>();
    const frameOf = (lo: number, hi: number): number => {
      const key = `${hi}:${lo}`;
      if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
      return numbers.get(key)!;
    };
    // An odd offset, as a chunk cut from a larger buffer may have.
    const shifted = Buffer.concat([Buffer.from([0]), bytes]).subarray(1);
    const { stackIds, lengths, frames } = readStackRows(shifted, frameOf, new Int32Array(4));
    expect(Array.from(stackIds)).toEqual([0xffffffff, 0xffffffff, 7, 0, 1, 1]);
    expect(Array.from(lengths)).toEqual([2, 0, 300]);
    expect([...numbers.keys()]).toEqual(['0:1', '1:0', '0:0', '0:2']);
    expect(Array.from(frames.subarray(0, 2))).toEqual([1, 2]);
    expect(Array.from(frames.subarray(2))).toEqual(deep.map((frame) => [3, 1, 4][Number(frame)]));
  });

  it('uses the room it is given when it is large enough', () => {
    const room = new Int32Array(16);
    const { frames } = readStackRows(rowBinary([[1n, [5n, 6n]]]), (lo) => lo, room);
    expect(frames.buffer).toBe(room.buffer);
    expect(Array.from(frames)).toEqual([5, 6]);
  });

  it('refuses rows cut short instead of reading past them', () => {
    const bytes = rowBinary([[1n, [5n, 6n]]]);
    for (const end of [3, 8, 9, bytes.length - 1]) {
      expect(() => readStackRows(bytes.subarray(0, end), () => 0)).toThrow(/cut short/);
    }
  });
});
