// 64-bit identifiers for frames, stacks and series. Two murmur3-style 32-bit
// lanes with different seeds over fixed-width 32-bit words: strings feed one
// word per UTF-16 unit plus their length, so ("ab","c") and ("a","bc") differ.

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

function mixWord(h: number, word: number): number {
  let k = Math.imul(word, C1);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, C2);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function finalize(h: number, length: number): number {
  h ^= length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export class Hasher64 {
  private hi = 0x9747b28c;
  private lo = 0x2f1d3b5a;
  private words = 0;

  word(value: number): this {
    this.hi = mixWord(this.hi, value);
    this.lo = mixWord(this.lo, value ^ 0x5bd1e995);
    this.words++;
    return this;
  }

  string(value: string): this {
    for (let i = 0; i < value.length; i++) this.word(value.charCodeAt(i));
    return this.word(value.length);
  }

  /** Feeds bytes four to a word (little-endian, the last one zero-padded), then their length. */
  bytes(value: Uint8Array, start: number, end: number): this {
    let i = start;
    for (; i + 3 < end; i += 4) this.word(value[i]! | (value[i + 1]! << 8) | (value[i + 2]! << 16) | (value[i + 3]! << 24));
    if (i < end) this.word(value[i]! | ((i + 1 < end ? value[i + 1]! : 0) << 8) | ((i + 2 < end ? value[i + 2]! : 0) << 16));
    return this.word(end - start);
  }

  /** Writes the state (three ints) at `into[at…]`, for `resumed` to continue from. */
  saveTo(into: Int32Array, at: number): void {
    into[at] = this.hi;
    into[at + 1] = this.lo;
    into[at + 2] = this.words;
  }

  /** A hasher in the state `saveTo` wrote: the words fed after it give what the saved one's would have. */
  static resumed(from: Int32Array, at: number): Hasher64 {
    const hasher = new Hasher64();
    hasher.hi = from[at]!;
    hasher.lo = from[at + 1]!;
    hasher.words = from[at + 2]!;
    return hasher;
  }

  /** Feeds another id as its two fixed-width words. */
  id(value: Id64): this {
    return this.word(value.hi).word(value.lo);
  }

  /** The id's two halves alone: its decimal costs a BigInt, which memos keyed by the halves skip. */
  halves(): { hi: number; lo: number } {
    const hi = finalize(this.hi, this.words);
    return { hi, lo: finalize(this.lo ^ hi, this.words) };
  }

  digest(): Id64 {
    const { hi, lo } = this.halves();
    return id64(hi, lo);
  }
}

/** The id of these halves, with its decimal. */
export function id64(hi: number, lo: number): Id64 {
  return { hi, lo, id: ((BigInt(hi) << 32n) | BigInt(lo)).toString() };
}

/** A 64-bit id: its halves for further hashing, and ClickHouse's UInt64 in decimal. */
export interface Id64 {
  readonly hi: number;
  readonly lo: number;
  readonly id: string;
}

/** Two ids in decimal, in numeric order (shorter first, then by digits): the order ClickHouse keeps UInt64 keys in. */
export function compareDecimalIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** Decimal UInt64 ids as (low, high) halves, two per id, as `StackIds` hold them. */
export function decimalIdHalves(ids: readonly string[]): Uint32Array {
  const halves = new Uint32Array(ids.length * 2);
  ids.forEach((id, i) => {
    const value = BigInt.asUintN(64, BigInt(id));
    halves[2 * i] = Number(value & 0xffffffffn);
    halves[2 * i + 1] = Number(value >> 32n);
  });
  return halves;
}
