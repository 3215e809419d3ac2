import type { ClickHouseClient } from '@clickhouse/client';
import { LRUCache } from 'lru-cache';
import type { FrameRef } from '@flamehouse/proto';
import { compareDecimalIds } from '../hash.js';
import type { Tables } from './client.js';
import { StackTrie } from './stack-trie.js';

const LOOKUP_CHUNK = 5000;
// Chunks fetched at once: a cold 24-hour flamegraph misses ~10 chunks of stacks.
const LOOKUP_PARALLEL = 4;
const UINT64_DECIMAL = /^\d{1,20}$/;
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;
// What an entry costs besides its strings: the cache's node, the key, the array or object.
const ENTRY_OVERHEAD_BYTES = 96;
const STRING_BYTES = (text: string): number => 2 * text.length + 16;

export interface CacheStats {
  hits: number;
  misses: number;
}

// What interning a frame costs: its id string, the Map entry and the array slot.
const INTERNED_FRAME_BYTES = 96;

/** A stack as root-first interned frames, and the trie node it ends on. */
export interface InternedStack {
  readonly frames: Int32Array;
  readonly node: number;
}

/**
 * Frame ids as small integers, so that a query's tree walks integer stacks
 * instead of hashing a million id strings, and the trie of the stacks read
 * under these numbers. Never emptied in place: a query keeps the interner its
 * stacks were read with, so a full one is replaced (with the stacks cached
 * under it) and queries in flight finish on the old one.
 */
export class FrameInterner {
  private readonly index = new Map<string, number>();
  /** Frame ids by index; 0 is no frame (the root of a tree). */
  readonly ids: string[] = [''];
  readonly trie = new StackTrie();

  intern(id: string): number {
    let at = this.index.get(id);
    if (at === undefined) {
      at = this.ids.length;
      this.ids.push(id);
      this.index.set(id, at);
    }
    return at;
  }

  internAll(ids: readonly string[]): Int32Array {
    const frames = new Int32Array(ids.length);
    for (let i = 0; i < ids.length; i++) frames[i] = this.intern(ids[i]!);
    return frames;
  }

  /** A stack of frame ids (root first), numbered and in the trie. */
  internStack(ids: readonly string[]): InternedStack {
    const frames = this.internAll(ids);
    return { frames, node: this.trie.insert(frames) };
  }

  /** A stack read under another interner, numbered by this one (a query that outlived a replaced interner). */
  renumbered(stack: InternedStack, from: FrameInterner): InternedStack {
    return from === this ? stack : this.internStack(Array.from(stack.frames, (frame) => from.idOf(frame)));
  }

  idOf(frame: number): string {
    return this.ids[frame]!;
  }

  get sizeBytes(): number {
    return this.ids.length * INTERNED_FRAME_BYTES + this.trie.sizeBytes;
  }
}

/** Stacks as interned root-first frames, with the interner that reads them. */
export interface InternedStacks {
  readonly interner: FrameInterner;
  readonly stacks: Map<string, InternedStack>;
}

/**
 * Frame lists of stacks and names of frames, by id, for queries. Ids are
 * content hashes (the same id is the same stack in every tenant's storage),
 * so one cache serves every tenant; a tenant only ever asks for ids its own
 * samples hold. Bounded in bytes, least recently used first out.
 */
export class StackCache {
  readonly stats: CacheStats = { hits: 0, misses: 0 };
  /** Stacks under the current interner's frame numbers. */
  readonly stacks: LRUCache<string, InternedStack>;
  readonly frames: LRUCache<string, FrameRef>;
  interner = new FrameInterner();
  private readonly maxInternerBytes: number;

  constructor(maxBytes: number) {
    // Stacks are the bulk: each holds tens of frames. Their trie nodes count in the interner's share.
    this.stacks = new LRUCache({
      maxSize: Math.floor(maxBytes * 0.4),
      sizeCalculation: (stack, key) => ENTRY_OVERHEAD_BYTES + STRING_BYTES(key) + stack.frames.byteLength,
    });
    this.frames = new LRUCache({
      maxSize: Math.floor(maxBytes * 0.15),
      sizeCalculation: (frame, key) => ENTRY_OVERHEAD_BYTES + STRING_BYTES(key) + STRING_BYTES(frame.name) + STRING_BYTES(frame.file),
    });
    // The interner share holds the stack trie too (28 bytes a node), the largest part of the three.
    this.maxInternerBytes = Math.floor(maxBytes * 0.45);
  }

