import type { ClickHouseClient } from '@clickhouse/client';
import { LRUCache } from 'lru-cache';
import type { FrameRef } from '@flamehouse/proto';
import { compareDecimalIds } from '../hash.js';
import type { Tables } from './client.js';
import { IdIndex } from './id-index.js';
import { queryRowBinary, type RowBinaryReader } from './row-binary.js';
import { readStackRows } from './stack-rows.js';
import { StackTrie } from './stack-trie.js';

const LOOKUP_CHUNK = 5000;
// Chunks fetched at once: a cold 24-hour flamegraph misses ~10 chunks of stacks.
const LOOKUP_PARALLEL = 4;
const UINT64_DECIMAL = /^\d{1,20}$/;
// What an entry costs besides its strings: the cache's node, the key, the object.
const ENTRY_OVERHEAD_BYTES = 96;
const STRING_BYTES = (text: string): number => 2 * text.length + 16;

export interface CacheStats {
  hits: number;
  misses: number;
}

// What interning a frame costs: its id string, the Map entry and the array slot.
const INTERNED_FRAME_BYTES = 96;

/**
 * Stack ids as they come from storage, two 32-bit halves per UInt64 id
 * (low, then high), as RowBinary results are read (row-binary.ts).
 */
export type StackIds = Uint32Array;

/**
 * Frame ids as small integers, the trie of the stacks read under these
 * numbers, and each stack id's node in it: a query's tree walks integer
 * stacks instead of hashing a million id strings, and finds its stacks by
 * their ids' halves. Never emptied in place: a query keeps the interner its
 * stacks were read with, so a full one is replaced and queries in flight
 * finish on the old one.
 */
export class FrameInterner {
  private readonly index = new Map<string, number>();
  private readonly byHalves = new IdIndex();
  /** Frame ids by index; 0 is no frame (the root of a tree). */
  readonly ids: string[] = [''];
  readonly trie = new StackTrie();
  readonly stackNodes = new IdIndex();

  intern(id: string): number {
    let at = this.index.get(id);
    if (at === undefined) {
      at = this.ids.length;
      this.ids.push(id);
      this.index.set(id, at);
    }
    return at;
  }

  /** The number of the frame whose id has these halves; its decimal is made once, when it is new. */
  internHalves(lo: number, hi: number): number {
    let at = this.byHalves.get(lo, hi);
    if (at < 0) {
      at = this.intern(((BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0)).toString());
      this.byHalves.set(lo, hi, at);
    }
    return at;
  }

  internAll(ids: readonly string[]): Int32Array {
    const frames = new Int32Array(ids.length);
    for (let i = 0; i < ids.length; i++) frames[i] = this.intern(ids[i]!);
    return frames;
  }

  /** The trie node of a stack of frame ids (root first), added if new. */
  internStack(ids: readonly string[]): number {
    return this.trie.insert(this.internAll(ids));
  }

  /** The node in this trie of the stack that ends on `node` in `from`'s (a query that outlived a replaced interner). */
  adopt(node: number, from: FrameInterner): number {
    return from === this ? node : this.internStack(Array.from(from.trie.pathOf(node), (frame) => from.idOf(frame)));
  }

  idOf(frame: number): string {
    return this.ids[frame]!;
  }

  get sizeBytes(): number {
    return this.ids.length * INTERNED_FRAME_BYTES + this.byHalves.sizeBytes + this.trie.sizeBytes + this.stackNodes.sizeBytes;
  }
}

/** Each of a query's stacks as a node of `interner`'s trie, in the order of its ids; -1 for an id storage does not know. */
export interface InternedStacks {
  readonly interner: FrameInterner;
  readonly nodes: Int32Array;
}

/**
 * Stacks (in an interner's trie) and names of frames, by id, for queries: one
 * interner per tenant, and frames keyed by tenant and id. Ids are content
 * hashes without a secret, so a tenant could store content of its own under
 * an id another tenant's data has (ARCHITECTURE.md, tenants): a cache shared
 * by id would then show it to the other. Bounded in bytes for all tenants
 * together: frames least recently used first out; interners of the tenants
 * that queried least recently first, a tenant's own when it alone is full.
 */
export class StackCache {
  readonly stats: CacheStats = { hits: 0, misses: 0 };
  private readonly frames: LRUCache<string, FrameRef>;
  /** By tenant, the one that queried least recently first. */
  private readonly interners = new Map<string, FrameInterner>();
  private readonly maxInternerBytes: number;

  constructor(maxBytes: number) {
    this.frames = new LRUCache({
      maxSize: Math.floor(maxBytes * 0.15),
      sizeCalculation: (frame, key) => ENTRY_OVERHEAD_BYTES + STRING_BYTES(key) + STRING_BYTES(frame.name) + STRING_BYTES(frame.file),
    });
    // The stacks are the interners': their tries (28 bytes a node) and their indexes of ids.
    this.maxInternerBytes = Math.floor(maxBytes * 0.85);
  }

  /** Bytes held now. */
  get sizeBytes(): number {
    let bytes = this.frames.calculatedSize;
    for (const interner of this.interners.values()) bytes += interner.sizeBytes;
    return bytes;
  }

