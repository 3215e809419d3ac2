import type { FrameRef } from '@flamehouse/proto';
import { stackTotals } from './aggregate.js';
import type { QueryContext } from './context.js';
import type { Selection } from './selection.js';

/** A selection merged by stack: each stack's value and its root-first frame ids. */
export interface MergedStacks {
  readonly values: Map<string, number>;
  readonly stacks: Map<string, readonly string[]>;
}

export async function mergeStacks(ctx: QueryContext, selection: Selection): Promise<MergedStacks> {
  const values = await stackTotals(ctx, selection);
  const stacks = await ctx.stacks.stacksOf(values.keys());
  return { values, stacks };
}

/** Names and files of every frame the stacks mention. */
export async function framesOf(ctx: QueryContext, stackLists: Iterable<readonly string[]>): Promise<Map<string, FrameRef>> {
  const ids = new Set<string>();
  for (const list of stackLists) for (const id of list) ids.add(id);
  return ctx.stacks.framesOf(ids);
}
