// A small inline trend line for a series of values.
import { svg } from '../dom.js';

/** SVG polyline points scaled into width × height, the minimum at the bottom. */
export function sparklinePoints(values: readonly number[], width: number, height: number, pad = 2): string {
  if (values.length === 0) return '';
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const step = values.length > 1 ? (width - pad * 2) / (values.length - 1) : 0;
  return values
    .map((v, i) => {
      const x = pad + i * step;
      const y = height - pad - ((v - min) / span) * (height - pad * 2);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

export function sparkline(values: readonly number[], label: string, width = 120, height = 28): SVGSVGElement {
  const root = svg('svg', { width, height, class: 'sparkline', role: 'img', 'aria-label': label, viewBox: `0 0 ${width} ${height}` });
  const points = sparklinePoints(values, width, height);
  const area = svg('polygon', { points: `2,${height - 2} ${points} ${width - 2},${height - 2}`, class: 'sparkline-area' });
  const line = svg('polyline', { points, class: 'sparkline-line' });
  root.append(area, line);
  return root;
}
