import { describe, expect, it } from 'vitest';
import { diffLevels, flameGraphLevels } from '../src/compat/flamegraph-levels.js';
import type { RenderedNode } from '../src/query/tree.js';

// Pyroscope's level encoding, decoded back into boxes: every child inside its
// parent, after the parent's self, no two boxes of a row overlapping.

function node(name: string, self: number[], children: RenderedNode[] = []): RenderedNode {
  const total = self.map((value, slot) => value + children.reduce((sum, child) => sum + child.total[slot]!, 0));
  return { name, file: '', self, total, children };
}

interface Box {
  name: string;
  start: number;
  end: number;
  self: number;
}

/** Pyroscope's decoder: x accumulates the offsets and the totals of a row, for one side of `width` integers per node. */
function boxes(levels: number[][], names: string[], width: number, side: number): Box[][] {
  return levels.map((row) => {
    const out: Box[] = [];
    let x = 0;
    for (let i = 0; i < row.length; i += width) {
      x += row[i + side * 3]!;
      const total = row[i + side * 3 + 1]!;
      out.push({ name: names[row[i + width - 1]!]!, start: x, end: x + total, self: row[i + side * 3 + 2]! });
      x += total;
    }
    return out;
  });
}

function expectNested(rows: Box[][]): void {
  rows.forEach((row, depth) => {
    row.forEach((box, i) => {
      expect(box.end).toBeGreaterThanOrEqual(box.start);
      if (i > 0) expect(box.start).toBeGreaterThanOrEqual(row[i - 1]!.end);
      if (depth > 0) {
        const parent = rows[depth - 1]!.find((p) => p.start <= box.start && box.end <= p.end && (box.start >= p.start + p.self || box.end === box.start));
        expect(parent, `${box.name} at depth ${depth} lies inside a parent, after its self`).toBeDefined();
      }
    });
  });
}

describe('flame graph levels', () => {
  it('encode integer trees exactly', () => {
    const root = node('', [0], [node('main', [1], [node('a', [3]), node('b', [2])])]);
    expect(flameGraphLevels(root)).toEqual({
      names: ['total', 'main', 'a', 'b'],
      levels: [
        [0, 6, 0, 0],
        [0, 6, 1, 1],
        [1, 3, 3, 2, 0, 2, 2, 3],
      ],
      total: 6,
      maxSelf: 3,
    });
  });

  it('round fractional values (averaged gauges) at the edges, so boxes stay nested and apart', () => {
    const third = 1 / 3;
    const root = node('', [0], [
      node('main', [third], [node('a', [third], [node('x', [0.4]), node('y', [0.45])]), node('b', [2.5]), node('c', [0.5])]),
      node('idle', [1.49]),
      // Three halves: rounded one by one they would be 3 wide in a parent 2 wide.
      node('p', [0], [node('q', [0.5]), node('r', [0.5]), node('s', [0.5])]),
    ]);
    const { levels, names, total } = flameGraphLevels(root);
    expect(total).toBe(Math.round(root.total[0]!));
    const rows = boxes(levels, names, 4, 0);
    expectNested(rows);
    // Each row ends where the rounded total of its boxes' right edge lies; the root spans everything.
    expect(rows[0]).toEqual([{ name: 'total', start: 0, end: total, self: 0 }]);
  });

  it('lay each side of a diff out on its own', () => {
    const root = node('', [0, 0], [node('main', [0.2, 1.7], [node('a', [2.6, 0]), node('b', [0, 3.3])])]);
    const diff = diffLevels(root);
    expect(diff.leftTicks).toBe(3);
    expect(diff.rightTicks).toBe(5);
    expect(diff.total).toBe(8);
    for (const side of [0, 1]) expectNested(boxes(diff.levels, diff.names, 7, side));
  });
});
