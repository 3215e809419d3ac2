import { PROFILE_TYPE_UNITS, type DiffNode, type DiffResponse, type FlameGraphResponse, type FlameNode } from '@flamehouse/proto';
import type { QueryContext } from './context.js';
import type { Selection } from './selection.js';
import { mergeStacks } from './stacks.js';
import { addStacks, createTree, renderTree, treeTotal, type RenderedNode } from './tree.js';

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

export async function flamegraph(ctx: QueryContext, selection: Selection, maxNodes: number): Promise<FlameGraphResponse> {
  const merged = await mergeStacks(ctx, selection);
  const tree = createTree(1);
  addStacks(tree, 0, merged.values, merged.stacks);
  const frames = await ctx.stacks.framesOf(tree.frameIds.slice(1));
  return {
    unit: PROFILE_TYPE_UNITS[selection.type],
    total: treeTotal(tree, 0),
    nodeCount: tree.nodeCount,
    root: toFlameNode(renderTree(tree, frames, maxNodes)),
  };
}

/** Both selections in one tree; the UI compares each side's share of its own total. */
export async function diff(
  ctx: QueryContext,
  baseline: Selection,
  comparison: Selection,
  maxNodes: number,
): Promise<DiffResponse> {
  const [left, right] = await Promise.all([mergeStacks(ctx, baseline), mergeStacks(ctx, comparison)]);
  const tree = createTree(2);
  addStacks(tree, 0, left.values, left.stacks);
  addStacks(tree, 1, right.values, right.stacks);
  const frames = await ctx.stacks.framesOf(tree.frameIds.slice(1));
  return {
    unit: PROFILE_TYPE_UNITS[comparison.type],
    baselineTotal: treeTotal(tree, 0),
    comparisonTotal: treeTotal(tree, 1),
    nodeCount: tree.nodeCount,
    root: toDiffNode(renderTree(tree, frames, maxNodes)),
  };
}
