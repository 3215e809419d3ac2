import type { FrameRef } from '@flamehouse/proto';
import { MaxHeap } from './max-heap.js';

/**
 * A merged call tree with one value slot per side: one for a flamegraph, two
 * for a diff (baseline, comparison). Children are keyed by interned frame
 * index, so names such as `constructor` are never object keys.
 */
export interface TreeNode {
  readonly frame: number;
  readonly self: number[];
  readonly total: number[];
  readonly children: Map<number, TreeNode>;
}

export interface CallTree {
  readonly root: TreeNode;
  /** Frame ids by interned index; index 0 is the root. */
  readonly frameIds: string[];
  readonly slots: number;
  nodeCount: number;
}

const ROOT_FRAME_ID = '';

function newNode(frame: number, slots: number): TreeNode {
  return { frame, self: new Array<number>(slots).fill(0), total: new Array<number>(slots).fill(0), children: new Map() };
}

export function createTree(slots: number): CallTree {
  return { root: newNode(0, slots), frameIds: [ROOT_FRAME_ID], slots, nodeCount: 1 };
}

/** Adds each stack's value (stack id → value) into `slot`, reading root-first frame ids from `stacks`. */
export function addStacks(
  tree: CallTree,
  slot: number,
  values: ReadonlyMap<string, number>,
  stacks: ReadonlyMap<string, readonly string[]>,
): void {
  const interned = new Map<string, number>(tree.frameIds.map((id, index) => [id, index]));
  for (const [stackId, value] of values) {
    const frames = stacks.get(stackId);
    if (!frames || value === 0) continue;
    let node = tree.root;
    node.total[slot]! += value;
    for (const frameId of frames) {
      let frame = interned.get(frameId);
      if (frame === undefined) {
        frame = tree.frameIds.length;
        tree.frameIds.push(frameId);
        interned.set(frameId, frame);
      }
      let child = node.children.get(frame);
      if (!child) {
        child = newNode(frame, tree.slots);
        node.children.set(frame, child);
        tree.nodeCount++;
      }
      child.total[slot]! += value;
      node = child;
    }
    node.self[slot]! += value;
  }
}

export interface RenderedNode extends FrameRef {
  readonly self: number[];
  readonly total: number[];
  readonly children: RenderedNode[];
  readonly pruned?: true;
}

/**
 * Keeps the `maxNodes` heaviest nodes (by their largest share of a side's
 * total), always with their ancestors, and sums what was cut under each parent
 * into one "other" node, so no cost disappears from view.
 */
export function renderTree(tree: CallTree, frames: ReadonlyMap<string, FrameRef>, maxNodes: number): RenderedNode {
  const rootTotals = tree.root.total.map((t) => (t === 0 ? 1 : t));
  const weight = (node: TreeNode): number => Math.max(...node.total.map((t, slot) => Math.abs(t) / rootTotals[slot]!));
  const kept = new Set<TreeNode>([tree.root]);
  const frontier = new MaxHeap<TreeNode>();
  for (const child of tree.root.children.values()) frontier.push(weight(child), child);
  while (kept.size < maxNodes && frontier.size > 0) {
    const node = frontier.pop()!;
    kept.add(node);
    for (const child of node.children.values()) frontier.push(weight(child), child);
  }

  const render = (node: TreeNode): RenderedNode => {
    const frame = node.frame === 0 ? { name: 'total', file: '' } : (frames.get(tree.frameIds[node.frame]!) ?? { name: '(unknown)', file: '' });
    const children: RenderedNode[] = [];
    const other = new Array<number>(tree.slots).fill(0);
    let cut = false;
    for (const child of node.children.values()) {
      if (kept.has(child)) children.push(render(child));
      else {
        cut = true;
        child.total.forEach((t, slot) => (other[slot]! += t));
      }
    }
    children.sort((a, b) => Math.max(...b.total) - Math.max(...a.total));
    if (cut) children.push({ name: 'other', file: '', self: other, total: [...other], children: [], pruned: true });
    return { name: frame.name, file: frame.file, self: node.self, total: node.total, children };
  };
  return render(tree.root);
}
