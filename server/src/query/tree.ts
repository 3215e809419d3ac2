import type { FrameRef } from '@flamehouse/proto';
import { MaxHeap } from './max-heap.js';

/**
 * A merged call tree with one value slot per side: one for a flamegraph, two
 * for a diff (baseline, comparison). A 24-hour flamegraph has 600 k nodes, so
 * a node is an index into typed arrays rather than an object: node 0 is the
 * root, children are linked first-child/next-sibling in the order they first
 * appeared, and one hash table finds a node's child by frame. Frames are
 * the stack cache's interned numbers (storage/stack-cache.ts), so building a
 * tree hashes integers, never id strings.
 */
export interface CallTree {
  readonly slots: number;
  nodeCount: number;
  // Per node, grown together. 0 means "none": the root is nobody's child or sibling.
  parent: Int32Array;
  frame: Int32Array;
  firstChild: Int32Array;
  lastChild: Int32Array;
  nextSibling: Int32Array;
  /** `slots` values per node, at `node * slots + slot`. */
  self: Float64Array;
  total: Float64Array;
  /**
   * Nodes by (parent, frame), open addressing with linear probing, 0 for an
   * empty slot; twice the node capacity. A Map keyed by a packed pair was 4-5x
   * slower: keys beyond 2^31 are boxed doubles.
   */
  children: Int32Array;
}

const INITIAL_NODES = 1024;

export function createTree(slots: number): CallTree {
  return {
    slots,
    nodeCount: 1,
    parent: new Int32Array(INITIAL_NODES),
    frame: new Int32Array(INITIAL_NODES),
    firstChild: new Int32Array(INITIAL_NODES),
    lastChild: new Int32Array(INITIAL_NODES),
    nextSibling: new Int32Array(INITIAL_NODES),
    self: new Float64Array(INITIAL_NODES * slots),
    total: new Float64Array(INITIAL_NODES * slots),
    children: new Int32Array(INITIAL_NODES * 2),
  };
}

/** The tree's total in `slot`: the root's. */
export function treeTotal(tree: CallTree, slot: number): number {
  return tree.total[slot]!;
}

/** Where `children` holds the child of `parent` with `frame`, or the empty slot where it would go. */
function childSlot(tree: CallTree, parent: number, frame: number): number {
  const { children } = tree;
  const mask = children.length - 1;
  let hash = Math.imul(parent, 0x9e3779b1) ^ frame;
  hash = Math.imul(hash ^ (hash >>> 15), 0x85ebca6b);
  for (let at = (hash ^ (hash >>> 13)) & mask; ; at = (at + 1) & mask) {
    const node = children[at]!;
    if (node === 0 || (tree.parent[node] === parent && tree.frame[node] === frame)) return at;
  }
}

function grow(tree: CallTree): void {
  const nodes = tree.frame.length * 2;
  const ints = (from: Int32Array): Int32Array => {
    const to = new Int32Array(nodes);
    to.set(from);
    return to;
  };
  const floats = (from: Float64Array): Float64Array => {
    const to = new Float64Array(nodes * tree.slots);
    to.set(from);
    return to;
  };
  tree.parent = ints(tree.parent);
  tree.frame = ints(tree.frame);
  tree.firstChild = ints(tree.firstChild);
  tree.lastChild = ints(tree.lastChild);
  tree.nextSibling = ints(tree.nextSibling);
  tree.self = floats(tree.self);
  tree.total = floats(tree.total);
  tree.children = new Int32Array(nodes * 2);
  for (let node = 1; node < tree.nodeCount; node++) tree.children[childSlot(tree, tree.parent[node]!, tree.frame[node]!)] = node;
}

function childOf(tree: CallTree, parent: number, frame: number): number {
  let at = childSlot(tree, parent, frame);
  const found = tree.children[at]!;
  if (found !== 0) return found;
  if (tree.nodeCount === tree.frame.length) {
    grow(tree);
    at = childSlot(tree, parent, frame);
  }
  const child = tree.nodeCount++;
  tree.parent[child] = parent;
  tree.frame[child] = frame;
  const last = tree.lastChild[parent]!;
  if (last === 0) tree.firstChild[parent] = child;
  else tree.nextSibling[last] = child;
  tree.lastChild[parent] = child;
  tree.children[at] = child;
  return child;
}

