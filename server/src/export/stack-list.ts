import type { FrameRef } from '@flamehouse/proto';
import { FlamehouseError } from '../errors.js';
import type { QueryContext } from '../query/context.js';
import type { Selection } from '../query/selection.js';
import { framesOfStacks, mergeStacks, UNKNOWN_FRAME } from '../query/stacks.js';
import type { RenderedNode } from '../query/tree.js';

/** A merged selection as (root-first frames, value) pairs, heaviest first: the input of every export. */
export interface WeightedStack {
  readonly frames: readonly FrameRef[];
  readonly value: number;
}

/** Stacks as root-first interned frames (undefined for one storage no longer knows) with their values. */
function weightedStacks(stacks: readonly (Int32Array | undefined)[], values: Float64Array, frames: ReadonlyMap<number, FrameRef>): WeightedStack[] {
  const list: WeightedStack[] = [];
  stacks.forEach((stack, i) => {
    const value = values[i]!;
    if (!stack || value === 0) return;
    list.push({ frames: Array.from(stack, (frame) => frames.get(frame) ?? UNKNOWN_FRAME), value });
  });
  return list.sort((a, b) => b.value - a.value);
}

// An export is every distinct stack of the selection: bounded, as its size in memory and on the wire is.
const MAX_EXPORT_STACKS = 500_000;

/** Every stack of a selection with its frames, for an export. */
export async function selectionStacks(ctx: QueryContext, selection: Selection): Promise<WeightedStack[]> {
  const merged = await mergeStacks(ctx, selection);
  if (merged.values.length > MAX_EXPORT_STACKS) {
    throw new FlamehouseError('FH_ERR_QUERY_TOO_LARGE', `the export would hold more than ${MAX_EXPORT_STACKS} stacks; narrow the range or filter`);
  }
  const stacks = Array.from(merged.nodes, (node) => (node < 0 ? undefined : merged.interner.trie.pathOf(node)));
  return weightedStacks(stacks, merged.values, await framesOfStacks(ctx, merged.interner, stacks.filter((stack) => stack !== undefined)));
}

/**
 * The stacks of a pruned tree (one per node with self value in `slot`), so an
 * export keeps the shape a flamegraph of `maxNodes` shows, its `other` nodes included.
 */
export function renderedStacks(root: RenderedNode, slot = 0): WeightedStack[] {
  const list: WeightedStack[] = [];
  const walk = (node: RenderedNode, path: readonly FrameRef[]): void => {
    const self = node.self[slot]!;
    if (self !== 0 && path.length > 0) list.push({ frames: path, value: self });
    for (const child of node.children) walk(child, [...path, { name: child.name, file: child.file }]);
  };
  walk(root, []);
  return list.sort((a, b) => b.value - a.value);
}
