import { describe, expect, it } from 'vitest';
import type { FrameRef } from '@flamehouse/proto';
import { FrameInterner } from '../src/storage/stack-cache.js';
import { addStacks, createTree, keepHeaviest, renderTree, type CallTree, type RenderedNode } from '../src/query/tree.js';

const frames = new Map(['a', 'b', 'c', 'd', 'constructor', 'toString'].map((name) => [name, { name, file: `${name}.js` }]));
// Frame ids here are the frames' names.
const interner = new FrameInterner();
const interned = (stacks: Map<string, string[]>): Map<string, Int32Array> => new Map([...stacks].map(([id, ids]) => [id, interner.internAll(ids)]));
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
    const tree = createTree(1);
    const stacks = new Map([
      ['1', ['a', 'constructor']],
      ['2', ['a', 'constructor', 'toString']],
      ['3', ['a']],
    ]);
    addStacks(tree, 0, new Map([['1', 5], ['2', 3], ['3', 2]]), interned(stacks));
    const root = render(tree, 100);
    expect(root.total).toEqual([10]);
    expect(fold(root).sort()).toEqual(['a 2', 'a;constructor 5', 'a;constructor;toString 3']);
  });

  it('puts two sides side by side for a diff', () => {
    const tree = createTree(2);
    const stacks = new Map([
      ['1', ['a', 'b']],
      ['2', ['a', 'c']],
    ]);
    addStacks(tree, 0, new Map([['1', 10]]), interned(stacks));
    addStacks(tree, 1, new Map([['1', 4], ['2', 6]]), interned(stacks));
    expect(fold(render(tree, 100)).sort()).toEqual(['a;b 10/4', 'a;c 0/6']);
  });

  it('keeps the heaviest nodes with their ancestors and sums the rest into "other"', () => {
    const tree = createTree(1);
    const stacks = new Map([
      ['1', ['a', 'b']],
      ['2', ['a', 'c']],
      ['3', ['a', 'd']],
    ]);
    addStacks(tree, 0, new Map([['1', 60], ['2', 30], ['3', 10]]), interned(stacks));
    const root = render(tree, 3);
    const a = root.children[0]!;
    expect(a.children.map((c) => [c.name, c.total[0]])).toEqual([
      ['b', 60],
      ['other', 40],
    ]);
    expect(a.children[1]!.pruned).toBe(true);
  });

  it('grows past its first arrays and keeps every node, child order and total', () => {
    const tree = createTree(2);
    const stacks = new Map<string, string[]>();
    const values = new Map<string, number>();
    const names = new Map(frames);
    for (let i = 0; i < 1500; i++) {
      stacks.set(String(i), ['a', `f${i}`, `g${i}`]);
      values.set(String(i), i + 1);
      for (const name of [`f${i}`, `g${i}`]) names.set(name, { name, file: 'x.js' });
    }
    addStacks(tree, 0, values, interned(stacks));
    addStacks(tree, 1, new Map([['0', 7]]), interned(stacks));
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
});
