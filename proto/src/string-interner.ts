// Every profile a service uploads carries the same few thousand function and
// file names. Decoding each from UTF-8 again, then hashing the fresh string to
// look it up, was a third of a decode thread's time. An interner hashes the
// bytes where they lie and hands back the string it decoded the first time:
// the same object, whose hash V8 has cached and which compares by identity.

// Two 32-bit lanes over the bytes: the map key is the first lane and 21 bits
// of the second (a double's 53 integer bits), and the entry keeps the whole
// second lane and the length, so a string is taken for another only when 64
// bits of hash and the length agree, as frame ids (64-bit hashes) already assume.
// The lanes start from seeds drawn per interner: one thread's interner serves
// every tenant, and with a hash an uploader cannot compute, it cannot craft a
// string that would be taken for another tenant's.
const KEY_SHIFT = 2_097_152;

// What an entry costs: the string (UTF-16: at most two bytes per UTF-8 byte), its entry object and map slot.
const entryBytes = (length: number): number => 2 * length + 96;

interface Entry {
  readonly check: number;
  readonly length: number;
  readonly value: string;
}

function finalize(h: number, length: number): number {
  h ^= length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Strings by their UTF-8 bytes, kept across the profiles one thread decodes.
 * Bounded in bytes: when full it starts over, which costs one decode per
 * string again and nothing on the many hits per profile.
 */
export class StringInterner {
  private readonly entries = new Map<number, Entry>();
  private bytes = 0;
  private readonly seeds = crypto.getRandomValues(new Uint32Array(2));

  constructor(private readonly maxBytes: number) {}

  /** Strings held. */
  get size(): number {
    return this.entries.size;
  }

  /** The string of `buf[start, end)`, from `decode` (which must read those bytes) the first time. */
  intern(buf: Uint8Array, start: number, end: number, decode: () => string): string {
    let a = this.seeds[0]!;
    let b = this.seeds[1]!;
    for (let i = start; i < end; i++) {
      const byte = buf[i]!;
      a = Math.imul(a ^ byte, 0x01000193);
      b = Math.imul(b ^ byte, 0x5bd1e995);
      b ^= b >>> 15;
    }
    const length = end - start;
    const hi = finalize(a, length);
    const check = finalize(b ^ hi, length);
    const key = hi * KEY_SHIFT + (check >>> 11);
    const known = this.entries.get(key);
    if (known && known.check === check && known.length === length) return known.value;
    const value = decode();
    // Two strings whose keys collide: the first keeps the slot, the second is decoded each time.
    if (!known && this.spend(entryBytes(length))) this.entries.set(key, { check, length, value });
    return value;
  }

  private spend(bytes: number): boolean {
    if (this.bytes + bytes > this.maxBytes) {
      this.entries.clear();
      this.bytes = 0;
      if (bytes > this.maxBytes) return false;
    }
    this.bytes += bytes;
    return true;
  }
}