  /** The interner `tenant`'s stacks are numbered by now. */
  interner(tenant: string): FrameInterner {
    const interner = this.interners.get(tenant) ?? new FrameInterner();
    this.interners.delete(tenant);
    this.interners.set(tenant, interner);
    return interner;
  }

  frame(tenant: string, id: string): FrameRef | undefined {
    return this.frames.get(`${tenant}\n${id}`);
  }

  setFrame(tenant: string, id: string, frame: FrameRef): void {
    this.frames.set(`${tenant}\n${id}`, frame);
  }

  /**
   * Past the budget, other tenants' interners go, the least recently used first; then `tenant`'s, when `read`
   * is still its current one, is replaced, and the stacks numbered by it go with it.
   */
  trimInterner(tenant: string, read: FrameInterner): void {
    let bytes = 0;
    for (const interner of this.interners.values()) bytes += interner.sizeBytes;
    for (const [other, interner] of this.interners) {
      if (bytes <= this.maxInternerBytes) return;
      if (other === tenant) continue;
      this.interners.delete(other);
      bytes -= interner.sizeBytes;
    }
    if (bytes > this.maxInternerBytes && this.interners.get(tenant) === read) this.interners.set(tenant, new FrameInterner());
  }
}

/** The cache bound to one tenant's storage: what it lacks is read from that tenant's tables. */
export interface StackLookup {
  /** The interner stacks are numbered by now. */
  interner(): FrameInterner;
  /** Each stack's node, its frames interned and in the trie; -1 for ids unknown to storage. */
  internedStacksOf(ids: StackIds): Promise<InternedStacks>;
  framesOf(ids: Iterable<string>): Promise<Map<string, FrameRef>>;
}

/**
 * The picked stack ids (halves) in UInt64 order, sorted as 64-bit integers by
 * V8's native sort: a comparator over a cold day's 46,000 ids took
 * 30 ms in a fresh process, this 5. (On a big-endian host the order would
 * differ, and chunks would only cover the key range less tightly.)
 */
function sortedIds(ids: StackIds, picked: readonly number[]): StackIds {
  const values = new BigUint64Array(picked.length);
  const halves = new Uint32Array(values.buffer);
  for (let at = 0; at < picked.length; at++) {
    halves[2 * at] = ids[2 * picked[at]!]!;
    halves[2 * at + 1] = ids[2 * picked[at]! + 1]!;
  }
  values.sort();
  return halves;
}

