import { Hasher64, id64, type Id64 } from '../hash.js';
import type { StoredRows } from './rows.js';

// What an entry costs: a frame's two strings (UTF-16), its id object and decimal, the map's slot; a stack's id and slot.
const frameBytes = (name: string, file: string): number => 2 * (name.length + file.length) + 160;
const STACK_BYTES = 160;
// A frame found by its bytes: the entry and its map slot (its strings are counted with its frame's entry).
const BYTES_ENTRY_BYTES = 120;
/**
 * A map key from a 64-bit hash: its high 30 bits, a small integer (a key past
 * 2^30 is a heap number, boxed for every lookup). Entries check both halves;
 * of two hashes with one key, the first keeps the slot and the other is not
 * memoized.
 */
const keyOf = (hi: number): number => hi >>> 2;

/**
 * An id the memo hands out. `storedMark` is the `StoredRows.mark` under which
 * storage was last seen to hold its row: while the mark holds, that needs no
 * lookup in the thread's copy of StoredIds (see `isStored`).
 */
export interface MemoId extends Id64 {
  storedMark: number;
}

// No mark is negative but StoredIds' -1 (nothing stored), which `has` never confirms. The id is built
// as a literal: ids built by spreading id64's object made normalize ~25 % slower (same-process A/B).
const UNMARKED = -2;
const memoId = (hi: number, lo: number): MemoId => ({ hi, lo, id: id64(hi, lo).id, storedMark: UNMARKED });

/** Whether storage holds the row of this id, by its mark, else by `stored` (then marked). */
export function isStored(stored: StoredRows, kind: 'frame' | 'stack', id: MemoId): boolean {
  if (id.storedMark === stored.mark) return true;
  if (!stored.has(kind, id.id)) return false;
  id.storedMark = stored.mark;
  return true;
}

/** A frame's id with the name and file it was made of. */
export interface KnownFrame {
  readonly id: MemoId;
  readonly name: string;
  readonly file: string;
}

interface FrameEntry {
  readonly file: string;
  readonly id: MemoId;
  /** Another function of the same name, in another file. */
  next: FrameEntry | undefined;
}

/**
 * Bytes that memos share, for one bound over all of a thread's tenants: when
 * they are spent, every memo sharing them starts over.
 */
export class MemoBudget {
  private bytes = 0;
  private readonly memos: IdMemo[] = [];

  constructor(private readonly maxBytes: number) {}

  join(memo: IdMemo): void {
    this.memos.push(memo);
  }

  /** Counts an entry's bytes, after starting every memo over when full; false when one entry alone is past the bound. */
  spend(bytes: number): boolean {
    if (this.bytes + bytes > this.maxBytes) {
      for (const memo of this.memos) memo.clear();
      this.bytes = 0;
      if (bytes > this.maxBytes) return false;
    }
    this.bytes += bytes;
    return true;
  }
}

/**
 * One tenant's frame and stack ids, kept across the uploads a decode thread
 * reads: every profile of a service names the same few thousand functions
 * and stacks, and hashing their names, and writing each id in decimal (a
 * BigInt), again for each upload were most of normalize's time. A frame is
 * looked up by a hash of its name's and file's bytes, which spares decoding
 * them, or by its name alone, then its file compared; a stack by its id's
 * halves. Never shared by tenants: that hash has no secret, and a name made
 * to hash like another tenant's function would otherwise store its own name
 * in that tenant's frames. Bounded in bytes: when full it starts over, which
 * costs one hash per frame and stack again and, unlike an LRU's reordering,
 * nothing on the thousands of hits per upload.
 */
export class IdMemo {
  private readonly frames = new Map<string, FrameEntry>();
  private readonly frameBytes = new Map<number, KnownFrame & { readonly hashHi: number; readonly hashLo: number }>();
  private readonly stacks = new Map<number, MemoId>();
  private readonly budget: MemoBudget;

  /** Bounded by `budget`, or by a budget of its own of this many bytes. */
  constructor(budget: MemoBudget | number) {
    this.budget = typeof budget === 'number' ? new MemoBudget(budget) : budget;
    this.budget.join(this);
  }

  frameId(name: string, file: string): MemoId {
    const first = this.frames.get(name);
    for (let entry = first; entry; entry = entry.next) if (entry.file === file) return entry.id;
    const { hi, lo } = new Hasher64().string(name).string(file).halves();
    const id = memoId(hi, lo);
    if (this.budget.spend(frameBytes(name, file))) this.frames.set(name, { file, id, next: this.frames.get(name) });
    return id;
  }

  /**
   * The frame whose name and file have the UTF-8 bytes that hashed to these
   * halves (see `rememberBytes`), without decoding them. A 64-bit hash names
   * the frame here, as frame ids do in storage.
   */
  frameByBytes(hi: number, lo: number): KnownFrame | undefined {
    const known = this.frameBytes.get(keyOf(hi));
    return known && known.hashHi === hi && known.hashLo === lo ? known : undefined;
  }

  rememberBytes(hi: number, lo: number, name: string, file: string, id: MemoId): void {
    const key = keyOf(hi);
    if (!this.frameBytes.has(key) && this.budget.spend(BYTES_ENTRY_BYTES)) this.frameBytes.set(key, { hashHi: hi, hashLo: lo, name, file, id });
  }

  /** The id of the stack whose frames, root first, `hasher` was fed (Hasher64.id or its two words each). */
  stackId(hasher: Hasher64): MemoId {
    const { hi, lo } = hasher.halves();
    const key = keyOf(hi);
    const known = this.stacks.get(key);
    if (known && known.hi === hi && known.lo === lo) return known;
    const id = memoId(hi, lo);
    // Two stacks with one key: the first one keeps the slot.
    if (!known && this.budget.spend(STACK_BYTES)) this.stacks.set(key, id);
    return id;
  }

  /** Forgets every id: its budget is spent. */
  clear(): void {
    this.frames.clear();
    this.frameBytes.clear();
    this.stacks.clear();
  }
}
