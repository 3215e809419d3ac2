import type { ClickHouseClient } from '@clickhouse/client';
import type { FrameRef } from '@flamehouse/proto';
import type { Tables } from './client.js';
import { LruMap } from './lru.js';

const LOOKUP_CHUNK = 5000;
// Chunks fetched at once: a cold 24-hour flamegraph misses ~10 chunks of stacks.
const LOOKUP_PARALLEL = 4;
const UINT64_DECIMAL = /^\d{1,20}$/;

/**
 * Stacks, frames and series by id. Ingest fills it with what it stored, so
 * the writer skips rows already sent; queries read stacks through it and fetch
 * only what it does not hold (after a restart, or what another server stored).
 */
export class Dictionary {
  private readonly stacks: LruMap<string, readonly string[]>;
  private readonly frames: LruMap<string, FrameRef>;
  private readonly series: LruMap<string, true>;

  constructor(
    private readonly client: ClickHouseClient,
    private readonly tables: Tables,
    capacity: number,
  ) {
    this.stacks = new LruMap(capacity);
    this.frames = new LruMap(capacity);
    this.series = new LruMap(capacity);
  }

  hasFrame(id: string): boolean {
    return this.frames.has(id);
  }
  hasStack(id: string): boolean {
    return this.stacks.has(id);
  }
  hasSeries(id: string): boolean {
    return this.series.has(id);
  }
  addFrame(id: string, frame: FrameRef): void {
    this.frames.set(id, frame);
  }
  addStack(id: string, frameIds: readonly string[]): void {
    this.stacks.set(id, frameIds);
  }
  addSeries(id: string): void {
    this.series.set(id, true);
  }

  /** Root-first frame ids of each stack; ids unknown to storage are left out. */
  async stacksOf(ids: Iterable<string>): Promise<Map<string, readonly string[]>> {
    const found = new Map<string, readonly string[]>();
    const missing: string[] = [];
    for (const id of ids) {
      const frames = this.stacks.get(id);
      if (frames) found.set(id, frames);
      else missing.push(id);
    }
    for (const [id, frameIds] of await this.lookup<[string, string[]]>(this.tables.stacks, 'stack_id', 'frame_ids', missing)) {
      this.stacks.set(id, frameIds);
      found.set(id, frameIds);
    }
    return found;
  }

  async framesOf(ids: Iterable<string>): Promise<Map<string, FrameRef>> {
    const found = new Map<string, FrameRef>();
    const missing: string[] = [];
    for (const id of ids) {
      const frame = this.frames.get(id);
      if (frame) found.set(id, frame);
      else missing.push(id);
    }
    for (const [id, name, file] of await this.lookup<[string, string, string]>(
      this.tables.frames,
      'frame_id',
      'name, file',
      missing,
    )) {
      const frame = { name, file };
      this.frames.set(id, frame);
      found.set(id, frame);
    }
    return found;
  }

  // Ids are inlined rather than bound: tens of thousands of them would not fit
  // a server's URL as parameters. They come from our own storage and are
  // checked to be decimal UInt64 before they go anywhere near SQL.
  private async lookup<Row extends unknown[]>(table: string, key: string, values: string, ids: string[]): Promise<Row[]> {
    const valid = ids.filter((id) => UINT64_DECIMAL.test(id));
    const chunks: string[][] = [];
    for (let start = 0; start < valid.length; start += LOOKUP_CHUNK) chunks.push(valid.slice(start, start + LOOKUP_CHUNK));
    const results: Row[][] = [];
    let next = 0;
    const fetchChunks = async (): Promise<void> => {
      for (let at = next++; at < chunks.length; at = next++) {
        const result = await this.client.query({
          query: `SELECT ${key}, ${values} FROM ${table} WHERE ${key} IN (${chunks[at]!.join(',')}) LIMIT 1 BY ${key}`,
          format: 'JSONCompactEachRow',
        });
        results[at] = await result.json<Row>();
      }
    };
    await Promise.all(Array.from({ length: Math.min(LOOKUP_PARALLEL, chunks.length) }, fetchChunks));
    return results.flat();
  }
}
