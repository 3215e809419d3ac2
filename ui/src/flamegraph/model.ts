// What the renderer draws and the tooltip says, for a plain flamegraph and
// for a diff: the flattened tree, one fill per frame, and words per frame.
import type { DiffNode, DiffResponse, FlameNode, FrameRef, ValueUnit } from '@flamehouse/proto';
import { formatRelative, formatShare, formatShareDelta, formatValue } from '../format.js';
import type { Palette } from '../state/url-state.js';
import { KIND_COLORS, classifyFrame, frameColor, legendFor, packageColors, type FrameClass, type FrameKind, type LegendEntry } from './colors.js';
import { changeKind, diffColor, ownShare, shareChange, type ChangeKind, type ShareChange } from './diff-colors.js';
import { flatten, type FlameLayout } from './layout.js';

export interface FrameDetail {
  readonly label: string;
  readonly value: string;
  readonly note?: string;
}

export interface FlameModel {
  readonly layout: FlameLayout;
  readonly unit: ValueUnit;
  readonly fills: readonly string[];
  /** Per frame for a diff: how its share changed. */
  readonly changes?: readonly ChangeKind[];
  readonly legend: readonly LegendEntry[];
  /** Label and value lines for the tooltip; `focus` is the zoomed frame. */
  details(index: number, focus: number): FrameDetail[];
  /** One line for the text layer and screen readers. */
  summary(index: number): string;
}

const FLAME_ACCESS = {
  total: (n: FlameNode) => n.total,
  self: (n: FlameNode) => n.self,
  children: (n: FlameNode) => n.children,
};

function classify(layout: FlameLayout, rootIsFrame: boolean): FrameClass[] {
  const byFile = new Map<string, FrameClass>();
  return layout.nodes.map((node, i) => {
    const pruned = (node as { pruned?: true }).pruned === true;
    const isRoot = i === 0 && !rootIsFrame;
    if (isRoot || pruned || node.file === '') return classifyFrame(node.name, node.file, pruned, isRoot);
    let cls = byFile.get(node.file);
    if (!cls) {
      cls = classifyFrame(node.name, node.file);
      byFile.set(node.file, cls);
    }
    return cls;
  });
}

function fileNote(frame: FrameRef): string {
  return frame.file === '' ? '' : frame.file;
}

export interface FlameModelOptions {
  /** The root is a real function (a sandwich), not the synthetic "total". */
  readonly rootIsFrame?: boolean;
  /** What shares are "of": the whole profile, when the tree is a part of it. */
  readonly grandTotal?: number;
}

export function flameModel(root: FlameNode, unit: ValueUnit, options: FlameModelOptions = {}): FlameModel {
  const layout = flatten(root, FLAME_ACCESS);
  const classes = classify(layout, options.rootIsFrame === true);
  // A package weighs what its outermost frames hold: how wide it is drawn.
  const weights = new Map<string, number>();
  const kinds = new Set<FrameKind>();
  classes.forEach((cls, i) => {
    kinds.add(cls.kind);
    if (cls.kind !== 'package' || cls.pkg === undefined) return;
    const parent = layout.parent[i]!;
    if (parent < 0 || classes[parent]!.pkg !== cls.pkg) weights.set(cls.pkg, (weights.get(cls.pkg) ?? 0) + layout.total[i]!);
  });
  const colors = packageColors(weights);
  // Colours depend on the file alone (and on the kind for file-less frames): compute each once.
  const colorByFile = new Map<string, string>();
  const fills = classes.map((cls, i) => {
    const file = layout.nodes[i]!.file;
    if (cls.kind !== 'app' && cls.kind !== 'package') return frameColor(cls, file, colors);
    let color = colorByFile.get(file);
    if (color === undefined) {
      color = frameColor(cls, file, colors);
      colorByFile.set(file, color);
    }
    return color;
  });
  const grand = options.grandTotal || layout.total[0]! || 1;
  return {
    layout,
    unit,
    fills,
    legend: legendFor(kinds, colors, weights.size),
    details(index, focus) {
      const total = layout.total[index]!;
      const lines: FrameDetail[] = [
        { label: 'Total', value: formatValue(total, unit), note: `${formatShare(total / grand)} of all` },
        { label: 'Self', value: formatValue(layout.self[index]!, unit), note: `${formatShare(layout.self[index]! / grand)} of all` },
      ];
      if (focus > 0 && index !== focus && layout.total[focus]! > 0) {
        lines.push({ label: 'Of zoomed', value: formatShare(total / layout.total[focus]!), note: layout.nodes[focus]!.name });
      }
      return lines;
    },
    summary(index) {
      const node = layout.nodes[index]!;
      const total = layout.total[index]!;
      return `${node.name}${fileNote(node) && ` (${node.file})`}: total ${formatValue(total, unit)}, ${formatShare(total / grand)}; self ${formatValue(layout.self[index]!, unit)}`;
    },
  };
}

