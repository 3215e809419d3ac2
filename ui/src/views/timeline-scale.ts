// Pure geometry of the timeline chart: ticks, the area path, pixel ↔ time.

const TICK_STEPS_MS = [
  60_000, 5 * 60_000, 10 * 60_000, 15 * 60_000, 30 * 60_000, 3600_000, 2 * 3600_000, 3 * 3600_000, 6 * 3600_000, 12 * 3600_000, 86400_000, 2 * 86400_000,
];

/** Round times inside the range, at most `maxTicks` of them. */
export function timeTicks(fromMs: number, toMs: number, maxTicks: number): number[] {
  const span = toMs - fromMs;
  if (span <= 0 || maxTicks < 1) return [];
  const step = TICK_STEPS_MS.find((s) => span / s <= maxTicks) ?? Math.ceil(span / maxTicks / 86400_000) * 86400_000;
  // Align to the local clock so ticks fall on :00, :15…
  const offset = new Date(fromMs).getTimezoneOffset() * 60_000;
  const ticks: number[] = [];
  for (let t = Math.ceil((fromMs - offset) / step) * step + offset; t <= toMs; t += step) ticks.push(t);
  return ticks;
}

export function tickLabel(ms: number, spanMs: number): string {
  const d = new Date(ms);
  const hm = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  return spanMs > 36 * 3600_000 ? `${d.getMonth() + 1}/${d.getDate()} ${hm}` : hm;
}

export interface ChartBox {
  readonly fromMs: number;
  readonly toMs: number;
  readonly width: number;
  readonly height: number;
}

export function timeToX(ms: number, box: ChartBox): number {
  return ((ms - box.fromMs) / (box.toMs - box.fromMs)) * box.width;
}

export function xToTime(x: number, box: ChartBox): number {
  const clamped = Math.min(Math.max(x, 0), box.width);
  return Math.round(box.fromMs + (clamped / box.width) * (box.toMs - box.fromMs));
}

/**
 * A step chart of the points as an SVG path closed along the bottom; each
 * point covers [ts, ts + stepMs).
 */
export function areaPath(points: readonly { ts: number; value: number }[], stepMs: number, maxValue: number, box: ChartBox): string {
  if (points.length === 0 || maxValue <= 0) return '';
  const y = (value: number): number => box.height - (value / maxValue) * box.height;
  const parts: string[] = [];
  const first = Math.max(0, timeToX(points[0]!.ts, box));
  parts.push(`M${first.toFixed(1)},${box.height}`);
  for (const point of points) {
    const x0 = Math.max(0, timeToX(point.ts, box));
    const x1 = Math.min(box.width, timeToX(point.ts + stepMs, box));
    if (x1 <= 0 || x0 >= box.width) continue;
    const yv = y(point.value).toFixed(1);
    parts.push(`L${x0.toFixed(1)},${yv}L${x1.toFixed(1)},${yv}`);
  }
  const last = Math.min(box.width, timeToX(points[points.length - 1]!.ts + stepMs, box));
  parts.push(`L${last.toFixed(1)},${box.height}Z`);
  return parts.join('');
}
