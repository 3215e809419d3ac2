import type { FrameRef } from '@flamehouse/proto';
import type { FrameInterner, InternedStack } from '../storage/stack-cache.js';
import { stackTotals } from './aggregate.js';
import type { QueryContext } from './context.js';
import type { Selection } from './selection.js';

/** A selection merged by stack: each stack's value and its root-first frames, numbered by `interner`. */
export interface MergedStacks {
  readonly values: Map<string, number>;
  readonly stacks: Map<string, InternedStack>;
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
  const values = await stackTotals(ctx, selection);
  const { interner, stacks } = await ctx.stacks.internedStacksOf(values.keys());
  return { values, stacks, interner };
}

/** Names and files of every frame the stacks hold, by number. */
export function framesOfStacks(ctx: QueryContext, interner: FrameInterner, stacks: Iterable<InternedStack>): Promise<Map<number, FrameRef>> {
  const frames = new Set<number>();
  for (const stack of stacks) for (const frame of stack.frames) frames.add(frame);
  return internedFramesOf(ctx, interner, frames);
}

/** Names and files of interned frames, by number (`(unknown)` for frames storage no longer holds). */
export async function internedFramesOf(ctx: QueryContext, interner: FrameInterner, frames: Iterable<number>): Promise<Map<number, FrameRef>> {
  const numbers = [...new Set(frames)];
  const names = await ctx.stacks.framesOf(numbers.map((frame) => interner.idOf(frame)));
  return new Map(numbers.map((frame) => [frame, names.get(interner.idOf(frame)) ?? UNKNOWN_FRAME]));
}

export const UNKNOWN_FRAME: FrameRef = { name: '(unknown)', file: '' };
