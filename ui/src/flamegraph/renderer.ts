// Draws a flattened call tree on a canvas, icicle style (root on top) or
// inverted (root at the bottom, for callers). A full draw walks only the rows
// and index ranges inside the zoomed frame; hovering repaints just the two
// frames whose outline changes.
import { ancestry, hitTest, isWithin, lowerBound } from './layout.js';
import type { FlameModel } from './model.js';

export const ROW_HEIGHT = 20;
const MIN_WIDTH_PX = 0.35;
/** Frames narrower than this are drawn in blocks with their neighbours. */
const TINY_PX = 1;
const LABEL_MIN_PX = 22;
const FONT = '12px ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace';
const TEXT_COLOR = '#1b1e24';
const HOVER_COLOR = '#1b1e24';
/** The keyboard's (or the search's) current frame: outlined in the page's focus colour. */
const CURSOR_COLOR = '#2f6fde';
const DIM_ALPHA = 0.3;
const ANCESTOR_ALPHA = 0.55;

export interface FrameBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface RendererOptions {
  /** Root at the bottom: callers of a function, read upwards. */
  readonly inverted?: boolean;
  onHover?(index: number, event: MouseEvent | undefined): void;
  onClick?(index: number, event: MouseEvent): void;
  onContextMenu?(index: number, event: MouseEvent): void;
  /** After each full draw (a resize draws too). */
  onDraw?(): void;
}

export interface FlameRenderer {
  readonly canvas: HTMLCanvasElement;
  /**
   * Draws `model` zoomed to `focus`; frames marked 1 in `marks` keep their
   * colour and the rest fade (undefined shows all). Draws only on a change.
   */
  show(model: FlameModel, focus: number, marks: Uint8Array | undefined): void;
  /** The frame's box in CSS pixels within the canvas, if drawn. */
  boxOf(index: number): FrameBox | undefined;
  /** Frames drawn at least a pixel wide, widest first. */
  drawnFrames(limit: number): number[];
  /** Outlines one frame as the keyboard's current one (-1 for none). */
  setCursor(index: number): void;
  readonly cursor: number;
  readonly focus: number;
  draw(): void;
  destroy(): void;
}

