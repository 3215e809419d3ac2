// The timeline above the views: the selection's value over time, with a
// brush. Dragging (or the keyboard: arrows, Shift+arrows, Enter) picks a
// range. It can also show a function's own value over the total, the total
// split into stacked layers (the tag explorer), deploy markers, and, in a
// time diff, shaded bands for the two sides.
import type { TimelineResponse } from '@flamehouse/proto';
import { h, replace, svg } from '../dom.js';
import { formatDateTime, formatDuration, formatValue } from '../format.js';
import type { ResolvedRange } from '../state/time-range.js';
import { areaPath, TICK_LABEL_PX, tickLabel, timeTicks, timeToX, xToTime, type ChartBox } from './timeline-scale.js';

const PLOT_HEIGHT = 66;
const AXIS = 18;
/** Room above the plot for deploy labels, so they never sit on the bars. */
const MARKER_LANE = 16;
const MIN_BRUSH_PX = 4;
/** Deploy labels: the 11 px font's width per character, and the least room between two. */
const MARKER_CHAR_PX = 6.5;
const MARKER_GAP_PX = 8;

export interface TimelineBand {
  readonly range: ResolvedRange;
  readonly className: string;
  readonly label: string;
}

/** One layer of a stacked chart: its values per point of the total. */
export interface TimelineLayer {
  readonly label: string;
  readonly color: string;
  readonly values: readonly number[];
}

/** A moment worth a line across the chart: a deploy. */
export interface TimelineMarker {
  readonly ms: number;
  readonly label: string;
  readonly title: string;
}

export interface TimelineView {
  readonly data: TimelineResponse;
  readonly range: ResolvedRange;
  readonly bands?: readonly TimelineBand[];
  readonly hint: string;
  /** A function's own value over time, drawn over the total with the same scale. */
  readonly overlay?: { readonly label: string; readonly data: TimelineResponse };
  /** The total split into layers, drawn stacked instead of the total's area. */
  readonly layers?: readonly TimelineLayer[];
  readonly markers?: readonly TimelineMarker[];
  /** Shown in the head, between the hint and the readout (e.g. what the overlay is). */
  readonly legend?: Node;
}

export interface Timeline {
  readonly element: HTMLElement;
  update(view: TimelineView | undefined, message?: string): void;
}

interface Drawn {
  readonly view: TimelineView;
  readonly box: ChartBox;
  readonly cursor: SVGLineElement;
  readonly brush: SVGRectElement;
  readonly idle: string;
}

