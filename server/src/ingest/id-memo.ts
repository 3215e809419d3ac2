import { Hasher64, id64, type Id64 } from '../hash.js';

// What an entry costs: a frame's two strings (UTF-16), its id object and decimal, the map's slot; a stack's id and slot.
const frameBytes = (name: string, file: string): number => 2 * (name.length + file.length) + 160;
const STACK_BYTES = 160;
// A frame found by its bytes: the entry and its map slot (its strings are counted with its frame's entry).
const BYTES_ENTRY_BYTES = 120;
/** 2^21: a stack's map key is its id's first 53 bits, a double's integers. */
const LO_SHIFT = 2_097_152;

/** A frame's id with the name and file it was made of. */
export interface KnownFrame {
  readonly id: Id64;
  readonly name: string;
  readonly file: string;
}

interface FrameEntry {
  readonly file: string;
  readonly id: Id64;
  /** Another function of the same name, in another file. */
  next: FrameEntry | undefined;
}

/**
 * Frame and stack ids, kept across the uploads a decode thread reads: every
 * profile of a service names the same few thousand functions and stacks,
 * and hashing their names, and writing each id in decimal (a BigInt), again
 * for each upload were most of normalize's time. A frame is looked up by a
 * hash of its name's and file's bytes, which spares decoding them, or by its
 * name alone, then its file compared; a stack by its id's halves. Bounded in
 * bytes: when full it starts over,
 * which costs one hash per frame and stack again and, unlike an LRU's
 * reordering, nothing on the thousands of hits per upload.
 */
export class IdMemo {
  private readonly frames = new Map<string, FrameEntry>();
  private readonly frameBytes = new Map<number, KnownFrame & { readonly lo: number }>();
  private readonly stacks = new Map<number, Id64>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  frameId(name: string, file: string): Id64 {
    const first = this.frames.get(name);
    for (let entry = first; entry; entry = entry.next) if (entry.file === file) return entry.id;
    const id = new Hasher64().string(name).string(file).digest();
    if (this.spend(frameBytes(name, file))) this.frames.set(name, { file, id, next: this.frames.get(name) });
    return id;
  }

  /**
   * The frame whose name and file have the UTF-8 bytes that hashed to these
   * halves (see `rememberBytes`), without decoding them. A 64-bit hash names
   * the frame here, as frame ids do in storage.
   */
  frameByBytes(hi: number, lo: number): KnownFrame | undefined {
    const known = this.frameBytes.get(hi * LO_SHIFT + (lo >>> 11));
    return known && known.lo === lo ? known : undefined;
  }

  rememberBytes(hi: number, lo: number, name: string, file: string, id: Id64): void {
    const key = hi * LO_SHIFT + (lo >>> 11);
    if (!this.frameBytes.has(key) && this.spend(BYTES_ENTRY_BYTES)) this.frameBytes.set(key, { lo, name, file, id });
  }

  /** The id of the stack whose frames, root first, `hasher` was fed (Hasher64.id or its two words each). */
  stackId(hasher: Hasher64): Id64 {
    const { hi, lo } = hasher.halves();
    const key = hi * LO_SHIFT + (lo >>> 11);
    const known = this.stacks.get(key);
    if (known && known.lo === lo) return known;
    const id = id64(hi, lo);
    // Two stacks whose ids share their first 53 bits: the first one keeps the slot.
    if (!known && this.spend(STACK_BYTES)) this.stacks.set(key, id);
    return id;
  }

  /** Counts an entry's bytes, after starting over when the memo is full; false when one entry alone is past the bound. */
  private spend(bytes: number): boolean {
    if (this.bytes + bytes > this.maxBytes) {
      this.frames.clear();
      this.frameBytes.clear();
      this.stacks.clear();
      this.bytes = 0;
      if (bytes > this.maxBytes) return false;
    }
    this.bytes += bytes;
    return true;
  }
}
