// The timeline above the flamegraph: the selection's value over time, with a
// brush. Dragging picks a range; in a time diff, shaded bands show the two
// sides.
import type { TimelineResponse } from '@flamehouse/proto';
import { h, replace, svg } from '../dom.js';
import { formatDateTime, formatValue } from '../format.js';
import type { ResolvedRange } from '../state/time-range.js';
import { areaPath, tickLabel, timeTicks, timeToX, xToTime, type ChartBox } from './timeline-scale.js';

const HEIGHT = 84;
const AXIS = 18;
const MIN_BRUSH_PX = 4;

export interface TimelineBand {
  readonly range: ResolvedRange;
  readonly className: string;
  readonly label: string;
}

export interface TimelineView {
  readonly data: TimelineResponse;
  readonly range: ResolvedRange;
  readonly bands?: readonly TimelineBand[];
  readonly hint: string;
}

export interface Timeline {
  readonly element: HTMLElement;
  update(view: TimelineView | undefined, message?: string): void;
}

export function createTimeline(onBrush: (range: ResolvedRange) => void): Timeline {
  const chart = h('div', { class: 'timeline-chart' });
  const readout = h('span', { class: 'timeline-readout' });
  const hint = h('span', { class: 'timeline-hint' });
  const element = h('section', { class: 'timeline', 'aria-label': 'Timeline' }, h('div', { class: 'timeline-head' }, hint, readout), chart);
  let view: TimelineView | undefined;
  let width = 0;

  const render = (): void => {
    width = chart.clientWidth;
    if (!view || width === 0) return;
    const { data, range } = view;
    const box: ChartBox = { fromMs: range.fromMs, toMs: range.toMs, width, height: HEIGHT - AXIS };
    const max = Math.max(0, ...data.points.map((p) => p.value));
    // Work done is an amount per step; a gauge (heap in use) is a level, whatever the step.
    const perStep = data.gauge ? '' : ` / ${data.stepMs >= 60_000 ? `${data.stepMs / 60_000} min` : `${data.stepMs / 1000} s`}`;
    const root = svg('svg', { width, height: HEIGHT, class: 'timeline-svg', role: 'img', 'aria-label': `Timeline, peak ${formatValue(max, data.unit)}${perStep}` });
    for (const tick of timeTicks(range.fromMs, range.toMs, Math.max(2, Math.floor(width / 90)))) {
      const x = timeToX(tick, box);
      root.append(svg('line', { x1: x, x2: x, y1: 0, y2: box.height, class: 'grid' }));
      // Labels at the edges hang inwards instead of being cut off.
      const anchor = x < 24 ? 'start' : x > width - 24 ? 'end' : 'middle';
      const text = svg('text', { x, y: HEIGHT - 5, class: 'tick', 'text-anchor': anchor });
      text.textContent = tickLabel(tick, range.toMs - range.fromMs);
      root.append(text);
    }
    for (const band of view.bands ?? []) {
      const x0 = Math.max(0, timeToX(band.range.fromMs, box));
      const x1 = Math.min(width, timeToX(band.range.toMs, box));
      if (x1 <= x0) continue;
      root.append(svg('rect', { x: x0, y: 0, width: x1 - x0, height: box.height, class: `band ${band.className}` }));
      const label = svg('text', { x: x0 + 4, y: 12, class: `band-label ${band.className}` });
      label.textContent = band.label;
      root.append(label);
    }
    root.append(svg('path', { d: areaPath(data.points, data.stepMs, max, box), class: 'area' }));
    root.append(svg('line', { x1: 0, x2: width, y1: box.height, y2: box.height, class: 'axis' }));
    if (max > 0) {
      const peak = svg('text', { x: width - 4, y: 12, class: 'peak', 'text-anchor': 'end' });
      peak.textContent = `${formatValue(max, data.unit)}${perStep}`;
      root.append(peak);
    }
    const cursor = svg('line', { x1: 0, x2: 0, y1: 0, y2: box.height, class: 'cursor', visibility: 'hidden' });
    const brush = svg('rect', { x: 0, y: 0, width: 0, height: box.height, class: 'brush', visibility: 'hidden' });
    const overlay = svg('rect', { x: 0, y: 0, width, height: HEIGHT, class: 'overlay' });
    root.append(cursor, brush, overlay);
    attachBrush(overlay, brush, cursor, box, data);
    replace(chart, root);
  };

  const attachBrush = (overlay: SVGRectElement, brush: SVGRectElement, cursor: SVGLineElement, box: ChartBox, data: TimelineResponse): void => {
    let startX: number | undefined;
    const localX = (event: PointerEvent): number => event.clientX - overlay.getBoundingClientRect().left;
    overlay.addEventListener('pointerdown', (event) => {
      startX = localX(event);
      overlay.setPointerCapture(event.pointerId);
      brush.setAttribute('visibility', 'visible');
      brush.setAttribute('x', String(startX));
      brush.setAttribute('width', '0');
    });
    overlay.addEventListener('pointermove', (event) => {
      const x = Math.min(Math.max(localX(event), 0), box.width);
      cursor.setAttribute('x1', String(x));
      cursor.setAttribute('x2', String(x));
      cursor.setAttribute('visibility', 'visible');
      const at = xToTime(x, box);
      const point = data.points.find((p) => at >= p.ts && at < p.ts + data.stepMs);
      readout.textContent = `${formatDateTime(at)}${point ? ` · ${formatValue(point.value, data.unit)}` : ''}`;
      if (startX === undefined) return;
      brush.setAttribute('x', String(Math.min(startX, x)));
      brush.setAttribute('width', String(Math.abs(x - startX)));
    });
    overlay.addEventListener('pointerleave', () => {
      cursor.setAttribute('visibility', 'hidden');
      readout.textContent = '';
    });
    overlay.addEventListener('pointerup', (event) => {
      if (startX === undefined) return;
      const endX = Math.min(Math.max(localX(event), 0), box.width);
      const from = Math.min(startX, endX);
      const to = Math.max(startX, endX);
      startX = undefined;
      brush.setAttribute('visibility', 'hidden');
      if (to - from >= MIN_BRUSH_PX) onBrush({ fromMs: xToTime(from, box), toMs: xToTime(to, box) });
    });
  };

  new ResizeObserver(() => {
    if (chart.clientWidth !== width) render();
  }).observe(chart);

  return {
    element,
    update(next, message) {
      view = next;
      hint.textContent = message ?? next?.hint ?? '';
      element.classList.toggle('is-empty', next === undefined);
      if (!next) {
        replace(chart);
        return;
      }
      render();
    },
  };
}