/** Adds each stack's value (stack id → value) into `slot`, reading root-first interned frames from `stacks`. */
export function addStacks(tree: CallTree, slot: number, values: ReadonlyMap<string, number>, stacks: ReadonlyMap<string, Int32Array>): void {
  const slots = tree.slots;
  for (const [stackId, value] of values) {
    const frames = stacks.get(stackId);
    if (!frames || value === 0) continue;
    let node = 0;
    tree.total[slot]! += value;
    for (let i = 0; i < frames.length; i++) {
      node = childOf(tree, node, frames[i]!);
      tree.total[node * slots + slot]! += value;
    }
    tree.self[node * slots + slot]! += value;
  }
}

export interface RenderedNode extends FrameRef {
  readonly self: number[];
  readonly total: number[];
  readonly children: RenderedNode[];
  readonly pruned?: true;
}

/** The `maxNodes` heaviest nodes (by their largest share of a side's total), always with their ancestors: 1 per node kept. */
export function keepHeaviest(tree: CallTree, maxNodes: number): Uint8Array {
  const { slots, firstChild, nextSibling, total } = tree;
  const rootTotals = Array.from(total.subarray(0, slots), (t) => (t === 0 ? 1 : t));
  const weight = (node: number): number => {
    let heaviest = -Infinity;
    for (let slot = 0; slot < slots; slot++) heaviest = Math.max(heaviest, Math.abs(total[node * slots + slot]!) / rootTotals[slot]!);
    return heaviest;
  };
  const kept = new Uint8Array(tree.nodeCount);
  kept[0] = 1;
  let keptCount = 1;
  const frontier = new MaxHeap<number>();
  for (let child = firstChild[0]!; child !== 0; child = nextSibling[child]!) frontier.push(weight(child), child);
  while (keptCount < maxNodes && frontier.size > 0) {
    const node = frontier.pop()!;
    kept[node] = 1;
    keptCount++;
    for (let child = firstChild[node]!; child !== 0; child = nextSibling[child]!) frontier.push(weight(child), child);
  }
  return kept;
}

/** The distinct frames of the kept nodes: the only ones whose names a rendering needs. */
export function keptFrames(tree: CallTree, kept: Uint8Array): number[] {
  const frames = new Set<number>();
  for (let node = 1; node < tree.nodeCount; node++) if (kept[node]) frames.add(tree.frame[node]!);
  return [...frames];
}

/**
 * The kept nodes as a tree of objects; what was cut under each parent is
 * summed into one "other" node, so no cost disappears from view.
 */
export function renderTree(tree: CallTree, kept: Uint8Array, frameOf: (frame: number) => FrameRef): RenderedNode {
  const { slots, firstChild, nextSibling, total } = tree;
  const valuesOf = (values: Float64Array, node: number): number[] => Array.from(values.subarray(node * slots, (node + 1) * slots));
  const render = (node: number): RenderedNode => {
    const frame = node === 0 ? { name: 'total', file: '' } : frameOf(tree.frame[node]!);
    const children: RenderedNode[] = [];
    const other = new Array<number>(slots).fill(0);
    let cut = false;
    for (let child = firstChild[node]!; child !== 0; child = nextSibling[child]!) {
      if (kept[child]) children.push(render(child));
      else {
        cut = true;
        for (let slot = 0; slot < slots; slot++) other[slot]! += total[child * slots + slot]!;
      }
    }
    children.sort((a, b) => Math.max(...b.total) - Math.max(...a.total));
    if (cut) children.push({ name: 'other', file: '', self: other, total: [...other], children: [], pruned: true });
    return { name: frame.name, file: frame.file, self: valuesOf(tree.self, node), total: valuesOf(total, node), children };
  };
  return render(0);
}
