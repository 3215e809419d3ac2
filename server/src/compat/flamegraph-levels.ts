import type { RenderedNode } from '../query/tree.js';

// Pyroscope's flame graph encoding (querier.v1.FlameGraph, and the legacy
// flamebearer): `names` once each, and one row of integers per depth, root
// first. Each node is a few integers: its x offset from the end of the
// previous node in its row, its total, its self, its name's index; a diff has
// (x, total, self) for the left side, then for the right, then the name.
// In a parent, its own self comes first and its children follow, left to right.

export interface FlameGraphLevels {
  readonly names: string[];
  readonly levels: number[][];
  readonly total: number;
  readonly maxSelf: number;
}

export interface DiffLevels extends FlameGraphLevels {
  readonly leftTicks: number;
  readonly rightTicks: number;
}

/**
 * Lays the tree out side by side for each value slot and encodes its rows.
 * Values may be fractional (averaged gauges): edges are rounded, not widths,
 * so children stay inside their parent and no two nodes overlap.
 */
function encode(root: RenderedNode, slots: number): FlameGraphLevels {
  const names: string[] = [];
  const nameIndex = new Map<string, number>();
  const levels: number[][] = [];
  // Per row and slot, where the previous node ended.
  const rowEnds: number[][] = [];
  let maxSelf = 0;
  const visit = (node: RenderedNode, depth: number, starts: readonly number[]): void => {
    const row = (levels[depth] ??= []);
    const ends = (rowEnds[depth] ??= new Array<number>(slots).fill(0));
    for (let slot = 0; slot < slots; slot++) {
      const x = Math.round(starts[slot]!);
      const total = Math.round(starts[slot]! + node.total[slot]!) - x;
      const self = Math.min(total, Math.round(starts[slot]! + node.self[slot]!) - x);
      row.push(x - ends[slot]!, total, self);
      ends[slot] = x + total;
      maxSelf = Math.max(maxSelf, self);
    }
    let index = nameIndex.get(node.name);
    if (index === undefined) {
      index = names.length;
      names.push(node.name);
      nameIndex.set(node.name, index);
    }
    row.push(index);
    const childStarts = starts.map((start, slot) => start + node.self[slot]!);
    for (const child of node.children) {
      visit(child, depth + 1, childStarts);
      for (let slot = 0; slot < slots; slot++) childStarts[slot]! += child.total[slot]!;
    }
  };
  visit({ ...root, name: 'total' }, 0, new Array<number>(slots).fill(0));
  return { names, levels, total: Math.round(root.total[0]!), maxSelf };
}

/** querier.v1.FlameGraph from a one-slot tree: four integers per node. */
export function flameGraphLevels(root: RenderedNode): FlameGraphLevels {
  return encode(root, 1);
}

/** querier.v1.FlameGraphDiff from a two-slot tree (left, right): seven integers per node. */
export function diffLevels(root: RenderedNode): DiffLevels {
  const encoded = encode(root, 2);
  const leftTicks = Math.round(root.total[0]!);
  const rightTicks = Math.round(root.total[1]!);
  return { ...encoded, total: leftTicks + rightTicks, leftTicks, rightTicks };
}
