// "Your code first": each npm package's frames, and Node's own, drawn as one
// frame per package. Between two frames of your code, a run of third-party
// frames (express's router, OpenTelemetry's and the agent's wrappers, Node's
// event plumbing) keeps one frame for each package it passes through, nested
// in the order they first appear, so a handler 90 frames deep comes up to a
// dozen. Every value is kept: a frame's self goes to its package's frame,
// totals are summed again from the selves.
import { frameOrigin } from '@flamehouse/proto/frame-origin';
import type { DiffNode, FlameNode, FrameRef } from '@flamehouse/proto';

/** A node the collapse made: how many distinct functions it stands for. */
export interface CollapsedFrame {
  readonly collapsedFunctions?: number;
}

interface TreeNode extends FrameRef {
  children: this[];
  pruned?: true;
}

/** How to make and fill nodes of one tree type. */
export interface CollapseAccess<T extends TreeNode> {
  /** A node with no value, for `frame`. */
  empty(frame: FrameRef, pruned: boolean): T;
  /** Adds `from`'s self values to `into`'s. */
  addSelf(into: T, from: T): void;
  /** Sets `node`'s totals from its self and its children's totals (which are final). */
  sumTotals(node: T): void;
}

/** Node's internals as one frame: a file under `node:` classifies it as Node.js. */
const NODE_GROUP: FrameRef = { name: 'Node.js internals', file: 'node:' };

/** The frame a node collapses into, or undefined for your code and frames that stay as they are. */
function groupOf(node: TreeNode): { key: string; frame: FrameRef } | undefined {
  if (node.pruned) return undefined;
  const { origin, pkg } = frameOrigin(node.name, node.file);
  if ((origin === 'package' || origin === 'profiler') && pkg !== undefined) return { key: `p\u0000${pkg}`, frame: { name: pkg, file: `node_modules/${pkg}` } };
  // Native frames without a file (JSON.parse…) name real work: they stay.
  if (origin === 'node' && node.file !== '') return { key: 'node', frame: NODE_GROUP };
  return undefined;
}

const NO_RUN: ReadonlyMap<string, never> = new Map<string, never>();
/** Children beyond which a frame's are found through an index rather than one by one. */
const WIDE = 16;

export function collapsePackages<T extends TreeNode>(root: T, access: CollapseAccess<T>): T {
  // A frame's group follows from its file (file-less frames aside): work it out once per file.
  const byFile = new Map<string, ReturnType<typeof groupOf>>();
  const groupFor = (node: T): ReturnType<typeof groupOf> => {
    if (node.file === '' || node.pruned) return groupOf(node);
    if (!byFile.has(node.file)) byFile.set(node.file, groupOf(node));
    return byFile.get(node.file);
  };
  const out = access.empty(root, false);
  access.addSelf(out, root);
  // Most frames have a few children: look them up in a row; a wide one gets an index.
  const wideIndex = new Map<T, Map<string, T>>();
  const keyOf = (name: string, file: string, pruned: boolean): string => `${name}\u0000${file}\u0000${pruned ? 1 : 0}`;
  const childOf = (parent: T, frame: FrameRef, pruned: boolean): T => {
    const { children } = parent;
    let index = wideIndex.get(parent);
    let child: T | undefined;
    if (index) child = index.get(keyOf(frame.name, frame.file, pruned));
    else child = children.find((c) => c.name === frame.name && c.file === frame.file && (c.pruned === true) === pruned);
    if (!child) {
      child = access.empty(frame, pruned);
      children.push(child);
      if (!index && children.length > WIDE) {
        index = new Map(children.map((c) => [keyOf(c.name, c.file, c.pruned === true), c]));
        wideIndex.set(parent, index);
      } else index?.set(keyOf(frame.name, frame.file, pruned), child);
    }
    return child;
  };
  const functions = new Map<T, Set<string>>();
  // Iterative: a stack can be hundreds of frames deep. `into` is the deepest
  // frame made so far on this path; `run` the package frames since the last
  // frame of your code. A package seen again in the run keeps its frame (its
  // self is added there) while what it calls goes on below the deepest.
  const work: [T, T, ReadonlyMap<string, T>][] = [[root, out, NO_RUN]];
  while (work.length > 0) {
    const [node, into, run] = work.pop()!;
    for (const child of node.children) {
      const group = groupFor(child);
      if (!group) {
        const target = childOf(into, child, child.pruned === true);
        access.addSelf(target, child);
        work.push([child, target, NO_RUN]);
        continue;
      }
      const open = run.get(group.key);
      const target = open ?? childOf(into, group.frame, false);
      let names = functions.get(target);
      if (!names) functions.set(target, (names = new Set<string>()));
      names.add(`${child.name}\u0000${child.file}`);
      access.addSelf(target, child);
      work.push(open ? [child, into, run] : [child, target, new Map(run).set(group.key, target)]);
    }
  }
  for (const [node, names] of functions) (node as CollapsedFrame as { collapsedFunctions: number }).collapsedFunctions = names.size;
  // Totals bottom-up: children sort after their parent in a breadth-first list, so walk it backwards.
  const order: T[] = [out];
  for (let i = 0; i < order.length; i++) order.push(...order[i]!.children);
  for (let i = order.length - 1; i >= 0; i--) access.sumTotals(order[i]!);
  return out;
}

export const FLAME_COLLAPSE: CollapseAccess<FlameNode> = {
  empty: (frame, pruned) => ({ name: frame.name, file: frame.file, self: 0, total: 0, children: [], ...(pruned && { pruned: true as const }) }),
  addSelf(into, from) {
    into.self += from.self;
  },
  sumTotals(node) {
    node.total = node.self + node.children.reduce((sum, c) => sum + c.total, 0);
    node.children.sort((a, b) => b.total - a.total);
  },
};

export const DIFF_COLLAPSE: CollapseAccess<DiffNode> = {
  empty: (frame, pruned) => ({
    name: frame.name,
    file: frame.file,
    baseline: { self: 0, total: 0 },
    comparison: { self: 0, total: 0 },
    children: [],
    ...(pruned && { pruned: true as const }),
  }),
  addSelf(into, from) {
    into.baseline.self += from.baseline.self;
    into.comparison.self += from.comparison.self;
  },
  sumTotals(node) {
    node.baseline.total = node.baseline.self + node.children.reduce((sum, c) => sum + c.baseline.total, 0);
    node.comparison.total = node.comparison.self + node.children.reduce((sum, c) => sum + c.comparison.total, 0);
    node.children.sort((a, b) => b.baseline.total + b.comparison.total - (a.baseline.total + a.comparison.total));
  },
};
