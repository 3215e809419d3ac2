import type { FrameRef } from '@flamehouse/proto';
import type { MergedStacks } from '../query/stacks.js';

/** A merged selection as (root-first frames, value) pairs, heaviest first: the input of every export. */
export interface WeightedStack {
  readonly frames: readonly FrameRef[];
  readonly value: number;
}

export function weightedStacks(merged: MergedStacks, frames: ReadonlyMap<string, FrameRef>): WeightedStack[] {
  const list: WeightedStack[] = [];
  for (const [stackId, value] of merged.values) {
    const ids = merged.stacks.get(stackId);
    if (!ids || value === 0) continue;
    list.push({ frames: ids.map((id) => frames.get(id) ?? { name: '(unknown)', file: '' }), value });
  }
  return list.sort((a, b) => b.value - a.value);
}
