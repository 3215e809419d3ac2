import { describe, expect, it } from 'vitest';
import type { FrameRef } from '@flamehouse/proto';
import { FrameInterner } from '../src/storage/stack-cache.js';
import { addStacks, createTree, frameTotals, keepHeaviest, renderTree, treeForStacks, type CallTree, type RenderedNode } from '../src/query/tree.js';

const frames = new Map(['a', 'b', 'c', 'd', 'constructor', 'toString'].map((name) => [name, { name, file: `${name}.js` }]));
// Frame ids here are the frames' names. One interner for every test: its trie holds the other tests' stacks too, as a server's does.
const interner = new FrameInterner();
// Stacks by id: their trie nodes.
const interned = (stacks: Map<string, string[]>): Map<string, number> => new Map([...stacks].map(([id, ids]) => [id, interner.internStack(ids)]));
/** Each stack's value (by stack id) into `slot`, as a query adds its stacks: nodes and values side by side. */
const add = (tree: CallTree, slot: number, values: Map<string, number>, stacks: Map<string, number>): void =>
  addStacks(tree, slot, Int32Array.from(values.keys(), (id) => stacks.get(id) ?? -1), Float64Array.from(values.values()));
const render = (tree: CallTree, maxNodes: number, names: ReadonlyMap<string, FrameRef> = frames): RenderedNode =>
  renderTree(tree, keepHeaviest(tree, maxNodes), (frame) => names.get(interner.idOf(frame))!);

function fold(node: RenderedNode, path: string[] = [], out: string[] = []): string[] {
  const here = node.name === 'total' ? [] : [...path, node.name];
  if (node.self.some((v) => v !== 0)) out.push(`${here.join(';')} ${node.self.join('/')}`);
  for (const child of node.children) fold(child, here, out);
  return out;
}

