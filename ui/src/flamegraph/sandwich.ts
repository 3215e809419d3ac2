// The sandwich view of one function: who calls it (callers, merged up towards
// the roots) and what it calls (callees, merged down), built from the
// flamegraph tree. Recursive calls count once: only a function's outermost
// frame on each path contributes.
import type { FlameNode, FrameRef } from '@flamehouse/proto';

export interface Sandwich {
  /** The function at the root, its callers as children (inverted: the caller's caller is a grandchild). */
  readonly callers: FlameNode;
  /** The function at the root, everything it calls merged below. */
  readonly callees: FlameNode;
  readonly occurrences: number;
}

export function frameKey(frame: FrameRef): string {
  return `${frame.name}\u0000${frame.file}`;
}

function emptyNode(frame: FrameRef): FlameNode {
  return { name: frame.name, file: frame.file, self: 0, total: 0, children: [] };
}

/** Adds `node`'s subtree into `into` (same frame), merging children by frame. */
function mergeInto(into: FlameNode, node: FlameNode): void {
  into.self += node.self;
  into.total += node.total;
  if (node.children.length === 0) return;
  const byKey = new Map(into.children.map((c) => [frameKey(c), c]));
  for (const child of node.children) {
    const key = frameKey(child);
    let target = byKey.get(key);
    if (!target) {
      target = { ...emptyNode(child), ...(child.pruned && { pruned: true as const }) };
      into.children.push(target);
      byKey.set(key, target);
    }
    mergeInto(target, child);
  }
}

function sortByTotal(node: FlameNode): void {
  node.children.sort((a, b) => b.total - a.total);
  for (const child of node.children) sortByTotal(child);
}

export function buildSandwich(root: FlameNode, fn: FrameRef): Sandwich {
  const key = frameKey(fn);
  const callees = emptyNode(fn);
  const callers = emptyNode(fn);
  let occurrences = 0;
  const callerChildren = new Map<FlameNode, Map<string, FlameNode>>();

  const addCallerPath = (path: readonly FlameNode[], value: number): void => {
    // path: root's child … direct caller. Walk it from the direct caller outwards.
    let at = callers;
    for (let i = path.length - 1; i >= 0; i--) {
      const frame = path[i]!;
      let children = callerChildren.get(at);
      if (!children) {
        children = new Map();
        callerChildren.set(at, children);
      }
      const k = frameKey(frame);
      let next = children.get(k);
      if (!next) {
        next = emptyNode(frame);
        children.set(k, next);
        at.children.push(next);
      }
      next.total += value;
      at = next;
    }
    at.self += value;
  };

  const path: FlameNode[] = [];
  const walk = (node: FlameNode, inside: boolean): void => {
    const matches = !node.pruned && frameKey(node) === key;
    if (matches) {
      occurrences++;
      if (!inside) {
        // Inner recursive frames are already part of this subtree.
        mergeInto(callees, node);
        callers.total += node.total;
        addCallerPath(path, node.total);
      }
    }
    path.push(node);
    for (const child of node.children) walk(child, inside || matches);
    path.pop();
  };
  for (const child of root.children) walk(child, false);
  sortByTotal(callers);
  sortByTotal(callees);
  return { callers, callees, occurrences };
}
