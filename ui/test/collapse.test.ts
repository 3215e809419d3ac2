import { describe, expect, it } from 'vitest';
import type { FlameNode } from '@flamehouse/proto';
import { DIFF_COLLAPSE, FLAME_COLLAPSE, collapsePackages, type CollapsedFrame } from '../src/flamegraph/collapse.js';
import { diffFromFolded, fromFolded, toFolded } from './support/trees.js';

const NM = '/app/node_modules';
const EXPRESS = (name: string): string => `${name}@${NM}/express/lib/router/index.js`;
const OTEL = `patched@${NM}/@opentelemetry/instrumentation-express/build/src/instrumentation.js`;
const NODE = (name: string): string => `${name}@node:internal/process/task_queues`;

function total(node: FlameNode): number {
  return node.self + node.children.reduce((sum, c) => sum + total(c), 0);
}

describe('collapsing packages (your code first)', () => {
  const stack = [NODE('tick'), NODE('emit'), EXPRESS('handle'), OTEL, EXPRESS('next'), OTEL, EXPRESS('handle'), 'getCart@src/cart.js'];
  const tree = fromFolded([
    `${stack.join(';')};price@src/price.js 30`,
    `${stack.join(';')};query@${NM}/pg/lib/client.js;submit@${NM}/pg/lib/query.js 20`,
    `${stack.slice(0, 4).join(';')} 5`,
    `${stack.join(';')};JSON.parse@ 7`,
  ]);

  it('draws each package once between two frames of your code, in the order first seen', () => {
    const collapsed = collapsePackages(tree, FLAME_COLLAPSE);
    expect(toFolded(collapsed)).toEqual(
      [
        // A native frame without a file (JSON.parse) names real work: it stays.
        'Node.js internals;express;@opentelemetry/instrumentation-express;getCart;JSON.parse 7',
        'Node.js internals;express;@opentelemetry/instrumentation-express;getCart;pg 20',
        'Node.js internals;express;@opentelemetry/instrumentation-express;getCart;price 30',
        // The frames that stopped in otel: its self stays its own.
        'Node.js internals;express;@opentelemetry/instrumentation-express 5',
      ].sort(),
    );
    const getCart = collapsed.children[0]!.children[0]!.children[0]!.children[0]!;
    expect(getCart.name).toBe('getCart');
    // The frame of express stands for its two functions.
    expect((collapsed.children[0]!.children[0] as CollapsedFrame).collapsedFunctions).toBe(2);
  });

  it('keeps every value: totals are summed again from the selves', () => {
    const collapsed = collapsePackages(tree, FLAME_COLLAPSE);
    expect(collapsed.total).toBe(62);
    expect(total(collapsed)).toBe(62);
    const check = (node: FlameNode): void => {
      expect(node.total).toBe(total(node));
      node.children.forEach(check);
    };
    check(collapsed);
    // The input is left as it was.
    expect(tree.children[0]!.name).toBe('tick');
  });

  it('starts a new run of packages after each frame of your code', () => {
    const collapsed = collapsePackages(fromFolded([`${EXPRESS('a')};mid@src/mid.js;${EXPRESS('b')};leaf@src/leaf.js 3`]), FLAME_COLLAPSE);
    expect(toFolded(collapsed)).toEqual(['express;mid;express;leaf 3']);
  });

  it('collapses both sides of a diff', () => {
    const root = diffFromFolded([`${EXPRESS('a')};${EXPRESS('b')};h@src/h.js 10`], [`${EXPRESS('a')};${EXPRESS('b')};h@src/h.js 30`, `${EXPRESS('a')} 5`]);
    const collapsed = collapsePackages(root, DIFF_COLLAPSE);
    const express = collapsed.children[0]!;
    expect(express.name).toBe('express');
    expect(express.baseline).toEqual({ self: 0, total: 10 });
    expect(express.comparison).toEqual({ self: 5, total: 35 });
    expect(express.children.map((c) => c.name)).toEqual(['h']);
  });
});