export function createTimeline(onBrush: (range: ResolvedRange) => void): Timeline {
  const chart = h('div', {
    class: 'timeline-chart',
    tabindex: 0,
    role: 'group',
    'aria-label': 'Timeline. Left and right arrows move through time, Shift with an arrow selects a range, Enter zooms into it, Escape drops it.',
  });
  const readout = h('span', { class: 'timeline-readout', 'aria-live': 'polite' });
  const hint = h('span', { class: 'timeline-hint' });
  const legend = h('span', { class: 'timeline-legend' });
  const element = h(
    'section',
    { class: 'timeline', 'aria-labelledby': 'timeline-heading' },
    h('h2', { class: 'sr-only', id: 'timeline-heading' }, 'Timeline'),
    h('div', { class: 'timeline-head' }, hint, legend, readout),
    chart,
  );
  let view: TimelineView | undefined;
  let drawn: Drawn | undefined;
  let width = 0;

  const valueAt = (data: TimelineResponse, at: number): number | undefined => data.points.find((p) => at >= p.ts && at < p.ts + data.stepMs)?.value;

  const describe = (at: number): string => {
    if (!drawn) return '';
    const { data, overlay } = drawn.view;
    const total = valueAt(data, at);
    const own = overlay ? valueAt(overlay.data, at) : undefined;
    return [formatDateTime(at), total !== undefined ? `total ${formatValue(total, data.unit)}` : '', own !== undefined && overlay ? `${overlay.label} ${formatValue(own, data.unit)}` : '']
      .filter((part) => part !== '')
      .join(' · ');
  };

  const render = (): void => {
    width = chart.clientWidth;
    if (!view || width === 0) return;
    const { data, range } = view;
    const markers = view.markers?.filter((m) => m.ms >= range.fromMs && m.ms <= range.toMs) ?? [];
    const lane = markers.length > 0 ? MARKER_LANE : 0;
    const height = lane + PLOT_HEIGHT + AXIS;
    const box: ChartBox = { fromMs: range.fromMs, toMs: range.toMs, width, height: PLOT_HEIGHT };
    const max = Math.max(0, ...data.points.map((p) => p.value));
    // Work done is an amount per step; a gauge (heap in use) is a level, whatever the step.
    const perStep = data.gauge ? '' : ` / ${formatDuration(data.stepMs)}`;
    const idle = max > 0 ? `peak ${formatValue(max, data.unit)}${perStep}` : '';
    const root = svg('svg', { width, height, class: 'timeline-svg', role: 'img', 'aria-label': `Timeline, ${idle || 'no data'}` });
    const plot = svg('g', { transform: `translate(0, ${lane})` });
    for (const tick of timeTicks(range.fromMs, range.toMs, Math.max(2, Math.floor(width / TICK_LABEL_PX)))) {
      const x = timeToX(tick, box);
      plot.append(svg('line', { x1: x, x2: x, y1: 0, y2: box.height, class: 'grid' }));
      // Labels at the edges hang inwards instead of being cut off.
      const anchor = x < TICK_LABEL_PX / 2 ? 'start' : x > width - TICK_LABEL_PX / 2 ? 'end' : 'middle';
      const text = svg('text', { x, y: box.height + AXIS - 5, class: 'tick', 'text-anchor': anchor });
      text.textContent = tickLabel(tick);
      plot.append(text);
    }
    for (const band of view.bands ?? []) {
      const x0 = Math.max(0, timeToX(band.range.fromMs, box));
      const x1 = Math.min(width, timeToX(band.range.toMs, box));
      if (x1 <= x0) continue;
      plot.append(svg('rect', { x: x0, y: 0, width: x1 - x0, height: box.height, class: `band ${band.className}` }));
      const label = svg('text', { x: x0 + 4, y: 12, class: `band-label ${band.className}` });
      label.textContent = band.label;
      plot.append(label);
    }
    if (view.layers) {
      const base = data.points.map(() => 0);
      for (const layer of view.layers) {
        const points = data.points.map((p, i) => ({ ts: p.ts, value: layer.values[i] ?? 0 }));
        const path = svg('path', { d: areaPath(points, data.stepMs, max, box, [...base]), class: 'layer', fill: layer.color, 'data-label': layer.label });
        const title = svg('title');
        title.textContent = layer.label;
        path.append(title);
        plot.append(path);
        points.forEach((p, i) => (base[i]! += p.value));
      }
    } else {
      plot.append(svg('path', { d: areaPath(data.points, data.stepMs, max, box), class: 'area' }));
    }
    if (view.overlay) plot.append(svg('path', { d: areaPath(view.overlay.data.points, data.stepMs, max, box), class: 'area own' }));
    plot.append(svg('line', { x1: 0, x2: width, y1: box.height, y2: box.height, class: 'axis' }));
    const cursor = svg('line', { x1: 0, x2: 0, y1: 0, y2: box.height, class: 'cursor', visibility: 'hidden' });
    const brush = svg('rect', { x: 0, y: 0, width: 0, height: box.height, class: 'brush', visibility: 'hidden' });
    plot.append(cursor, brush);
    root.append(plot);
    drawMarkers(root, markers, box, lane);
    replace(chart, root);
    drawn = { view, box, cursor, brush, idle };
    readout.textContent = idle;
  };

  /** A dashed line per marker and its label in the lane above, left out where it would touch the previous one. */
  const drawMarkers = (root: SVGSVGElement, markers: readonly TimelineMarker[], box: ChartBox, lane: number): void => {
    let labelEnd = -Infinity;
    for (const marker of [...markers].sort((a, b) => a.ms - b.ms)) {
      const x = timeToX(marker.ms, box);
      const group = svg('g', { class: 'deploy', 'data-label': marker.label });
      const title = svg('title');
      title.textContent = marker.title;
      group.append(title, svg('line', { x1: x, x2: x, y1: lane - 4, y2: lane + box.height, class: 'deploy-line' }));
      const labelWidth = marker.label.length * MARKER_CHAR_PX;
      const start = Math.min(Math.max(0, x - labelWidth / 2), box.width - labelWidth);
      if (start >= labelEnd + MARKER_GAP_PX) {
        const text = svg('text', { x: start, y: lane - 5, class: 'deploy-label' });
        text.textContent = marker.label;
        group.append(text);
        labelEnd = start + labelWidth;
      }
      root.append(group);
    }
  };

  // The brush: by pointer, or by keyboard from a cursor and an anchor.
  let dragStartX: number | undefined;
  let keyCursorMs: number | undefined;
  let keyAnchorMs: number | undefined;
  const localX = (event: PointerEvent): number => {
    const svgElement = chart.querySelector('svg');
    return event.clientX - (svgElement?.getBoundingClientRect().left ?? 0);
  };
  const clampX = (x: number): number => Math.min(Math.max(x, 0), drawn?.box.width ?? 0);
  const showCursor = (x: number): void => {
    if (!drawn) return;
    drawn.cursor.setAttribute('x1', String(x));
    drawn.cursor.setAttribute('x2', String(x));
    drawn.cursor.setAttribute('visibility', 'visible');
    readout.textContent = describe(xToTime(x, drawn.box));
  };
  const showBrush = (x0: number, x1: number): void => {
    if (!drawn) return;
    drawn.brush.setAttribute('visibility', 'visible');
    drawn.brush.setAttribute('x', String(Math.min(x0, x1)));
    drawn.brush.setAttribute('width', String(Math.abs(x1 - x0)));
  };
  const hideMarks = (): void => {
    drawn?.cursor.setAttribute('visibility', 'hidden');
    drawn?.brush.setAttribute('visibility', 'hidden');
    if (drawn) readout.textContent = drawn.idle;
  };

  chart.addEventListener('pointerdown', (event) => {
    if (!drawn || event.button !== 0) return;
    dragStartX = clampX(localX(event));
    chart.setPointerCapture(event.pointerId);
    showBrush(dragStartX, dragStartX);
  });
  chart.addEventListener('pointermove', (event) => {
    if (!drawn) return;
    const x = clampX(localX(event));
    showCursor(x);
    if (dragStartX !== undefined) showBrush(dragStartX, x);
  });
  chart.addEventListener('pointerleave', () => {
    if (dragStartX === undefined) hideMarks();
  });
  chart.addEventListener('pointerup', (event) => {
    if (!drawn || dragStartX === undefined) return;
    const endX = clampX(localX(event));
    const [from, to] = [Math.min(dragStartX, endX), Math.max(dragStartX, endX)];
    dragStartX = undefined;
    drawn.brush.setAttribute('visibility', 'hidden');
    if (to - from >= MIN_BRUSH_PX) onBrush({ fromMs: xToTime(from, drawn.box), toMs: xToTime(to, drawn.box) });
  });

  chart.addEventListener('keydown', (event) => {
    if (!drawn) return;
    const { box, view: shown } = drawn;
    const stepMs = shown.data.stepMs;
    const key = event.key;
    if (key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home' || key === 'End') {
      event.preventDefault();
      const start = keyCursorMs ?? (key === 'ArrowLeft' ? box.toMs : box.fromMs);
      const moved = key === 'Home' ? box.fromMs : key === 'End' ? box.toMs : start + (key === 'ArrowLeft' ? -stepMs : stepMs);
      if (event.shiftKey) keyAnchorMs ??= start;
      else keyAnchorMs = undefined;
      keyCursorMs = Math.min(Math.max(moved, box.fromMs), box.toMs);
      const x = timeToX(keyCursorMs, box);
      showCursor(x);
      if (keyAnchorMs !== undefined) {
        showBrush(timeToX(keyAnchorMs, box), x);
        readout.textContent = `${formatDateTime(Math.min(keyAnchorMs, keyCursorMs))} → ${formatDateTime(Math.max(keyAnchorMs, keyCursorMs))}: Enter zooms in`;
      } else drawn.brush.setAttribute('visibility', 'hidden');
    } else if (key === 'Enter' && keyAnchorMs !== undefined && keyCursorMs !== undefined && keyAnchorMs !== keyCursorMs) {
      event.preventDefault();
      const range = { fromMs: Math.min(keyAnchorMs, keyCursorMs), toMs: Math.max(keyAnchorMs, keyCursorMs) };
      keyAnchorMs = undefined;
      keyCursorMs = undefined;
      onBrush(range);
    } else if (key === 'Escape' && (keyAnchorMs !== undefined || keyCursorMs !== undefined)) {
      // Handled here: the page's Escape (zoom out of a frame) is for the flamegraph.
      event.preventDefault();
      event.stopPropagation();
      keyAnchorMs = undefined;
      keyCursorMs = undefined;
      hideMarks();
    }
  });
  chart.addEventListener('blur', () => {
    keyAnchorMs = undefined;
    keyCursorMs = undefined;
    hideMarks();
  });

  new ResizeObserver(() => {
    if (chart.clientWidth !== width) render();
  }).observe(chart);

  return {
    element,
    update(next, message) {
      view = next;
      hint.textContent = message ?? next?.hint ?? '';
      replace(legend, next?.legend ?? null);
      element.classList.toggle('is-empty', next === undefined);
      if (!next) {
        drawn = undefined;
        readout.textContent = '';
        replace(chart);
        return;
      }
      render();
    },
  };
}
