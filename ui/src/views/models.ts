// Flattening a tree is the expensive step; it happens once per API answer.
import type { DiffResponse, FlameNode, ValueUnit } from '@flamehouse/proto';
import { DIFF_COLLAPSE, FLAME_COLLAPSE, collapsePackages } from '../flamegraph/collapse.js';
import { diffModel, flameModel, type FlameModel, type FlameModelOptions } from '../flamegraph/model.js';
import type { Palette } from '../state/url-state.js';

const flameModels = new WeakMap<FlameNode, FlameModel>();
const collapsedTrees = new WeakMap<FlameNode, FlameNode>();
const collapsedDiffs = new WeakMap<DiffResponse, DiffResponse>();

/** The tree with each package's frames in a row drawn as one ("your code first"), made once per tree. */
export function collapsedTree(root: FlameNode): FlameNode {
  let tree = collapsedTrees.get(root);
  if (!tree) {
    tree = collapsePackages(root, FLAME_COLLAPSE);
    collapsedTrees.set(root, tree);
  }
  return tree;
}

export function collapsedDiff(response: DiffResponse): DiffResponse {
  let collapsed = collapsedDiffs.get(response);
  if (!collapsed) {
    collapsed = { ...response, root: collapsePackages(response.root, DIFF_COLLAPSE) };
    collapsedDiffs.set(response, collapsed);
  }
  return collapsed;
}
const diffModels = new WeakMap<DiffResponse, Map<Palette, FlameModel>>();

/** The model for a tree; options must stay the same for one tree. */
export function flameModelOf(root: FlameNode, unit: ValueUnit, options: FlameModelOptions = {}): FlameModel {
  let model = flameModels.get(root);
  if (!model) {
    model = flameModel(root, unit, options);
    flameModels.set(root, model);
  }
  return model;
}

export function diffModelOf(response: DiffResponse, palette: Palette): FlameModel {
  let byPalette = diffModels.get(response);
  if (!byPalette) {
    byPalette = new Map();
    diffModels.set(response, byPalette);
  }
  let model = byPalette.get(palette);
  if (!model) {
    model = diffModel(response, palette);
    byPalette.set(palette, model);
  }
  return model;
}
