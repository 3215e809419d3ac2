/**
 * Arrays that cross from ClickHouse to the server as one base64 string of
 * their little-endian bytes instead of a JSON array: a day's 46,000 stack ids
 * and values, or 1.3 M frame positions, parsed as JSON numbers and decimal
 * strings took longer than the engine's work, and every id became a string
 * to hash. The same SQL works through chdb and a ClickHouse server.
 */

const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/**
 * SQL for the base64 of an array's elements as `type` (UInt32, UInt64 or
 * Float64), 4 or 8 bytes each. `unhex(hex(…))` keeps the trailing zero bytes
 * that a FixedString loses on its way into a String.
 */
export function base64ArraySql(array: string, type: 'UInt32' | 'UInt64' | 'Float64'): string {
  return `base64Encode(arrayStringConcat(arrayMap(x -> unhex(hex(reinterpretAsFixedString(to${type}(x)))), ${array})))`;
}

/** The bytes of `base64`, copied into a fresh array of `bytesPerElement` alignment when they are not aligned. */
function alignedBytes(base64: string, bytesPerElement: number): Uint8Array {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.byteOffset % bytesPerElement === 0) return bytes;
  const copy = new Uint8Array(new ArrayBuffer(bytes.length - (bytes.length % bytesPerElement)));
  copy.set(bytes.subarray(0, copy.length));
  return copy;
}

interface ArrayType<T> {
  readonly BYTES_PER_ELEMENT: number;
  new (length: number): T;
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): T;
}

/** The little-endian elements in `base64`: a view of its bytes on a little-endian host, read one by one elsewhere. */
function decode<T extends Uint32Array | Float64Array>(base64: string, type: ArrayType<T>, read: (view: DataView, byteOffset: number) => number): T {
  const size = type.BYTES_PER_ELEMENT;
  const bytes = alignedBytes(base64, size);
  const count = Math.floor(bytes.length / size);
  if (LITTLE_ENDIAN) return new type(bytes.buffer, bytes.byteOffset, count);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const values = new type(count);
  for (let i = 0; i < count; i++) values[i] = read(view, i * size);
  return values;
}

/** UInt32s from `base64ArraySql(…, 'UInt32')`; a UInt64 array reads as (low, high) pairs. */
export const decodeUint32s = (base64: string): Uint32Array => decode(base64, Uint32Array, (view, at) => view.getUint32(at, true));

/** Float64s from `base64ArraySql(…, 'Float64')`. */
export const decodeFloat64s = (base64: string): Float64Array => decode(base64, Float64Array, (view, at) => view.getFloat64(at, true));
