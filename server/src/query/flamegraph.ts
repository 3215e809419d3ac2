import { PROFILE_TYPE_UNITS, type DiffNode, type DiffResponse, type FlameGraphResponse, type FlameNode } from '@flamehouse/proto';
import type { QueryContext } from './context.js';
import type { Selection } from './selection.js';
import { internedFramesOf, mergeStacks, UNKNOWN_FRAME } from './stacks.js';
import { addStacks, keepHeaviest, keptFrames, renderTree, treeForStacks, treeTotal, type RenderedNode } from './tree.js';

/** The most nodes a flamegraph may keep. */
export const MAX_FLAMEGRAPH_NODES = 100_000;

function toFlameNode(node: RenderedNode): FlameNode {
  return {
    name: node.name,
    file: node.file,
    self: node.self[0]!,
    total: node.total[0]!,
    children: node.children.map(toFlameNode),
    ...(node.pruned && { pruned: true as const }),
  };
}

function toDiffNode(node: RenderedNode): DiffNode {
  return {
    name: node.name,
    file: node.file,
    baseline: { self: node.self[0]!, total: node.total[0]! },
    comparison: { self: node.self[1]!, total: node.total[1]! },
    children: node.children.map(toDiffNode),
    ...(node.pruned && { pruned: true as const }),
  };
}

/** Selections merged into one call tree, a value slot each, pruned to `maxNodes`; an undefined selection is a side with no data. */
export async function renderedTree(
  ctx: QueryContext,
  selections: readonly (Selection | undefined)[],
  maxNodes: number,
): Promise<{ root: RenderedNode; nodeCount: number; totals: number[] }> {
  const merged = await Promise.all(selections.map((selection) => (selection ? mergeStacks(ctx, selection) : Promise.resolve(undefined))));
  const interner = merged.find((side) => side !== undefined)?.interner ?? ctx.stacks.interner();
  // Sides read before and after the cache replaced its interner number frames differently: renumber the later one.
  const sides = merged.map((side) =>
    side === undefined
      ? new Int32Array(0)
      : side.interner === interner
        ? side.nodes
        : side.nodes.map((node) => (node < 0 ? node : interner.adopt(node, side.interner))),
  );
  const { tree, sides: placed } = treeForStacks(interner.trie, sides);
  placed.forEach((nodes, slot) => addStacks(tree, slot, nodes, merged[slot]?.values ?? new Float64Array(0)));
  const kept = keepHeaviest(tree, maxNodes);
  const frames = await internedFramesOf(ctx, interner, keptFrames(tree, kept));
  return {
    root: renderTree(tree, kept, (frame) => frames.get(frame) ?? UNKNOWN_FRAME),
    nodeCount: tree.nodeCount,
    totals: selections.map((_, slot) => treeTotal(tree, slot)),
  };
}

export async function flamegraph(ctx: QueryContext, selection: Selection, maxNodes: number): Promise<FlameGraphResponse> {
  const { root, nodeCount, totals } = await renderedTree(ctx, [selection], maxNodes);
  return { unit: PROFILE_TYPE_UNITS[selection.type], total: totals[0]!, nodeCount, root: toFlameNode(root) };
}

/** Both selections in one tree; the UI compares each side's share of its own total. */
export async function diff(
  ctx: QueryContext,
  baseline: Selection,
  comparison: Selection,
  maxNodes: number,
): Promise<DiffResponse> {
  const { root, nodeCount, totals } = await renderedTree(ctx, [baseline, comparison], maxNodes);
  return {
    unit: PROFILE_TYPE_UNITS[comparison.type],
    baselineTotal: totals[0]!,
    comparisonTotal: totals[1]!,
    nodeCount,
    root: toDiffNode(root),
  };
}
