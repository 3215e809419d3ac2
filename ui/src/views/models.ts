// Flattening a tree is the expensive step; it happens once per API answer.
import type { DiffResponse, FlameNode, ValueUnit } from '@flamehouse/proto';
import { diffModel, flameModel, type FlameModel, type FlameModelOptions } from '../flamegraph/model.js';
import type { Palette } from '../state/url-state.js';

const flameModels = new WeakMap<FlameNode, FlameModel>();
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
