import { PROFILE_TYPE_UNITS, type TopFunction, type TopResponse } from '@flamehouse/proto';
import type { QueryContext } from './context.js';
import type { Selection } from './selection.js';
import { internedFramesOf, mergeStacks, UNKNOWN_FRAME } from './stacks.js';
import { addStacks, frameTotals, treeForStacks, treeTotal } from './tree.js';

/**
 * Functions by self and total. A function that recurses appears several times
 * in one stack; its total counts that stack once.
 */
export async function topFunctions(ctx: QueryContext, selection: Selection, limit: number): Promise<TopResponse> {
  const merged = await mergeStacks(ctx, selection);
  // A page asks for this with its flamegraph, from the same merge: let that answer go out before this loop.
  await new Promise((resolve) => setImmediate(resolve));
  // One walk of the query's call tree, by frame number (the interner keeps them dense): a Map per frame of
  // every stack (1.3 M for a day) cost more than the rest of the query.
  const { tree, sides } = treeForStacks(merged.interner.trie, [merged.nodes]);
  addStacks(tree, 0, sides[0]!, merged.values);
  const frameCount = merged.interner.ids.length;
  const frames = frameTotals(tree, 0, frameCount);
  const counted: number[] = [];
  for (let frame = 1; frame < frameCount; frame++) if (frames.held[frame] === 1) counted.push(frame);
  const ranked = counted
    .sort((a, b) => frames.self[b]! - frames.self[a]! || frames.total[b]! - frames.total[a]!)
    .slice(0, limit)
    .map((frame) => ({ frame, self: frames.self[frame]!, total: frames.total[frame]! }));
  // A stack of no frames (at the root) holds no function.
  const total = treeTotal(tree, 0) - tree.self[0]!;
  const names = await internedFramesOf(ctx, merged.interner, ranked.map(({ frame }) => frame));
  const functions: TopFunction[] = ranked.map((entry) => ({
    ...(names.get(entry.frame) ?? UNKNOWN_FRAME),
    self: entry.self,
    total: entry.total,
  }));
  return { unit: PROFILE_TYPE_UNITS[selection.type], total, functions };
}

