import type { FrameRef } from '@flamehouse/proto';
import type { FrameInterner } from '../storage/stack-cache.js';
import { stackTotals } from './aggregate.js';
import type { QueryContext } from './context.js';
import type { Selection } from './selection.js';

/**
 * A selection merged by stack: per stack, the node of `interner`'s trie it
 * ends on (-1 for a stack storage no longer knows) and its value.
 */
export interface MergedStacks {
  readonly nodes: Int32Array;
  readonly values: Float64Array;
  readonly interner: FrameInterner;
}

const inFlight = new WeakMap<QueryContext, Map<string, Promise<MergedStacks>>>();

/**
 * The selection's stacks with their values. Requests for the same selection
 * while one is being merged share it: a page asks for its flamegraph and its
 * top functions at once, and the aggregation is most of the work of both.
 * Nothing is kept once it is done (the answer is shared by the requests that
 * asked meanwhile, never served later).
 */
export function mergeStacks(ctx: QueryContext, selection: Selection): Promise<MergedStacks> {
  let pending = inFlight.get(ctx);
  if (!pending) inFlight.set(ctx, (pending = new Map<string, Promise<MergedStacks>>()));
  const key = JSON.stringify(selection);
  let merged = pending.get(key);
  if (!merged) {
    const forKey = pending;
    merged = loadStacks(ctx, selection).finally(() => forKey.delete(key));
    pending.set(key, merged);
  }
  return merged;
}

async function loadStacks(ctx: QueryContext, selection: Selection): Promise<MergedStacks> {
  const { ids, values } = await stackTotals(ctx, selection);
  const { interner, nodes } = await ctx.stacks.internedStacksOf(ids);
  return { nodes, values, interner };
}

/** Names and files of every frame the stacks (root-first interned frames) hold, by number. */
export function framesOfStacks(ctx: QueryContext, interner: FrameInterner, stacks: Iterable<Int32Array>): Promise<Map<number, FrameRef>> {
  const frames = new Set<number>();
  for (const stack of stacks) for (const frame of stack) frames.add(frame);
  return internedFramesOf(ctx, interner, frames);
}

/** Names and files of interned frames, by number (`(unknown)` for frames storage no longer holds). */
export async function internedFramesOf(ctx: QueryContext, interner: FrameInterner, frames: Iterable<number>): Promise<Map<number, FrameRef>> {
  const numbers = [...new Set(frames)];
  const names = await ctx.stacks.framesOf(numbers.map((frame) => interner.idOf(frame)));
  return new Map(numbers.map((frame) => [frame, names.get(interner.idOf(frame)) ?? UNKNOWN_FRAME]));
}

export const UNKNOWN_FRAME: FrameRef = { name: '(unknown)', file: '' };