describe('call tree', () => {
  it('merges stacks and keeps totals consistent', () => {
    const stacks = interned(
      new Map([
        ['1', ['a', 'constructor']],
        ['2', ['a', 'constructor', 'toString']],
        ['3', ['a']],
      ]),
    );
    const tree = createTree(interner.trie, 1);
    add(tree, 0, new Map([['1', 5], ['2', 3], ['3', 2]]), stacks);
    const root = render(tree, 100);
    expect(root.total).toEqual([10]);
    expect(fold(root).sort()).toEqual(['a 2', 'a;constructor 5', 'a;constructor;toString 3']);
  });

  it('puts two sides side by side for a diff', () => {
    const stacks = interned(
      new Map([
        ['1', ['a', 'b']],
        ['2', ['a', 'c']],
      ]),
    );
    const tree = createTree(interner.trie, 2);
    add(tree, 0, new Map([['1', 10]]), stacks);
    add(tree, 1, new Map([['1', 4], ['2', 6]]), stacks);
    expect(fold(render(tree, 100)).sort()).toEqual(['a;b 10/4', 'a;c 0/6']);
  });

  it('keeps the heaviest nodes with their ancestors and sums the rest into "other"', () => {
    const stacks = interned(
      new Map([
        ['1', ['a', 'b']],
        ['2', ['a', 'c']],
        ['3', ['a', 'd']],
      ]),
    );
    const tree = createTree(interner.trie, 1);
    add(tree, 0, new Map([['1', 60], ['2', 30], ['3', 10]]), stacks);
    const root = render(tree, 3);
    const a = root.children[0]!;
    expect(a.children.map((c) => [c.name, c.total[0]])).toEqual([
      ['b', 60],
      ['other', 40],
    ]);
    expect(a.children[1]!.pruned).toBe(true);
  });

  it('grows past its first arrays and keeps every node, child order and total', () => {
    const stacks = new Map<string, string[]>();
    const values = new Map<string, number>();
    const names = new Map(frames);
    for (let i = 0; i < 1500; i++) {
      stacks.set(String(i), ['a', `f${i}`, `g${i}`]);
      values.set(String(i), i + 1);
      for (const name of [`f${i}`, `g${i}`]) names.set(name, { name, file: 'x.js' });
    }
    const numbered = interned(stacks);
    const tree = createTree(interner.trie, 2);
    add(tree, 0, values, numbered);
    add(tree, 1, new Map([['0', 7]]), numbered);
    expect(tree.nodeCount).toBe(1 + 1 + 2 * 1500);
    const root = render(tree, 10_000, names);
    expect(root.total).toEqual([(1500 * 1501) / 2, 7]);
    const a = root.children[0]!;
    expect(a.children).toHaveLength(1500);
    expect(a.children.slice(0, 2).map((c) => [c.name, c.total])).toEqual([
      ['f1499', [1500, 0]],
      ['f1498', [1499, 0]],
    ]);
    expect(fold(root)).toContain('a;f0;g0 1/7');
  });

  it("shows only its own stacks: the trie's other stacks, and stacks added after the tree was made, are not in it", () => {
    const own = interned(new Map([['1', ['a', 'b']]]));
    interned(new Map([['other', ['a', 'c', 'd']]]));
    const tree = createTree(interner.trie, 1);
    const later = interned(new Map([['later', ['a', 'e']]]));
    expect(() => add(tree, 0, new Map([['1', 3], ['later', 1]]), new Map([...own, ...later]))).toThrow(/after the tree was made/);
    const kept = createTree(interner.trie, 1);
    add(kept, 0, new Map([['1', 3]]), own);
    expect(kept.nodeCount).toBe(3);
    // Pruned to the root and `a`: `a`'s one child in the tree is cut, the trie's others are not counted.
    const pruned = render(kept, 2);
    expect(pruned.children[0]!.children.map((c) => [c.name, c.total[0]])).toEqual([['other', 3]]);
    expect(fold(render(kept, 100))).toEqual(['a;b 3']);
  });

  it('orders children that weigh the same by name, whatever order the trie met them in', () => {
    const stacks = interned(new Map([['z', ['tie', 'zeta']], ['y', ['tie', 'alpha']], ['x', ['tie', 'mid']]]));
    const tree = createTree(interner.trie, 1);
    add(tree, 0, new Map([['z', 5], ['y', 5], ['x', 9]]), stacks);
    const tie = render(tree, 100, new Map(['tie', 'zeta', 'alpha', 'mid'].map((name) => [name, { name, file: 'x.js' }]))).children[0]!;
    expect(tie.children.map((c) => c.name)).toEqual(['mid', 'alpha', 'zeta']);
  });

  it('skips stacks storage no longer knows (node -1) and stacks of no value', () => {
    const stacks = interned(new Map([['1', ['a', 'b']], ['none', ['a', 'c']]]));
    const tree = createTree(interner.trie, 1);
    add(tree, 0, new Map([['1', 4], ['gone', 9], ['none', 0]]), stacks);
    expect(fold(render(tree, 100))).toEqual(['a;b 4']);
    expect(render(tree, 100).children[0]!.children.map((c) => c.name)).toEqual(['b']);
    expect(() => add(tree, 0, new Map([['1', 1]]), stacks)).toThrow(/filled twice/);
  });

  it("counts each frame's self where stacks end and its total once per stack, a recursive one too", () => {
    const stacks = interned(
      new Map([
        ['r1', ['a', 'b', 'a', 'c']],
        ['r2', ['a', 'b', 'a']],
        ['r3', ['d']],
        ['r4', ['a', 'c']],
      ]),
    );
    const tree = createTree(interner.trie, 2);
    add(tree, 1, new Map([['r1', 5], ['r2', 3], ['r3', 2], ['r4', 7]]), stacks);
    const { self, total, held } = frameTotals(tree, 1, interner.ids.length);
    const of = (name: string): [number, number] => {
      const frame = interner.intern(name);
      return [self[frame]!, total[frame]!];
    };
    expect([of('a'), of('b'), of('c'), of('d')]).toEqual([
      [3, 15],
      [0, 8],
      [12, 12],
      [2, 2],
    ]);
    // Frames only other stacks of the trie hold are not in this tree.
    expect(held[interner.intern('zeta')]).toBe(0);
    expect(held[interner.intern('a')]).toBe(1);
    // Slot 0 has no values: nothing is held there but the walk still visits the tree's nodes.
    expect(frameTotals(tree, 0, interner.ids.length).total[interner.intern('a')]).toBe(0);
  });

  it("gives back a stack's frames from its node", () => {
    const node = interner.internStack(['a', 'b', 'a', 'c']);
    expect(Array.from(interner.trie.pathOf(node), (frame) => interner.idOf(frame))).toEqual(['a', 'b', 'a', 'c']);
    expect(interner.trie.pathOf(0)).toHaveLength(0);
    const other = new FrameInterner();
    other.internStack(['x']);
    const adopted = other.adopt(node, interner);
    expect(Array.from(other.trie.pathOf(adopted), (frame) => other.idOf(frame))).toEqual(['a', 'b', 'a', 'c']);
  });

  it("puts a few stacks in a trie of their own, and renders them as the process's trie does", () => {
    const many = interned(new Map(Array.from({ length: 400 }, (_, i) => [`m${i}`, ['a', `p${i % 20}`, `q${i}`, 'c']])));
    const values = new Map([['m3', 5], ['m23', 3], ['m7', 2]]);
    const nodes = Int32Array.from(values.keys(), (id) => many.get(id)!);
    const { tree, sides } = treeForStacks(interner.trie, [nodes, Int32Array.of(-1, nodes[2]!)]);
    expect(tree.trie).not.toBe(interner.trie);
    expect(tree.size).toBe(1 + 1 + 2 + 3 + 3);
    addStacks(tree, 0, sides[0]!, Float64Array.from(values.values()));
    addStacks(tree, 1, sides[1]!, Float64Array.of(9, 4));
    const whole = createTree(interner.trie, 2);
    add(whole, 0, values, many);
    add(whole, 1, new Map([['m7', 4]]), many);
    const names = new Map([...frames, ...['p3', 'p7', 'q3', 'q23', 'q7'].map((name) => [name, { name, file: 'x.js' }] as const)]);
    expect(fold(render(tree, 100, names)).sort()).toEqual(['a;p3;q23;c 3/0', 'a;p3;q3;c 5/0', 'a;p7;q7;c 2/4']);
    expect(fold(render(whole, 100, names)).sort()).toEqual(fold(render(tree, 100, names)).sort());
    // Many stacks stay on the process's trie.
    expect(treeForStacks(interner.trie, [Int32Array.from(many.values())]).tree.trie).toBe(interner.trie);
  });
});
