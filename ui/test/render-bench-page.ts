// Runs inside Chromium for scripts/render-bench.mjs: times flattening and
// drawing a 10,000-node tree, and the redraw on hover, with the real renderer.
import { FLAME_COLLAPSE, collapsePackages } from '../src/flamegraph/collapse.js';
import { flameModel } from '../src/flamegraph/model.js';
import { createRenderer } from '../src/flamegraph/renderer.js';
import { syntheticTree } from './support/trees.js';

export interface BenchResult {
  nodes: number;
  drawnFrames: number;
  flattenMs: number[];
  drawMs: number[];
  firstFrameMs: number[];
  zoomRedrawMs: number[];
  /** Average per mousemove over a batch (the page clock is too coarse for one). */
  hoverMs: number[];
  /** Share of moves that landed on another frame, so two frames were repainted. */
  hoverChanges: number;
  /** "Collapse packages": the collapse and the model of the collapsed tree. */
  collapseMs: number[];
}

const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));

async function run(runs: number, nodes: number): Promise<BenchResult> {
  const container = document.getElementById('bench')!;
  const root = syntheticTree(nodes);
  const result: BenchResult = { nodes, drawnFrames: 0, flattenMs: [], drawMs: [], firstFrameMs: [], zoomRedrawMs: [], hoverMs: [], hoverChanges: 0, collapseMs: [] };
  let hovered = -1;
  let changes = 0;
  let moves = 0;
  for (let i = 0; i < runs; i++) {
    await nextFrame();
    const t0 = performance.now();
    const model = flameModel(root, 'nanoseconds');
    const t1 = performance.now();
    const renderer = createRenderer(container, {
      onHover(index) {
        if (index !== hovered) changes++;
        hovered = index;
      },
    });
    renderer.show(model, 0, undefined);
    const t2 = performance.now();
    // Two frames: the one that paints the canvas has started once the second callback runs.
    await nextFrame();
    const t3 = await nextFrame();
    result.flattenMs.push(t1 - t0);
    result.drawMs.push(t2 - t1);
    result.firstFrameMs.push(t3 - t0);
    result.drawnFrames = renderer.drawnFrames(Infinity).length;

    const deep = model.layout.rowStart[3]!;
    const z0 = performance.now();
    renderer.show(model, deep, undefined);
    renderer.show(model, 0, undefined);
    result.zoomRedrawMs.push((performance.now() - z0) / 2);

    const box = renderer.canvas.getBoundingClientRect();
    const batch = 500;
    const events = Array.from(
      { length: batch },
      (_, m) =>
        new MouseEvent('mousemove', {
          clientX: box.left + ((m * 7919) % Math.floor(box.width)),
          clientY: box.top + ((m * 104729) % Math.floor(box.height)),
          bubbles: true,
        }),
    );
    const h0 = performance.now();
    for (const event of events) renderer.canvas.dispatchEvent(event);
    result.hoverMs.push((performance.now() - h0) / batch);
    moves += batch;
    const c0 = performance.now();
    flameModel(collapsePackages(root, FLAME_COLLAPSE), 'nanoseconds');
    result.collapseMs.push(performance.now() - c0);
    renderer.destroy();
  }
  result.hoverChanges = changes / moves;
  return result;
}

(window as unknown as { runRenderBench: typeof run }).runRenderBench = run;