  /** Bytes held now. */
  get sizeBytes(): number {
    return this.stacks.calculatedSize + this.frames.calculatedSize + this.interner.sizeBytes;
  }

  /** A full interner is replaced, and the stacks numbered by it go with it. */
  trimInterner(): void {
    if (this.interner.sizeBytes <= this.maxInternerBytes) return;
    this.interner = new FrameInterner();
    this.stacks.clear();
  }
}

/**
 * Stack ids, their frame counts, each frame as a 1-based position in the
 * distinct frame ids (little-endian UInt32s in base64), those ids.
 */
type StackChunk = [string[], number[], string, string[]];

/**
 * A chunk's frame positions: a day's stacks hold 1.3 M of them, which as a
 * JSON array of numbers took twice as long to parse, and made as many values to collect.
 */
function decodePositions(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  const count = bytes.length >>> 2;
  if (LITTLE_ENDIAN && bytes.byteOffset % 4 === 0) return new Uint32Array(bytes.buffer, bytes.byteOffset, count);
  const positions = new Uint32Array(count);
  for (let i = 0; i < count; i++) positions[i] = bytes.readUInt32LE(i * 4);
  return positions;
}

/** The cache bound to one tenant's storage: what it lacks is read from that tenant's tables. */
export interface StackLookup {
  /** The interner stacks are numbered by now. */
  interner(): FrameInterner;
  /** Root-first frames of each stack, interned; ids unknown to storage are left out. */
  internedStacksOf(ids: Iterable<string>): Promise<InternedStacks>;
  framesOf(ids: Iterable<string>): Promise<Map<string, FrameRef>>;
}

