import { describe, expect, it } from 'vitest';
import type { FlameNode } from '@flamehouse/proto';
import { ancestry, findPath, flatten, hitTest, isWithin, namePath } from '../src/flamegraph/layout.js';
import { fromFolded, syntheticTree } from './support/trees.js';

const access = { total: (n: FlameNode) => n.total, self: (n: FlameNode) => n.self, children: (n: FlameNode) => n.children };

describe('layout', () => {
  const root = fromFolded(['main;serve;query 100', 'main;serve;encode 100', 'main;serve;validate 200', 'main;gc 50', 'idle 50']);
  const layout = flatten(root, access);
  const indexOf = (name: string): number => layout.nodes.findIndex((n) => n.name === name);

  it('puts each depth in one contiguous row, left to right', () => {
    expect(layout.count).toBe(8);
    expect(layout.maxDepth).toBe(3);
    const rows = [...Array(layout.maxDepth + 1).keys()].map((d) =>
      layout.nodes.slice(layout.rowStart[d], layout.rowStart[d + 1]).map((n) => n.name),
    );
    expect(rows).toEqual([['total'], ['main', 'idle'], ['serve', 'gc'], ['query', 'encode', 'validate']]);
    expect([...layout.start.slice(layout.rowStart[3], layout.rowStart[4])]).toEqual([0, 100, 200]);
  });

  it('finds the frame under a point by row and offset', () => {
    expect(hitTest(layout, 3, 0)).toBe(indexOf('query'));
    expect(hitTest(layout, 3, 199.9)).toBe(indexOf('encode'));
    expect(hitTest(layout, 3, 250)).toBe(indexOf('validate'));
    expect(hitTest(layout, 3, 420)).toBe(-1);
    expect(hitTest(layout, 2, 420)).toBe(indexOf('gc'));
    expect(hitTest(layout, 1, 460)).toBe(indexOf('idle'));
    expect(hitTest(layout, 4, 10)).toBe(-1);
  });

  it('walks paths by name, as zoom links do', () => {
    const validate = indexOf('validate');
    expect(namePath(layout, validate)).toEqual(['main', 'serve', 'validate']);
    expect(findPath(layout, ['main', 'serve', 'validate'])).toBe(validate);
    expect(findPath(layout, ['main', 'nothing', 'validate'])).toBe(indexOf('main'));
    expect(findPath(layout, [])).toBe(0);
    expect(ancestry(layout, validate).map((i) => layout.nodes[i]!.name)).toEqual(['total', 'main', 'serve', 'validate']);
    expect(isWithin(layout, validate, indexOf('serve'))).toBe(true);
    expect(isWithin(layout, indexOf('gc'), indexOf('serve'))).toBe(false);
  });

  it('tracks the deepest row under each frame', () => {
    expect(layout.maxDepthBelow[indexOf('main')]).toBe(3);
    expect(layout.maxDepthBelow[indexOf('idle')]).toBe(1);
  });

  it('keeps function names such as constructor and __proto__ as plain data', () => {
    const tricky = flatten(fromFolded(['constructor;__proto__;toString 5']), access);
    expect(findPath(tricky, ['constructor', '__proto__', 'toString'])).toBe(3);
  });

  it('hit-tests every frame of a 10,000-node tree at its own middle', () => {
    const big = flatten(syntheticTree(10_000), access);
    expect(big.count).toBe(10_000);
    for (let i = 1; i < big.count; i++) {
      if (big.total[i] === 0) continue;
      expect(hitTest(big, big.depth[i]!, big.start[i]! + big.total[i]! / 2)).toBe(i);
    }
  });
});
