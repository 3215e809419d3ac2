import type { ClickHouseClient } from '@clickhouse/client';
import { FlamehouseError } from '../errors.js';

/**
 * A query's result as ClickHouse's RowBinary bytes (the SQL ends in
 * `FORMAT RowBinary`), through chdb or a ClickHouse server alike. Reads
 * that return a day's 46,000 stack ids and values, or their 1.3 M frame ids,
 * come this way: as JSON they were decimal strings to parse, and as base64
 * text the engine built them one element at a time (bench/RESULTS.md §24).
 */
export async function queryRowBinary(client: ClickHouseClient, query: string, params?: Record<string, unknown>): Promise<RowBinaryReader> {
  const { stream } = await client.exec({ query, ...(params && { query_params: params }) });
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part as Buffer);
  return new RowBinaryReader(parts.length === 1 ? parts[0]! : Buffer.concat(parts));
}

/** A cursor over RowBinary bytes: little-endian numbers, lengths as LEB128 varints; a read past the end throws. */
export class RowBinaryReader {
  at = 0;
  readonly view: DataView;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get done(): boolean {
    return this.at >= this.bytes.byteLength;
  }

  /** Throws unless `count` more bytes are there. */
  need(count: number): void {
    if (this.at + count > this.bytes.byteLength) throw new FlamehouseError('FH_ERR_INTERNAL', 'storage sent a result cut short');
  }

  /** An array's or a string's length. */
  length(): number {
    let length = 0;
    for (let shift = 0; shift <= 28; shift += 7) {
      this.need(1);
      const byte = this.bytes[this.at++]!;
      length += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return length;
    }
    throw new FlamehouseError('FH_ERR_INTERNAL', 'storage sent a length too long');
  }

  /** `count` UInt64s, as (low, high) halves: see `StackIds`. */
  uint64Halves(count: number): Uint32Array {
    this.need(8 * count);
    const halves = new Uint32Array(2 * count);
    for (let i = 0; i < 2 * count; i++, this.at += 4) halves[i] = this.view.getUint32(this.at, true);
    return halves;
  }

  float64s(count: number): Float64Array {
    this.need(8 * count);
    const values = new Float64Array(count);
    for (let i = 0; i < count; i++, this.at += 8) values[i] = this.view.getFloat64(this.at, true);
    return values;
  }
}
