// Per-function totals of a diff tree, for the table that ranks what changed.
// A function's total counts each path once, at its outermost frame, as the
// server's top table does.
import type { DiffNode, DiffValues, FrameRef } from '@flamehouse/proto';
import { frameKey } from './sandwich.js';

export interface FunctionDiff extends FrameRef {
  readonly baseline: DiffValues;
  readonly comparison: DiffValues;
}

export function aggregateDiffFunctions(root: DiffNode): FunctionDiff[] {
  const byKey = new Map<string, { name: string; file: string; baseline: DiffValues; comparison: DiffValues }>();
  const onPath = new Map<string, number>();
  const walk = (node: DiffNode): void => {
    const key = frameKey(node);
    let entry = byKey.get(key);
    if (!entry) {
      entry = { name: node.name, file: node.file, baseline: { self: 0, total: 0 }, comparison: { self: 0, total: 0 } };
      byKey.set(key, entry);
    }
    entry.baseline.self += node.baseline.self;
    entry.comparison.self += node.comparison.self;
    const depth = onPath.get(key) ?? 0;
    if (depth === 0) {
      entry.baseline.total += node.baseline.total;
      entry.comparison.total += node.comparison.total;
    }
    onPath.set(key, depth + 1);
    for (const child of node.children) if (!child.pruned) walk(child);
    onPath.set(key, depth);
  };
  for (const child of root.children) if (!child.pruned) walk(child);
  return [...byKey.values()];
}
