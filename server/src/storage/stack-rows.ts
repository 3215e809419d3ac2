import { FlamehouseError } from '../errors.js';

/** Stacks read from RowBinary: their ids as (low, high) halves, frame counts, and every frame as `frameOf` numbered it. */
export interface StackRows {
  readonly stackIds: Uint32Array;
  readonly lengths: Int32Array;
  readonly frames: Int32Array;
}

/**
 * Rows of `(stack_id UInt64, frame_ids Array(UInt64))` in ClickHouse's
 * RowBinary: the id's 8 little-endian bytes, the array's length as a LEB128
 * varint, then each frame id's 8 bytes. A day's 1.3 M frame ids came faster
 * this way than as base64 text the engine built one element at a time
 * (bench/RESULTS.md §24), and each frame is numbered from its halves
 * without a decimal string. `room`, when large enough, receives the frames:
 * a read's chunks can share it, as fresh memory costs page faults.
 */
export function readStackRows(bytes: Uint8Array, frameOf: (lo: number, hi: number) => number, room?: Int32Array): StackRows {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.byteLength;
  // Bounds: a stack takes 9 bytes at least, a frame 8.
  const stackIds = new Uint32Array(2 * Math.floor(end / 9));
  const lengths = new Int32Array(Math.floor(end / 9));
  const frames = room && room.length >= end >>> 3 ? room : new Int32Array(end >>> 3);
  let stacks = 0;
  let frameCount = 0;
  let at = 0;
  while (at < end) {
    if (at + 9 > end) throw truncated();
    stackIds[2 * stacks] = view.getUint32(at, true);
    stackIds[2 * stacks + 1] = view.getUint32(at + 4, true);
    at += 8;
    let length = 0;
    for (let shift = 0; ; shift += 7) {
      if (at >= end || shift > 28) throw truncated();
      const byte = bytes[at++]!;
      length += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) break;
    }
    if (at + 8 * length > end) throw truncated();
    for (let i = 0; i < length; i++, at += 8) frames[frameCount++] = frameOf(view.getUint32(at, true), view.getUint32(at + 4, true));
    lengths[stacks++] = length;
  }
  return { stackIds: stackIds.subarray(0, 2 * stacks), lengths: lengths.subarray(0, stacks), frames: frames.subarray(0, frameCount) };
}

const truncated = (): FlamehouseError => new FlamehouseError('FH_ERR_INTERNAL', 'storage sent stacks cut short');
