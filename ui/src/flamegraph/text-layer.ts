// The flamegraph as text: a visually hidden list of the frames drawn, widest
// first, with where each one is. Screen readers read it; tests find frames by
// name and point at them.
import { h, replace } from '../dom.js';
import type { FlameModel } from './model.js';
import type { FlameRenderer } from './renderer.js';

const MAX_ITEMS = 300;

export function renderTextLayer(list: HTMLElement, model: FlameModel, renderer: FlameRenderer, marks: Uint8Array | undefined): void {
  const items = renderer.drawnFrames(MAX_ITEMS).map((index) => {
    const node = model.layout.nodes[index]!;
    const box = renderer.boxOf(index);
    return h(
      'li',
      {
        'data-index': index,
        'data-name': node.name,
        'data-file': node.file,
        'data-box': box ? [box.x, box.y, box.width, box.height].map((v) => Math.round(v * 10) / 10).join(',') : undefined,
        'data-change': model.changes?.[index],
        'data-marked': marks ? String(marks[index] === 1) : undefined,
      },
      model.summary(index),
    );
  });
  replace(list, items);
}