export function stackLookup(cache: StackCache, client: ClickHouseClient, tables: Tables, timeoutS: number): StackLookup {
  // Each tenant has a database of its own: its name keys the tenant's part of the cache.
  const tenant = tables.database;
  // Ids are inlined rather than bound: tens of thousands of them would not fit
  // a server's URL as parameters. Each chunk is one string literal, split by
  // the engine: a list of 5,000 literals took 40-60 ms to parse, against 13
  // for the string. Chunks come in key order: each then covers one stretch
  // of the table's key range and reads only its granules (chunks of random
  // ids each read the whole of a day's stacks).
  // Each chunk's rows are taken as they arrive: the next chunks are read meanwhile.
  const inChunks = async (idSets: readonly string[], read: (idSet: string) => Promise<void>): Promise<void> => {
    let next = 0;
    const readChunks = async (): Promise<void> => {
      for (let at = next++; at < idSets.length; at = next++) await read(idSets[at]!);
    };
    await Promise.all(Array.from({ length: Math.min(LOOKUP_PARALLEL, idSets.length) }, readChunks));
  };
  const settings = `SETTINGS max_execution_time = ${Math.floor(timeoutS)}`;

  /** Decimal ids (checked to be UInt64s before they go near SQL) as id sets of one chunk each. */
  const decimalIdSets = (ids: readonly string[]): string[] => {
    const valid = ids.filter((id) => UINT64_DECIMAL.test(id)).sort(compareDecimalIds);
    const sets: string[] = [];
    for (let start = 0; start < valid.length; start += LOOKUP_CHUNK) {
      sets.push(`(SELECT arrayJoin(arrayMap(id -> toUInt64(id), splitByChar(',', '${valid.slice(start, start + LOOKUP_CHUNK).join(',')}'))))`);
    }
    return sets;
  };

  /** Stack ids (halves, sorted) as id sets of one chunk each: their bytes in hex, read back as UInt64s. */
  const stackIdSets = (ids: StackIds): string[] => {
    const sets: string[] = [];
    for (let start = 0; start < ids.length; start += 2 * LOOKUP_CHUNK) {
      const chunk = ids.subarray(start, start + 2 * LOOKUP_CHUNK);
      const bytes = Buffer.alloc(chunk.length * 4);
      chunk.forEach((half, i) => bytes.writeUInt32LE(half, i * 4));
      sets.push(
        `(SELECT arrayJoin(arrayMap(i -> reinterpretAsUInt64(substring(b, i * 8 + 1, 8)), range(${chunk.length / 2}))) FROM (SELECT unhex('${bytes.toString('hex')}') AS b))`,
      );
    }
    return sets;
  };

  // A chunk's stacks come as RowBinary (stack-rows.ts): a day's 46,000 stacks hold 1.3 M frame ids, and as
  // decimal strings they were most of a cold flamegraph's time, in JSON parsing, interning and GC. The
  // stacks are sorted by their frames, so that the trie walks each shared prefix once.
  const fetchStacks = (ids: StackIds, each: (rows: RowBinaryReader) => void) =>
    inChunks(stackIdSets(ids), async (idSet) =>
      each(
        await queryRowBinary(
          client,
          `SELECT stack_id, frame_ids FROM ${tables.stacks} WHERE stack_id IN ${idSet} ORDER BY frame_ids LIMIT 1 BY stack_id ${settings} FORMAT RowBinary`,
        ),
      ),
    );

  /** Reads the stacks of `ids` into `interner` (current or not: a query in flight may hold an old one). */
  const fetchAndIntern = async (ids: StackIds, interner: FrameInterner): Promise<FrameInterner> => {
    let stacksToCome = ids.length / 2;
    const frameOf = (lo: number, hi: number): number => interner.internHalves(lo, hi);
    let room: Int32Array | undefined;
    await fetchStacks(ids, (rows) => {
      const { stackIds, lengths, frames } = readStackRows(rows, frameOf, room);
      room = new Int32Array(frames.buffer);
      const nodes = interner.trie.insertAll(frames, lengths, stacksToCome);
      stacksToCome -= lengths.length;
      nodes.forEach((node, i) => interner.stackNodes.set(stackIds[2 * i]!, stackIds[2 * i + 1]!, node));
    });
    cache.trimInterner(tenant, interner);
    return interner;
  };

  // Reads under way, each with the ids it brings: a diff's two sides (or a page's flamegraph and another
  // range's) share most of their stacks, and a cold cache would otherwise read each of them twice.
  const reading = new Set<{ readonly ids: IdIndex; readonly done: Promise<FrameInterner> }>();

  const internedStacksOf = async (ids: StackIds): Promise<InternedStacks> => {
    const interner = cache.interner(tenant);
    const count = ids.length >>> 1;
    const nodes = new Int32Array(count);
    const missing: number[] = [];
    for (let i = 0; i < count; i++) {
      nodes[i] = interner.stackNodes.get(ids[2 * i]!, ids[2 * i + 1]!);
      if (nodes[i]! < 0) missing.push(i);
    }
    cache.stats.hits += count - missing.length;
    cache.stats.misses += missing.length;
    if (missing.length === 0) return { interner, nodes };

    const awaited = new Set<Promise<FrameInterner>>();
    let own = missing;
    if (reading.size > 0) {
      own = [];
      for (const i of missing) {
        let pending: Promise<FrameInterner> | undefined;
        for (const read of reading) if (read.ids.get(ids[2 * i]!, ids[2 * i + 1]!) >= 0) pending = read.done;
        if (pending) awaited.add(pending);
        else own.push(i);
      }
    }
    const ownIds = sortedIds(ids, own);
    const ownRead = { ids: new IdIndex(), done: fetchAndIntern(ownIds, interner) };
    for (let at = 0; at < ownIds.length; at += 2) ownRead.ids.set(ownIds[at]!, ownIds[at + 1]!, 0);
    reading.add(ownRead);
    let read: FrameInterner[];
    try {
      read = await Promise.all([ownRead.done, ...awaited]);
    } finally {
      reading.delete(ownRead);
    }
    for (const i of missing) {
      const lo = ids[2 * i]!;
      const hi = ids[2 * i + 1]!;
      let node = interner.stackNodes.get(lo, hi);
      // Read for a query that began under another interner: numbered anew.
      for (const other of read) {
        if (node >= 0) break;
        const theirs = other === interner ? -1 : other.stackNodes.get(lo, hi);
        if (theirs < 0) continue;
        node = interner.adopt(theirs, other);
        interner.stackNodes.set(lo, hi, node);
      }
      nodes[i] = node;
    }
    return { interner, nodes };
  };

  return {
    interner: () => cache.interner(tenant),
    internedStacksOf,
    async framesOf(ids) {
      const found = new Map<string, FrameRef>();
      const missing: string[] = [];
      for (const id of ids) {
        const frame = cache.frame(tenant, id);
        if (frame === undefined) missing.push(id);
        else found.set(id, frame);
      }
      cache.stats.hits += found.size;
      cache.stats.misses += missing.length;
      await inChunks(decimalIdSets(missing), async (idSet) => {
        const result = await client.query({
          query: `SELECT frame_id, name, file FROM ${tables.frames} WHERE frame_id IN ${idSet} LIMIT 1 BY frame_id ${settings}`,
          format: 'JSONCompactEachRow',
        });
        for (const [id, name, file] of await result.json<[string, string, string]>()) {
          const frame = { name, file };
          cache.setFrame(tenant, id, frame);
          found.set(id, frame);
        }
      });
      return found;
    },
  };
}