export function stackLookup(cache: StackCache, client: ClickHouseClient, tables: Tables, timeoutS: number): StackLookup {
  // Ids are inlined rather than bound: tens of thousands of them would not fit
  // a server's URL as parameters. They come from our own storage and are
  // checked to be decimal UInt64 before they go anywhere near SQL. They are
  // one string literal, split by the engine: a list of 5,000 literals took
  // 40-60 ms to parse, against 13 for the string.
  // Each chunk's rows go to `each` as they arrive: the next chunks are read meanwhile.
  const lookup = async <Row extends unknown[]>(
    ids: string[],
    select: (idSet: string, settings: string) => string,
    each: (rows: Row[]) => void,
  ): Promise<void> => {
    // In key order: each chunk then covers one stretch of the table's key range and reads
    // only its granules. Chunks of random ids each read the whole of a day's stacks.
    const valid = ids.filter((id) => UINT64_DECIMAL.test(id)).sort(compareDecimalIds);
    const chunks: string[][] = [];
    for (let start = 0; start < valid.length; start += LOOKUP_CHUNK) chunks.push(valid.slice(start, start + LOOKUP_CHUNK));
    let next = 0;
    const fetchChunks = async (): Promise<void> => {
      for (let at = next++; at < chunks.length; at = next++) {
        const result = await client.query({
          query: select(`(SELECT arrayJoin(arrayMap(id -> toUInt64(id), splitByChar(',', '${chunks[at]!.join(',')}'))))`, `SETTINGS max_execution_time = ${Math.floor(timeoutS)}`),
          format: 'JSONCompactEachRow',
        });
        each(await result.json<Row>());
      }
    };
    await Promise.all(Array.from({ length: Math.min(LOOKUP_PARALLEL, chunks.length) }, fetchChunks));
  };

  // A chunk of stacks comes as one row: their ids, frame counts, and their frames
  // concatenated as numbers into the chunk's distinct frames (first appearance
  // first). A day's 46,000 stacks hold 1.3 M frame ids: as decimal strings they
  // were most of a cold flamegraph's time, in JSON parsing, interning and GC.
  // The stacks are sorted by their frames, so that the trie walks each shared prefix once.
  const fetchStacks = (ids: string[], each: (chunk: StackChunk) => void) =>
    lookup<StackChunk>(
      ids,
      (idSet, settings) => `WITH arrayFlatten(arrayMap(s -> s.2, chunk)) AS frames
        SELECT arrayMap(s -> s.1, chunk), arrayMap(s -> toUInt32(length(s.2)), chunk),
          base64Encode(arrayStringConcat(arrayMap(p -> char(p % 256, intDiv(p, 256) % 256, intDiv(p, 65536) % 256, intDiv(p, 16777216)),
            arrayEnumerateDense(frames)))),
          arrayFilter((frame, seen) -> seen = 1, frames, arrayEnumerateUniq(frames))
        FROM (SELECT groupArray((stack_id, frame_ids)) AS chunk
          FROM (SELECT stack_id, frame_ids FROM ${tables.stacks} WHERE stack_id IN ${idSet} ORDER BY frame_ids LIMIT 1 BY stack_id))
        ${settings}`,
      (rows) => rows.forEach(each),
    );

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

  const fetchAndIntern = async (ids: string[]): Promise<InternedStacks> => {
    const { interner } = cache;
    const stacks = new Map<string, InternedStack>();
    await fetchStacks(ids, ([stackIds, lengths, encodedPositions, distinct]) => {
      const positions = decodePositions(encodedPositions);
      // Another query may have replaced the interner meanwhile: these stacks are then numbered by the old one, and not cached.
      const current = cache.interner === interner;
      const numbers = interner.internAll(distinct);
      let at = 0;
      const framesOfStacks = lengths.map((length) => {
        const frames = new Int32Array(length);
        for (let k = 0; k < length; k++) frames[k] = numbers[positions[at++]! - 1]!;
        return frames;
      });
      const nodes = interner.trie.insertAll(framesOfStacks);
      stackIds.forEach((id, i) => {
        const stack: InternedStack = { frames: framesOfStacks[i]!, node: nodes[i]! };
        if (current) cache.stacks.set(id, stack);
        stacks.set(id, stack);
      });
    });
    if (cache.interner === interner) cache.trimInterner();
    return { interner, stacks };
  };

  // Stacks being fetched, by id, to the fetch that brings them: a diff's two
  // sides (or a page's flamegraph and another range's) share most of their
  // stacks, and a cold cache would otherwise read each of them twice.
  const inFlight = new Map<string, Promise<InternedStacks>>();

  const internedStacksOf = async (ids: Iterable<string>): Promise<InternedStacks> => {
    const { interner } = cache;
    const { found, missing } = cached(cache.stacks, ids);
    const awaited = new Set<Promise<InternedStacks>>();
    const own: string[] = [];
    for (const id of missing) {
      const pending = inFlight.get(id);
      if (pending) awaited.add(pending);
      else own.push(id);
    }
    const fetch = fetchAndIntern(own);
    for (const id of own) inFlight.set(id, fetch);
    let results: InternedStacks[];
    try {
      results = await Promise.all([fetch, ...awaited]);
    } finally {
      for (const id of own) if (inFlight.get(id) === fetch) inFlight.delete(id);
    }
    for (const id of missing) {
      for (const result of results) {
        const stack = result.stacks.get(id);
        if (!stack) continue;
        // Fetched for a query that began under another interner: numbered anew.
        found.set(id, interner.renumbered(stack, result.interner));
        break;
      }
    }
    return { interner, stacks: found };
  };

  return {
    interner: () => cache.interner,
    internedStacksOf,
    async framesOf(ids) {
      const { found, missing } = cached(cache.frames, ids);
      await lookup<[string, string, string]>(
        missing,
        (idSet, settings) => `SELECT frame_id, name, file FROM ${tables.frames} WHERE frame_id IN ${idSet} LIMIT 1 BY frame_id ${settings}`,
        (rows) => {
          for (const [id, name, file] of rows) {
            const frame = { name, file };
            cache.frames.set(id, frame);
            found.set(id, frame);
          }
        },
      );
      return found;
    },
  };
}
