import type { RowBinaryReader } from './row-binary.js';

/** Stacks read from RowBinary: their ids as (low, high) halves, frame counts, and every frame as `frameOf` numbered it. */
export interface StackRows {
  readonly stackIds: Uint32Array;
  readonly lengths: Int32Array;
  readonly frames: Int32Array;
}

/**
 * Rows of `(stack_id UInt64, frame_ids Array(UInt64))`: each frame is
 * numbered from its id's halves, with no decimal string. `room`, when large
 * enough, receives the frames: a read's chunks can share it, as fresh memory
 * costs page faults.
 */
export function readStackRows(rows: RowBinaryReader, frameOf: (lo: number, hi: number) => number, room?: Int32Array): StackRows {
  const { view } = rows;
  const size = rows.bytes.byteLength - rows.at;
  // Bounds: a stack takes 9 bytes at least, a frame 8.
  const stackIds = new Uint32Array(2 * Math.floor(size / 9));
  const lengths = new Int32Array(Math.floor(size / 9));
  const frames = room && room.length >= size >>> 3 ? room : new Int32Array(size >>> 3);
  let stacks = 0;
  let frameCount = 0;
  while (!rows.done) {
    rows.need(8);
    stackIds[2 * stacks] = view.getUint32(rows.at, true);
    stackIds[2 * stacks + 1] = view.getUint32(rows.at + 4, true);
    rows.at += 8;
    const length = rows.length();
    rows.need(8 * length);
    for (let i = 0, at = rows.at; i < length; i++, at += 8) frames[frameCount++] = frameOf(view.getUint32(at, true), view.getUint32(at + 4, true));
    rows.at += 8 * length;
    lengths[stacks++] = length;
  }
  return { stackIds: stackIds.subarray(0, 2 * stacks), lengths: lengths.subarray(0, stacks), frames: frames.subarray(0, frameCount) };
}
