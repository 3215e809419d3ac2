import { Hasher64, id64, type Id64 } from '../hash.js';

// What an entry costs: a frame's two strings (UTF-16), its id object and decimal, the map's slot; a stack's id and slot.
const frameBytes = (name: string, file: string): number => 2 * (name.length + file.length) + 160;
const STACK_BYTES = 160;
/** 2^21: a stack's map key is its id's first 53 bits, a double's integers. */
const LO_SHIFT = 2_097_152;

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
 * for each upload were most of normalize's time. A frame is looked up by its
 * name alone, then its file compared, so a lookup makes no new string; a
 * stack by its id's halves. Bounded in bytes: when full it starts over,
 * which costs one hash per frame and stack again and, unlike an LRU's
 * reordering, nothing on the thousands of hits per upload.
 */
export class IdMemo {
  private readonly frames = new Map<string, FrameEntry>();
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

  /** The id of the stack of these frames, root first. */
  stackId(frames: readonly Id64[]): Id64 {
    const hasher = new Hasher64();
    for (const frame of frames) hasher.id(frame);
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
      this.stacks.clear();
      this.bytes = 0;
      if (bytes > this.maxBytes) return false;
    }
    this.bytes += bytes;
    return true;
  }
}