/**
 * A diff is drawn with each frame as wide as its average share of the two
 * sides, so neither side's traffic volume dominates the picture.
 */
export function diffModel(response: DiffResponse, palette: Palette): FlameModel {
  const bTotal = response.baselineTotal;
  const cTotal = response.comparisonTotal;
  const width = (v: { baseline: { total: number }; comparison: { total: number } }): number =>
    (bTotal > 0 ? v.baseline.total / bTotal : 0) + (cTotal > 0 ? v.comparison.total / cTotal : 0);
  const selfWidth = (n: DiffNode): number =>
    (bTotal > 0 ? n.baseline.self / bTotal : 0) + (cTotal > 0 ? n.comparison.self / cTotal : 0);
  const layout = flatten<DiffNode>(response.root, { total: width, self: selfWidth, children: (n) => n.children });
  const nodes = layout.nodes;
  const change = (i: number): ShareChange => {
    const n = nodes[i]!;
    return shareChange(n.baseline.total, bTotal, n.comparison.total, cTotal);
  };
  const selfChange = (i: number): ShareChange => {
    const n = nodes[i]!;
    return shareChange(n.baseline.self, bTotal, n.comparison.self, cTotal);
  };
  const changes = nodes.map((_, i) => changeKind(change(i)));
  // Ancestors that only pass a callee's change along are paler than the frames that changed.
  const own = nodes.map((_, i) => ownShare(change(i), selfChange(i)));
  const fills = nodes.map((n, i) => (i === 0 ? KIND_COLORS.root : n.pruned ? KIND_COLORS.pruned : diffColor(change(i).relative, palette, own[i])));
  const unit = response.unit;
  return {
    layout,
    unit,
    fills,
    changes,
    legend: [],
    details(index) {
      const n = nodes[index]!;
      const c = change(index);
      const self = selfChange(index);
      const carried = changes[index] !== 'same' && own[index]! < 0.5 ? ', mostly its callees’' : '';
      return [
        { label: 'Baseline', value: formatValue(n.baseline.total, unit), note: `${formatShare(c.baselineShare)} of baseline` },
        { label: 'Comparison', value: formatValue(n.comparison.total, unit), note: `${formatShare(c.comparisonShare)} of comparison` },
        { label: 'Change', value: formatShareDelta(c.delta), note: `${formatRelative(c.relative)} share (${changes[index]}${carried})` },
        { label: 'Self change', value: formatShareDelta(self.delta), note: `${formatShare(self.baselineShare)} → ${formatShare(self.comparisonShare)}` },
      ];
    },
    summary(index) {
      const n = nodes[index]!;
      const c = change(index);
      return `${n.name}${fileNote(n) && ` (${n.file})`}: ${changes[index]} ${formatShareDelta(c.delta)}, ${formatShare(c.baselineShare)} → ${formatShare(c.comparisonShare)}`;
    },
  };
}
