import { PROFILE_TYPE_UNITS, type TopFunction, type TopResponse } from '@flamehouse/proto';
import type { QueryContext } from './context.js';
import type { Selection } from './selection.js';
import { internedFramesOf, mergeStacks, UNKNOWN_FRAME } from './stacks.js';

/**
 * Functions by self and total. A function that recurses appears several times
 * in one stack; its total counts that stack once.
 */
export async function topFunctions(ctx: QueryContext, selection: Selection, limit: number): Promise<TopResponse> {
  const merged = await mergeStacks(ctx, selection);
  // A page asks for this with its flamegraph, from the same merge: let that answer go out before this loop.
  await new Promise((resolve) => setImmediate(resolve));
  // `lastStack` is the stack that last counted the frame: a recursive frame counts once per stack, without a Set per stack.
  const byFrame = new Map<number, { frame: number; self: number; total: number; lastStack: number }>();
  let total = 0;
  let stack = 0;
  for (const [stackId, value] of merged.values) {
    const frames = merged.stacks.get(stackId)?.frames;
    if (!frames || frames.length === 0) continue;
    total += value;
    stack++;
    for (const frame of frames) {
      let entry = byFrame.get(frame);
      if (!entry) {
        entry = { frame, self: 0, total: 0, lastStack: 0 };
        byFrame.set(frame, entry);
      }
      if (entry.lastStack !== stack) {
        entry.lastStack = stack;
        entry.total += value;
      }
    }
    byFrame.get(frames[frames.length - 1]!)!.self += value;
  }
  const ranked = [...byFrame.values()].sort((a, b) => b.self - a.self || b.total - a.total).slice(0, limit);
  const names = await internedFramesOf(ctx, merged.interner, ranked.map(({ frame }) => frame));
  const functions: TopFunction[] = ranked.map((entry) => ({
    ...(names.get(entry.frame) ?? UNKNOWN_FRAME),
    self: entry.self,
    total: entry.total,
  }));
  return { unit: PROFILE_TYPE_UNITS[selection.type], total, functions };
}

