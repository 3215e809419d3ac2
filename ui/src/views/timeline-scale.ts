// Pure geometry of the timeline chart: ticks, the area path, pixel ↔ time.
import { clockParts, zoneOffsetMs } from '../clock.js';

const DAY_MS = 86400_000;
const TICK_STEPS_MS = [
  60_000, 5 * 60_000, 10 * 60_000, 15 * 60_000, 30 * 60_000, 3600_000, 2 * 3600_000, 3 * 3600_000, 6 * 3600_000, 12 * 3600_000, DAY_MS, 2 * DAY_MS,
];

/** Room a tick label takes: five characters (`14:05`, `11-24`) of the 11 px axis font, and air between labels. */
export const TICK_LABEL_PX = 5 * 7 + 30;

/** Round times inside the range, at most `maxTicks` of them, on whole minutes, hours or days of the shown zone. */
export function timeTicks(fromMs: number, toMs: number, maxTicks: number): number[] {
  const span = toMs - fromMs;
  if (span <= 0 || maxTicks < 1) return [];
  const step = TICK_STEPS_MS.find((s) => span / s <= maxTicks) ?? Math.ceil(span / maxTicks / DAY_MS) * DAY_MS;
  // Aligned in the shown zone, so ticks fall on :00, :15… and days on midnight.
  const offset = zoneOffsetMs(fromMs);
  const ticks: number[] = [];
  for (let t = Math.ceil((fromMs + offset) / step) * step - offset; t <= toMs; t += step) ticks.push(t);
  return ticks;
}

/** `HH:MM`, or the date (`MM-DD`) where a day starts: never more than five characters, so labels keep their room. */
export function tickLabel(ms: number): string {
  const c = clockParts(ms);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return c.hours === 0 && c.minutes === 0 ? `${pad(c.month)}-${pad(c.day)}` : `${pad(c.hours)}:${pad(c.minutes)}`;
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
 * A step chart of the points as an SVG path; each point covers
 * [ts, ts + stepMs). Closed along the bottom, or, with `base` (one value per
 * point), along the step line of those values: a layer of a stacked chart.
 */
export function areaPath(points: readonly { ts: number; value: number }[], stepMs: number, maxValue: number, box: ChartBox, base?: readonly number[]): string {
  if (points.length === 0 || maxValue <= 0) return '';
  const y = (value: number): string => (box.height - (value / maxValue) * box.height).toFixed(1);
  const steps: { x0: string; x1: string; i: number }[] = [];
  points.forEach((point, i) => {
    const x0 = Math.max(0, timeToX(point.ts, box));
    const x1 = Math.min(box.width, timeToX(point.ts + stepMs, box));
    if (x1 > 0 && x0 < box.width) steps.push({ x0: x0.toFixed(1), x1: x1.toFixed(1), i });
  });
  const first = Math.max(0, timeToX(points[0]!.ts, box)).toFixed(1);
  const last = Math.min(box.width, timeToX(points[points.length - 1]!.ts + stepMs, box)).toFixed(1);
  const top = steps.map(({ x0, x1, i }) => `L${x0},${y((base?.[i] ?? 0) + points[i]!.value)}L${x1},${y((base?.[i] ?? 0) + points[i]!.value)}`);
  if (!base) return `M${first},${box.height}${top.join('')}L${last},${box.height}Z`;
  const bottom = steps.reverse().map(({ x0, x1, i }) => `L${x1},${y(base[i] ?? 0)}L${x0},${y(base[i] ?? 0)}`);
  return `M${first},${y(base[0] ?? 0)}${top.join('')}${bottom.join('')}Z`;
}
