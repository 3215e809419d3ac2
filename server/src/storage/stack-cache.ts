import type { ClickHouseClient } from '@clickhouse/client';
import { LRUCache } from 'lru-cache';
import type { FrameRef } from '@flamehouse/proto';
import type { Tables } from './client.js';

const LOOKUP_CHUNK = 5000;
// Chunks fetched at once: a cold 24-hour flamegraph misses ~10 chunks of stacks.
const LOOKUP_PARALLEL = 4;
const UINT64_DECIMAL = /^\d{1,20}$/;
// What an entry costs besides its strings: the cache's node, the key, the array or object.
const ENTRY_OVERHEAD_BYTES = 96;
const STRING_BYTES = (text: string): number => 2 * text.length + 16;

export interface CacheStats {
  hits: number;
  misses: number;
}

/**
 * Frame lists of stacks and names of frames, by id, for queries. Ids are
 * content hashes (the same id is the same stack in every tenant's storage),
 * so one cache serves every tenant; a tenant only ever asks for ids its own
 * samples hold. Bounded in bytes, least recently used first out.
 */
export class StackCache {
  readonly stats: CacheStats = { hits: 0, misses: 0 };
  readonly stacks: LRUCache<string, readonly string[]>;
  readonly frames: LRUCache<string, FrameRef>;

  constructor(maxBytes: number) {
    // Stacks are the bulk: each holds tens of frame ids.
    this.stacks = new LRUCache({
      maxSize: Math.floor(maxBytes * 0.75),
      sizeCalculation: (ids, key) => ENTRY_OVERHEAD_BYTES + STRING_BYTES(key) + ids.reduce((sum, id) => sum + STRING_BYTES(id) + 8, 0),
    });
    this.frames = new LRUCache({
      maxSize: Math.floor(maxBytes * 0.25),
      sizeCalculation: (frame, key) => ENTRY_OVERHEAD_BYTES + STRING_BYTES(key) + STRING_BYTES(frame.name) + STRING_BYTES(frame.file),
    });
  }

  /** Bytes held now. */
  get sizeBytes(): number {
    return this.stacks.calculatedSize + this.frames.calculatedSize;
  }
}

/** The cache bound to one tenant's storage: what it lacks is read from that tenant's tables. */
export interface StackLookup {
  /** Root-first frame ids of each stack; ids unknown to storage are left out. */
  stacksOf(ids: Iterable<string>): Promise<Map<string, readonly string[]>>;
  framesOf(ids: Iterable<string>): Promise<Map<string, FrameRef>>;
}

export function stackLookup(cache: StackCache, client: ClickHouseClient, tables: Tables, timeoutS: number): StackLookup {
  // Ids are inlined rather than bound: tens of thousands of them would not fit
  // a server's URL as parameters. They come from our own storage and are
  // checked to be decimal UInt64 before they go anywhere near SQL.
  const lookup = async <Row extends unknown[]>(table: string, key: string, values: string, ids: string[]): Promise<Row[]> => {
    const valid = ids.filter((id) => UINT64_DECIMAL.test(id));
    const chunks: string[][] = [];
    for (let start = 0; start < valid.length; start += LOOKUP_CHUNK) chunks.push(valid.slice(start, start + LOOKUP_CHUNK));
    const results: Row[][] = [];
    let next = 0;
    const fetchChunks = async (): Promise<void> => {
      for (let at = next++; at < chunks.length; at = next++) {
        const result = await client.query({
          query: `SELECT ${key}, ${values} FROM ${table} WHERE ${key} IN (${chunks[at]!.join(',')}) LIMIT 1 BY ${key}
            SETTINGS max_execution_time = ${Math.floor(timeoutS)}`,
          format: 'JSONCompactEachRow',
        });
        results[at] = await result.json<Row>();
      }
    };
    await Promise.all(Array.from({ length: Math.min(LOOKUP_PARALLEL, chunks.length) }, fetchChunks));
    return results.flat();
  };

  const cached = <V extends object>(entries: LRUCache<string, V>, ids: Iterable<string>): { found: Map<string, V>; missing: string[] } => {
    const found = new Map<string, V>();
    const missing: string[] = [];
    for (const id of ids) {
      const value = entries.get(id);
      if (value === undefined) missing.push(id);
      else found.set(id, value);
    }
    cache.stats.hits += found.size;
    cache.stats.misses += missing.length;
    return { found, missing };
  };

  return {
    async stacksOf(ids) {
      const { found, missing } = cached(cache.stacks, ids);
      for (const [id, frameIds] of await lookup<[string, string[]]>(tables.stacks, 'stack_id', 'frame_ids', missing)) {
        cache.stacks.set(id, frameIds);
        found.set(id, frameIds);
      }
      return found;
    },
    async framesOf(ids) {
      const { found, missing } = cached(cache.frames, ids);
      for (const [id, name, file] of await lookup<[string, string, string]>(tables.frames, 'frame_id', 'name, file', missing)) {
        const frame = { name, file };
        cache.frames.set(id, frame);
        found.set(id, frame);
      }
      return found;
    },
  };
}
