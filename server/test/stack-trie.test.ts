import { describe, expect, it } from 'vitest';
import { StackTrie } from '../src/storage/stack-trie.js';

// The trie's nodes are the stacks' prefixes: one node per distinct prefix,
// whichever order the stacks come in and however they are grouped.

/** Random stacks over few frames, so that they share prefixes and some are prefixes of others. */
function randomStacks(count: number, seed: number): Int32Array[] {
  let state = seed;
  const next = (bound: number): number => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state % bound;
  };
  return Array.from({ length: count }, () => Int32Array.from({ length: 1 + next(12) }, () => 1 + next(4)));
}

const byFrames = (a: Int32Array, b: Int32Array): number => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
};

/** `insertAll` of stacks given one by one: their frames one after another, and their lengths. */
const insertAll = (trie: StackTrie, stacks: readonly Int32Array[]): Int32Array =>
  trie.insertAll(Int32Array.from(stacks.flatMap((stack) => Array.from(stack))), stacks.map((stack) => stack.length));

function pathOf(trie: StackTrie, node: number): number[] {
  const path: number[] = [];
  for (let at = node; at !== 0; at = trie.parent[at]!) path.unshift(trie.frame[at]!);
  return path;
}

describe('stack trie', () => {
  it('ends each stack on the node whose path is its frames, one node per distinct prefix, in any order', () => {
    const stacks = randomStacks(3_000, 7);
    const prefixes = new Set(stacks.flatMap((stack) => Array.from(stack, (_, i) => stack.slice(0, i + 1).join(','))));
    const sorted = [...stacks].sort(byFrames);
    for (const order of [stacks, sorted]) {
      // Small chunks, as reads arrive; the trie starts small so that it grows while inserting.
      const trie = new StackTrie(16);
      const nodes: number[] = [];
      for (let at = 0; at < order.length; at += 250) nodes.push(...insertAll(trie, order.slice(at, at + 250)));
      order.forEach((stack, i) => expect(pathOf(trie, nodes[i]!)).toEqual(Array.from(stack)));
      expect(trie.nodeCount - 1).toBe(prefixes.size);
      // Inserting again finds every node: nothing added, the same ends.
      expect(Array.from(insertAll(trie, order))).toEqual(nodes);
      expect(insertAll(trie, [new Int32Array(0)])[0]).toBe(0);
      expect(trie.nodeCount - 1).toBe(prefixes.size);
    }
  });

  it('makes room once for a read that comes in chunks, at the rate of its first chunk', () => {
    const stacks = Array.from({ length: 3_000 }, (_, i) => Int32Array.of(1 + (i % 5), 10 + (i % 40), 100 + i)).sort(byFrames);
    const trie = new StackTrie(16);
    let arrays: Int32Array | undefined;
    for (let at = 0; at < stacks.length; at += 250) {
      const chunk = stacks.slice(at, at + 250);
      trie.insertAll(Int32Array.from(chunk.flatMap((stack) => Array.from(stack))), chunk.map((stack) => stack.length), stacks.length - at);
      arrays ??= trie.parent;
      // Arrays are replaced when they grow: the first chunk's are the last ones.
      expect(trie.parent).toBe(arrays);
    }
    expect(trie.nodeCount).toBe(1 + 5 + 40 + 3_000);
  });

  it('links each node to its children, in the order they first appeared', () => {
    const trie = new StackTrie();
    const [ab, ac, a, abd] = insertAll(trie, [Int32Array.of(1, 2), Int32Array.of(1, 3), Int32Array.of(1), Int32Array.of(1, 2, 4)]);
    const children = (node: number): number[] => {
      const list: number[] = [];
      for (let child = trie.firstChild[node]!; child !== 0; child = trie.nextSibling[child]!) list.push(child);
      return list;
    };
    expect(children(0)).toEqual([a]);
    expect(children(a!)).toEqual([ab, ac]);
    expect(children(ab!)).toEqual([abd]);
  });
});
