import type { FrameRef } from '@flamehouse/proto';
import { StackTrie } from '../storage/stack-trie.js';
import { MaxHeap } from './max-heap.js';

/**
 * A merged call tree with one value slot per side: one for a flamegraph, two
 * for a diff (baseline, comparison). Its shape is the process's stack trie
 * (storage/stack-trie.ts); the tree holds only values, per trie node, for the
 * nodes that existed when it was made. Nodes none of its stacks pass through
 * have no value and are not part of it.
 */
export interface CallTree {
  readonly trie: StackTrie;
  readonly slots: number;
  /** Trie nodes the tree has values for. */
  readonly size: number;
  /** `slots` values per node, at `node * slots + slot`. */
  readonly self: Float64Array;
  readonly total: Float64Array;
  /** 1 for each node a stack passes through. */
  readonly inTree: Uint8Array;
  /** Nodes in the tree, the root included. */
  nodeCount: number;
}

/** A query with fewer stacks than the process's trie has nodes over this gets a trie of its own: stacks are ~30 deep. */
const OWN_TRIE_DEPTH = 64;

/** An empty tree over `trie`: the stacks added to it must be in the trie already. */
export function createTree(trie: StackTrie, slots: number): CallTree {
  const size = trie.nodeCount;
  const inTree = new Uint8Array(size);
  inTree[0] = 1;
  return { trie, slots, size, self: new Float64Array(size * slots), total: new Float64Array(size * slots), inTree, nodeCount: 1 };
}

/**
 * A tree for a query's stacks (each side's trie nodes, -1 for unknown), and
 * where those stacks end in the tree's trie. A few stacks (one request's) are
 * copied into a trie of their own: a tree over the process's trie allocates
 * and walks all its nodes (633,000 after a day's flamegraph), which was most
 * of a one-request flamegraph's work.
 */
export function treeForStacks(trie: StackTrie, sides: readonly Int32Array[]): { tree: CallTree; sides: Int32Array[] } {
  const stackCount = sides.reduce((sum, nodes) => sum + nodes.length, 0);
  if (stackCount * OWN_TRIE_DEPTH >= trie.nodeCount) return { tree: createTree(trie, sides.length), sides: [...sides] };
  const own = new StackTrie(stackCount * OWN_TRIE_DEPTH);
  const placed = sides.map((nodes) => nodes.map((node) => (node < 0 ? node : own.insert(trie.pathOf(node)))));
  return { tree: createTree(own, sides.length), sides: placed };
}

/** The tree's total in `slot`: the root's. */
export function treeTotal(tree: CallTree, slot: number): number {
  return tree.total[slot]!;
}

/**
 * Puts each stack's value (`values[i]` on trie node `nodes[i]`, skipped when
 * -1) into `slot`, once per slot: on the stack's own node, then carried to
 * the root in one pass from the last node to the first (a node's index is
 * larger than its parent's). Walking each stack's parent links instead
 * touched 1.3 M nodes at random for a day's 46,000 stacks. The sums are
 * carried in `total` itself: an array of sums beside it was 5 MB of fresh
 * memory for a day's tree, whose page faults a cold query pays.
 */
export function addStacks(tree: CallTree, slot: number, nodes: Int32Array, values: Float64Array): void {
  const { slots, self, total, inTree, size } = tree;
  const { parent } = tree.trie;
  if (total[slot] !== 0) throw new Error('a call tree slot filled twice');
  const reached = new Uint8Array(size);
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const value = values[i]!;
    if (node < 0 || value === 0) continue;
    if (node >= size) throw new Error('a stack added to a call tree after the tree was made');
    self[node * slots + slot]! += value;
    total[node * slots + slot]! += value;
    reached[node] = 1;
  }
  for (let node = size - 1; node > 0; node--) {
    if (reached[node] === 0) continue;
    const up = parent[node]!;
    total[up * slots + slot]! += total[node * slots + slot]!;
    reached[up] = 1;
    if (inTree[node] === 0) {
      inTree[node] = 1;
      tree.nodeCount++;
    }
  }
}

/** Per interned frame: the value of the stacks that end in it (self) and of those that hold it (total, once per stack). */
export interface FrameTotals {
  readonly self: Float64Array;
  readonly total: Float64Array;
  /** 1 for each frame some stack of the tree holds. */
  readonly held: Uint8Array;
}

/**
 * Each frame's self and total in `slot`, from one walk of the tree: a frame's
 * total is that of its nodes with no ancestor of the same frame, so a
 * function that recurses counts each stack once. `frameCount` bounds the
 * frame numbers (the interner's count).
 */
