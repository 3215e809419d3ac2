// A call tree flattened once into typed arrays, in breadth-first order: the
// frames of one depth are a contiguous run of indices, left to right, and a
// node's children are contiguous too. Drawing a row is a loop over a slice;
// finding the frame under the pointer is a binary search in one row.
import type { FrameRef } from '@flamehouse/proto';

/** How to read a tree: the width of a node and its children (self is the width not covered by children). */
export interface TreeAccess<T> {
  total(node: T): number;
  self(node: T): number;
  children(node: T): readonly T[];
}

export interface FlameLayout<T extends FrameRef = FrameRef> {
  readonly count: number;
  /** The input nodes, by index; index 0 is the root. */
  readonly nodes: readonly T[];
  /** Offset of each node's left edge from the root's, in the tree's value units. */
  readonly start: Float64Array;
  readonly total: Float64Array;
  readonly self: Float64Array;
  readonly depth: Uint16Array;
  readonly parent: Int32Array;
  readonly firstChild: Int32Array;
  readonly childCount: Int32Array;
  /** Deepest depth below each node (itself included). */
  readonly maxDepthBelow: Uint16Array;
  /** Row `d` holds indices rowStart[d] … rowStart[d+1]-1. */
  readonly rowStart: Int32Array;
  readonly maxDepth: number;
}

function countNodes<T>(root: T, access: TreeAccess<T>): number {
  let count = 0;
  const stack: T[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    count++;
    for (const child of access.children(node)) stack.push(child);
  }
  return count;
}

export function flatten<T extends FrameRef>(root: T, access: TreeAccess<T>): FlameLayout<T> {
  // Counting first lets every column be a preallocated typed array.
  const count = countNodes(root, access);
  const nodes = new Array<T>(count);
  const start = new Float64Array(count);
  const total = new Float64Array(count);
  const self = new Float64Array(count);
  const depth = new Uint16Array(count);
  const parent = new Int32Array(count);
  const firstChild = new Int32Array(count);
  const childCount = new Int32Array(count);
  nodes[0] = root;
  parent[0] = -1;
  total[0] = Math.max(0, access.total(root));
  // The output is its own queue: breadth-first order is the index order.
  let next = 1;
  for (let i = 0; i < next; i++) {
    const node = nodes[i]!;
    self[i] = access.self(node);
    const children = access.children(node);
    firstChild[i] = next;
    childCount[i] = children.length;
    let x = start[i]!;
    for (const child of children) {
      const width = Math.max(0, access.total(child));
      nodes[next] = child;
      parent[next] = i;
      depth[next] = depth[i]! + 1;
      start[next] = x;
      total[next] = width;
      x += width;
      next++;
    }
  }
  const maxDepth = depth[count - 1]!;
  const rowStart = new Int32Array(maxDepth + 2);
  for (let d = 0, i = 0; d <= maxDepth + 1; d++) {
    while (i < count && depth[i]! < d) i++;
    rowStart[d] = i;
  }
  const maxDepthBelow = Uint16Array.from(depth);
  for (let i = count - 1; i > 0; i--) {
    const p = parent[i]!;
    if (maxDepthBelow[i]! > maxDepthBelow[p]!) maxDepthBelow[p] = maxDepthBelow[i]!;
  }
  return { count, nodes, start, total, self, depth, parent, firstChild, childCount, maxDepthBelow, rowStart, maxDepth };
}

/** First index in row `depth` whose left edge is at or after `x` (the row's end if none). */
export function lowerBound(layout: FlameLayout, depth: number, x: number): number {
  let lo = layout.rowStart[depth] ?? 0;
  let hi = layout.rowStart[depth + 1] ?? lo;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (layout.start[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The node at depth `depth` covering offset `x`, or -1. */
export function hitTest(layout: FlameLayout, depth: number, x: number): number {
  if (depth < 0 || depth > layout.maxDepth) return -1;
  const first = layout.rowStart[depth]!;
  // The last node starting at or before x; zero-width nodes share a start with a neighbour.
  let lo = first;
  let hi = layout.rowStart[depth + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (layout.start[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  let at = lo - 1;
  while (at >= first && layout.total[at] === 0) at--;
  if (at < first) return -1;
  return x < layout.start[at]! + layout.total[at]! ? at : -1;
}

/** The node and its ancestors, root first. */
export function ancestry(layout: FlameLayout, index: number): number[] {
  const path: number[] = [];
  for (let i = index; i >= 0; i = layout.parent[i]!) path.push(i);
  return path.reverse();
}

/** True when `ancestor` is `index` or one of its ancestors. */
export function isWithin(layout: FlameLayout, index: number, ancestor: number): boolean {
  for (let i = index; i >= 0; i = layout.parent[i]!) {
    if (i === ancestor) return true;
    if (layout.depth[i]! <= layout.depth[ancestor]!) return false;
  }
  return false;
}

/** Names below the root down to `index`, as the URL keeps a zoom. */
export function namePath(layout: FlameLayout, index: number): string[] {
  return ancestry(layout, index)
    .slice(1)
    .map((i) => layout.nodes[i]!.name);
}

/**
 * Follows names down from the root, taking the widest child of each name; stops
 * where a name is missing, so a stale link still lands as deep as it can.
 */
export function findPath(layout: FlameLayout, names: readonly string[]): number {
  let node = 0;
  for (const name of names) {
    let best = -1;
    const first = layout.firstChild[node]!;
    for (let c = first; c < first + layout.childCount[node]!; c++) {
      if (layout.nodes[c]!.name === name && (best < 0 || layout.total[c]! > layout.total[best]!)) best = c;
    }
    if (best < 0) break;
    node = best;
  }
  return node;
}