export function createRenderer(container: HTMLElement, options: RendererOptions = {}): FlameRenderer {
  const canvas = document.createElement('canvas');
  canvas.className = 'flame-canvas';
  // The frames are listed as text beside the canvas (see text-layer.ts).
  canvas.setAttribute('aria-hidden', 'true');
  container.append(canvas);
  const ctx = canvas.getContext('2d', { alpha: true })!;
  let model: FlameModel | undefined;
  let focus = 0;
  let focusPath: number[] = [0];
  let marks: Uint8Array | undefined;
  let hovered = -1;
  let cursorIndex = -1;
  let widthPx = 0;
  let rows = 0;
  let scale = 1;
  let charWidth = 7.2;
  let drawn: number[] = [];

  const rowY = (depth: number): number => (options.inverted ? (rows - 1 - depth) * ROW_HEIGHT : depth * ROW_HEIGHT);

  const boxOf = (index: number): FrameBox | undefined => {
    if (!model || index < 0 || index >= model.layout.count || widthPx === 0) return undefined;
    const { layout } = model;
    const depth = layout.depth[index]!;
    if (depth <= layout.depth[focus]!) {
      if (focusPath[depth] !== index) return undefined;
      return { x: 0, y: rowY(depth), width: widthPx, height: ROW_HEIGHT };
    }
    if (!isWithin(layout, index, focus)) return undefined;
    const width = layout.total[index]! * scale;
    if (width < MIN_WIDTH_PX) return undefined;
    return { x: (layout.start[index]! - layout.start[focus]!) * scale, y: rowY(depth), width, height: ROW_HEIGHT };
  };

  const label = (name: string, width: number): string => {
    const fits = Math.floor((width - 6) / charWidth);
    if (fits < 2) return '';
    return name.length <= fits ? name : `${name.slice(0, fits - 1)}…`;
  };

  const paint = (index: number, box: FrameBox, clear: boolean): void => {
    const { layout, fills } = model!;
    if (clear) ctx.clearRect(box.x, box.y, box.width, box.height);
    const faded = marks !== undefined && marks[index] !== 1;
    const ancestor = layout.depth[index]! < layout.depth[focus]!;
    ctx.globalAlpha = faded ? DIM_ALPHA : ancestor ? ANCESTOR_ALPHA : 1;
    ctx.fillStyle = fills[index]!;
    const gap = box.width > 3 ? 1 : 0;
    ctx.fillRect(box.x, box.y, Math.max(box.width - gap, MIN_WIDTH_PX), box.height - 1);
    if ((index === hovered || index === cursorIndex) && box.width >= 2) {
      ctx.globalAlpha = 1;
      ctx.strokeStyle = index === cursorIndex ? CURSOR_COLOR : HOVER_COLOR;
      ctx.lineWidth = 2;
      ctx.strokeRect(box.x + 1, box.y + 1, Math.max(box.width - gap - 2, 0), box.height - 3);
    }
    if (box.width >= LABEL_MIN_PX) {
      const text = label(layout.nodes[index]!.name, box.width);
      if (text) {
        ctx.globalAlpha = faded ? 0.45 : 1;
        ctx.fillStyle = TEXT_COLOR;
        ctx.fillText(text, box.x + 3, box.y + ROW_HEIGHT / 2);
      }
    }
    ctx.globalAlpha = 1;
  };

  const draw = (): void => {
    widthPx = container.clientWidth;
    if (!model || widthPx === 0) return;
    const { layout } = model;
    const focusDepth = layout.depth[focus]!;
    rows = layout.maxDepthBelow[focus]! + 1;
    const heightPx = rows * ROW_HEIGHT;
    const dpr = window.devicePixelRatio || 1;
    const pixelWidth = Math.round(widthPx * dpr);
    const pixelHeight = Math.round(heightPx * dpr);
    if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
      canvas.width = pixelWidth;
      canvas.height = pixelHeight;
      canvas.style.width = `${widthPx}px`;
      canvas.style.height = `${heightPx}px`;
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, widthPx, heightPx);
    ctx.font = FONT;
    ctx.textBaseline = 'middle';
    charWidth = ctx.measureText('abcdefghij').width / 10 || charWidth;
    const x0 = layout.start[focus]!;
    const span = layout.total[focus]!;
    scale = span > 0 ? widthPx / span : 0;
    drawn = [];
    for (const index of focusPath) {
      paint(index, { x: 0, y: rowY(layout.depth[index]!), width: widthPx, height: ROW_HEIGHT }, false);
      drawn.push(index);
    }
    if (scale > 0) drawRows(layout, focusDepth + 1, x0, span);
    options.onDraw?.();
  };

  const drawRows = (layout: FlameModel['layout'], fromDepth: number, x0: number, span: number): void => {
    for (let depth = fromDepth; depth < rows; depth++) {
      const end = lowerBound(layout, depth, x0 + span);
      const y = rowY(depth);
      // Sibling frames too thin to draw one by one are drawn as one block (in
      // the first one's colour), so many small children do not leave a hole.
      let runFirst = -1;
      let runX0 = 0;
      let runX1 = 0;
      const flush = (): void => {
        if (runFirst >= 0 && runX1 - runX0 >= MIN_WIDTH_PX) paint(runFirst, { x: runX0, y, width: runX1 - runX0, height: ROW_HEIGHT }, false);
        runFirst = -1;
      };
      for (let i = lowerBound(layout, depth, x0); i < end; i++) {
        const width = layout.total[i]! * scale;
        if (width === 0) continue;
        const x = (layout.start[i]! - x0) * scale;
        if (width >= TINY_PX) {
          flush();
          paint(i, { x, y, width, height: ROW_HEIGHT }, false);
          if (width >= 1) drawn.push(i);
        } else if (runFirst >= 0 && x - runX1 < 0.01 && layout.parent[i] === layout.parent[runFirst]) {
          runX1 = x + width;
          // A search match inside the block keeps the block highlighted.
          if (marks !== undefined && marks[i] === 1) runFirst = i;
        } else {
          flush();
          runFirst = i;
          runX0 = x;
          runX1 = x + width;
        }
      }
      flush();
    }
  };

  const repaint = (index: number): void => {
    const box = boxOf(index);
    if (!box) return;
    ctx.font = FONT;
    ctx.textBaseline = 'middle';
    paint(index, box, true);
  };

  const indexAt = (event: MouseEvent): number => {
    if (!model || scale === 0) return -1;
    const rect = canvas.getBoundingClientRect();
    const x = event.clientX - rect.left;
    const y = event.clientY - rect.top;
    if (x < 0 || y < 0 || x >= widthPx) return -1;
    const visualRow = Math.floor(y / ROW_HEIGHT);
    const depth = options.inverted ? rows - 1 - visualRow : visualRow;
    if (depth < 0 || depth >= rows) return -1;
    const { layout } = model;
    if (depth <= layout.depth[focus]!) return focusPath[depth] ?? -1;
    // Thin frames are drawn in blocks; pointing at one still names the frame under the pointer.
    return hitTest(layout, depth, layout.start[focus]! + x / scale);
  };

  const setHovered = (index: number, event: MouseEvent | undefined): void => {
    if (index !== hovered) {
      const previous = hovered;
      hovered = index;
      repaint(previous);
      repaint(index);
      canvas.style.cursor = index >= 0 ? 'pointer' : 'default';
    }
    options.onHover?.(index, event);
  };

  const onMove = (event: MouseEvent): void => setHovered(indexAt(event), event);
  const onLeave = (): void => setHovered(-1, undefined);
  const onClick = (event: MouseEvent): void => {
    const index = indexAt(event);
    if (index >= 0) options.onClick?.(index, event);
  };
  const onContext = (event: MouseEvent): void => {
    const index = indexAt(event);
    if (index >= 0 && options.onContextMenu) {
      event.preventDefault();
      options.onContextMenu(index, event);
    }
  };
  canvas.addEventListener('mousemove', onMove);
  canvas.addEventListener('mouseleave', onLeave);
  canvas.addEventListener('click', onClick);
  canvas.addEventListener('contextmenu', onContext);
  const resizeObserver = new ResizeObserver(() => {
    if (container.clientWidth !== widthPx) draw();
  });
  resizeObserver.observe(container);

  return {
    canvas,
    get focus() {
      return focus;
    },
    show(next, nextFocus, nextMarks) {
      const focusIndex = nextFocus >= 0 && nextFocus < next.layout.count ? nextFocus : 0;
      if (next === model && focusIndex === focus && nextMarks === marks && container.clientWidth === widthPx) return;
      if (next !== model) {
        hovered = -1;
        cursorIndex = -1;
      }
      model = next;
      focus = focusIndex;
      focusPath = ancestry(next.layout, focus);
      marks = nextMarks;
      draw();
    },
    boxOf,
    drawnFrames(limit) {
      if (!model) return [];
      const total = model.layout.total;
      return [...drawn].sort((a, b) => total[b]! - total[a]!).slice(0, limit);
    },
    setCursor(index) {
      if (index === cursorIndex) return;
      const previous = cursorIndex;
      cursorIndex = index;
      repaint(previous);
      repaint(index);
    },
    get cursor() {
      return cursorIndex;
    },
    draw,
    destroy() {
      resizeObserver.disconnect();
      canvas.remove();
    },
  };
}
