import { PROFILE_TYPE_UNITS, type TopFunction, type TopResponse } from '@flamehouse/proto';
import type { QueryContext } from './context.js';
import type { Selection } from './selection.js';
import { mergeStacks } from './stacks.js';

/**
 * Functions by self and total. A function that recurses appears several times
 * in one stack; its total counts that stack once.
 */
export async function topFunctions(ctx: QueryContext, selection: Selection, limit: number): Promise<TopResponse> {
  const merged = await mergeStacks(ctx, selection);
  const byFrame = new Map<string, { self: number; total: number }>();
  let total = 0;
  for (const [stackId, value] of merged.values) {
    const frames = merged.stacks.get(stackId);
    if (!frames || frames.length === 0) continue;
    total += value;
    for (const frameId of new Set(frames)) {
      const entry = byFrame.get(frameId) ?? { self: 0, total: 0 };
      entry.total += value;
      byFrame.set(frameId, entry);
    }
    byFrame.get(frames[frames.length - 1]!)!.self += value;
  }
  const ranked = [...byFrame].sort(([, a], [, b]) => b.self - a.self || b.total - a.total).slice(0, limit);
  const names = await ctx.dictionary.framesOf(ranked.map(([id]) => id));
  const functions: TopFunction[] = ranked.map(([id, values]) => ({
    ...(names.get(id) ?? { name: '(unknown)', file: '' }),
    ...values,
  }));
  return { unit: PROFILE_TYPE_UNITS[selection.type], total, functions };
}

