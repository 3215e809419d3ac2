/** The smallest power of two at or above `n` (2 at least): what a table found by masking a hash needs. */
export function powerOfTwoAtLeast(n: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(n, 2)));
}

/**
 * Every stack the process has read, as one prefix tree of interned frames:
 * a stack is the node its last frame ends on. A query then adds each stack's
 * value along parent links, hashing nothing: building a 24-hour flamegraph's
 * tree from scratch (1.3 M frame steps through a hash table) was most of its
 * time once the stacks were cached.
 *
 * A node is an index into typed arrays: node 0 is the root, children are
 * linked first-child/next-sibling in the order they first appeared, and one
 * hash table finds a node's child by frame. Nodes are only ever added, so a
 * node's index is larger than its parent's and a reader that noted the node
 * count can ignore nodes added after it.
 */
export class StackTrie {
  nodeCount = 1;
  // Per node, grown together. 0 means "none": the root is nobody's child or sibling.
  parent: Int32Array;
  frame: Int32Array;
  firstChild: Int32Array;
  lastChild: Int32Array;
  nextSibling: Int32Array;
  /**
   * Nodes by (parent, frame), open addressing with linear probing, 0 for an
   * empty slot; twice the node capacity. A Map keyed by a packed pair was 4-5x
   * slower: keys beyond 2^31 are boxed doubles.
   */
  private children: Int32Array;

  /** Room for `capacity` nodes at first (rounded up to a power of two, as the hash table needs). */
  constructor(capacity = 1024) {
    capacity = powerOfTwoAtLeast(capacity);
    this.parent = new Int32Array(capacity);
    this.frame = new Int32Array(capacity);
    this.firstChild = new Int32Array(capacity);
    this.lastChild = new Int32Array(capacity);
    this.nextSibling = new Int32Array(capacity);
    this.children = new Int32Array(capacity * 2);
  }

  /** The node `frames` (root first) ends on, added with its missing ancestors. */
  insert(frames: Int32Array): number {
    return this.insertAll(frames, [frames.length])[0]!;
  }

  /**
   * The nodes the stacks end on, in order: the stacks' frames (root first)
   * one after another in `frames`, `lengths` long each. Each stack is walked
   * from where it parts from the stack before it: stacks sorted by their
   * frames share long prefixes, whose lookups are skipped. A cold day's read
   * (1.3 M frames in 46,000 stacks) spent most of its time looking up children.
   * `stacksToCome` (these included) tells how many a read that comes in
   * chunks still brings: room is made for all of them at the rate of these.
   */
  insertAll(frames: Int32Array, lengths: ArrayLike<number>, stacksToCome = lengths.length): Int32Array {
    // How deep each stack runs along the one before it. What is not shared bounds the nodes this adds, so
    // the arrays grow once for a read: doubling as they filled rehashed 2 M nodes for a day's million, and
    // growing once per chunk still rehashed a million.
    const shared = new Int32Array(lengths.length);
    let newFramesAtMost = 0;
    let deepest = 0;
    for (let s = 0, start = 0, previousStart = 0, previousLength = 0; s < lengths.length; s++) {
      const length = lengths[s]!;
      const common = Math.min(length, previousLength);
      let depth = 0;
      while (depth < common && frames[start + depth] === frames[previousStart + depth]) depth++;
      shared[s] = depth;
      newFramesAtMost += length - depth;
      deepest = Math.max(deepest, length);
      previousStart = start;
      previousLength = length;
      start += length;
    }
    this.reserve(this.nodeCount + Math.ceil((newFramesAtMost * Math.max(stacksToCome, lengths.length)) / Math.max(lengths.length, 1)));
    const nodes = new Int32Array(lengths.length);
    // path[i]: the node the previous stack reached after i + 1 frames.
    const path = new Int32Array(deepest);
    for (let s = 0, start = 0; s < lengths.length; s++) {
      const length = lengths[s]!;
      const depth = shared[s]!;
      let node = depth === 0 ? 0 : path[depth - 1]!;
      for (let i = depth; i < length; i++) {
        node = this.childOf(node, frames[start + i]!);
        path[i] = node;
      }
      nodes[s] = node;
      start += length;
    }
    return nodes;
  }

  /** The frames (root first) of the stack that ends on `node`. */
  pathOf(node: number): Int32Array {
    let depth = 0;
    for (let at = node; at !== 0; at = this.parent[at]!) depth++;
    const frames = new Int32Array(depth);
    for (let at = node; at !== 0; at = this.parent[at]!) frames[--depth] = this.frame[at]!;
    return frames;
  }

  /** Bytes the arrays hold: five per node, and the hash table's two slots. */
  get sizeBytes(): number {
    return this.frame.length * 7 * Int32Array.BYTES_PER_ELEMENT;
  }

  /** Where `children` holds the child of `parent` with `frame`, or the empty slot where it would go. */
  private childSlot(parent: number, frame: number): number {
    const { children } = this;
    const mask = children.length - 1;
    let hash = Math.imul(parent, 0x9e3779b1) ^ frame;
    hash = Math.imul(hash ^ (hash >>> 15), 0x85ebca6b);
    for (let at = (hash ^ (hash >>> 13)) & mask; ; at = (at + 1) & mask) {
      const node = children[at]!;
      if (node === 0 || (this.parent[node] === parent && this.frame[node] === frame)) return at;
    }
  }

  /** The child of `parent` with `frame`, added if missing: the caller has reserved room for it. */
  private childOf(parent: number, frame: number): number {
    const at = this.childSlot(parent, frame);
    const found = this.children[at]!;
    if (found !== 0) return found;
    const child = this.nodeCount++;
    this.parent[child] = parent;
    this.frame[child] = frame;
    const last = this.lastChild[parent]!;
    if (last === 0) this.firstChild[parent] = child;
    else this.nextSibling[last] = child;
    this.lastChild[parent] = child;
    this.children[at] = child;
    return child;
  }

  /**
   * Room for `nodes` nodes, by doubling. Arrays are replaced, never resized in
   * place: readers take them from the trie when they use them.
   */
  private reserve(nodes: number): void {
    let capacity = this.frame.length;
    if (nodes <= capacity) return;
    while (capacity < nodes) capacity *= 2;
    const ints = (from: Int32Array): Int32Array => {
      const to = new Int32Array(capacity);
      to.set(from);
      return to;
    };
    this.parent = ints(this.parent);
    this.frame = ints(this.frame);
    this.firstChild = ints(this.firstChild);
    this.lastChild = ints(this.lastChild);
    this.nextSibling = ints(this.nextSibling);
    this.children = new Int32Array(capacity * 2);
    for (let node = 1; node < this.nodeCount; node++) this.children[this.childSlot(this.parent[node]!, this.frame[node]!)] = node;
  }
}