export function frameTotals(tree: CallTree, slot: number, frameCount: number): FrameTotals {
  const { slots, inTree } = tree;
  const { parent, frame, firstChild, nextSibling } = tree.trie;
  const self = new Float64Array(frameCount);
  const total = new Float64Array(frameCount);
  const held = new Uint8Array(frameCount);
  // How many nodes of the path being walked hold each frame.
  const onPath = new Int32Array(frameCount);
  let node = firstChild[0]!;
  while (node !== 0) {
    // Nodes past the tree's size were added to the trie after it was made: none of its stacks pass through them.
    if (node < tree.size && inTree[node] === 1) {
      const f = frame[node]!;
      if (onPath[f] === 0) total[f]! += tree.total[node * slots + slot]!;
      self[f]! += tree.self[node * slots + slot]!;
      held[f] = 1;
      if (firstChild[node] !== 0) {
        onPath[f]!++;
        node = firstChild[node]!;
        continue;
      }
    }
    // Up to the first ancestor with a next sibling, leaving each ancestor's frame off the path.
    while (node !== 0 && nextSibling[node] === 0) {
      node = parent[node]!;
      if (node !== 0) onPath[frame[node]!]!--;
    }
    if (node !== 0) node = nextSibling[node]!;
  }
  return { self, total, held };
}

export interface RenderedNode extends FrameRef {
  readonly self: number[];
  readonly total: number[];
  readonly children: RenderedNode[];
  readonly pruned?: true;
}

/** The `maxNodes` heaviest nodes (by their largest share of a side's total), always with their ancestors: 1 per node kept. */
export function keepHeaviest(tree: CallTree, maxNodes: number): Uint8Array {
  const { slots, total, inTree } = tree;
  const { firstChild, nextSibling } = tree.trie;
  const rootTotals = Array.from(total.subarray(0, slots), (t) => (t === 0 ? 1 : t));
  const weight = (node: number): number => {
    let heaviest = -Infinity;
    for (let slot = 0; slot < slots; slot++) heaviest = Math.max(heaviest, Math.abs(total[node * slots + slot]!) / rootTotals[slot]!);
    return heaviest;
  };
  const kept = new Uint8Array(tree.size);
  kept[0] = 1;
  let keptCount = 1;
  const frontier = new MaxHeap<number>();
  const pushChildren = (node: number): void => {
    for (let child = firstChild[node]!; child !== 0; child = nextSibling[child]!) if (inTree[child] === 1) frontier.push(weight(child), child);
  };
  pushChildren(0);
  while (keptCount < maxNodes && frontier.size > 0) {
    const node = frontier.pop()!;
    kept[node] = 1;
    keptCount++;
    pushChildren(node);
  }
  return kept;
}

/** The distinct frames of the kept nodes: the only ones whose names a rendering needs. */
export function keptFrames(tree: CallTree, kept: Uint8Array): number[] {
  const frames = new Set<number>();
  const { frame } = tree.trie;
  for (let node = 1; node < tree.size; node++) if (kept[node]) frames.add(frame[node]!);
  return [...frames];
}

const byName = (a: FrameRef, b: FrameRef): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/**
 * The kept nodes as a tree of objects; what was cut under each parent is
 * summed into one "other" node, so no cost disappears from view.
 */
export function renderTree(tree: CallTree, kept: Uint8Array, frameOf: (frame: number) => FrameRef): RenderedNode {
  const { slots, total, inTree } = tree;
  const { firstChild, nextSibling, frame: frames } = tree.trie;
  const valuesOf = (values: Float64Array, node: number): number[] => Array.from(values.subarray(node * slots, (node + 1) * slots));
  const render = (node: number): RenderedNode => {
    const frame = node === 0 ? { name: 'total', file: '' } : frameOf(frames[node]!);
    const children: RenderedNode[] = [];
    const other = new Array<number>(slots).fill(0);
    let cut = false;
    for (let child = firstChild[node]!; child !== 0; child = nextSibling[child]!) {
      if (kept[child]) children.push(render(child));
      else if (inTree[child] === 1) {
        cut = true;
        for (let slot = 0; slot < slots; slot++) other[slot]! += total[child * slots + slot]!;
      }
    }
    // Ties by name: the order children were first seen in is the process's, not the data's.
    children.sort((a, b) => Math.max(...b.total) - Math.max(...a.total) || byName(a, b));
    if (cut) children.push({ name: 'other', file: '', self: other, total: [...other], children: [], pruned: true });
    return { name: frame.name, file: frame.file, self: valuesOf(tree.self, node), total: valuesOf(total, node), children };
  };
  return render(0);
}
