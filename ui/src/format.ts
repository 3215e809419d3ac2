// Values as people read them: time in ns/µs/ms/s/min/h, bytes in KB/MB/GB,
// counts grouped. Three significant digits are enough to compare frames.
import type { ValueUnit } from '@flamehouse/proto';
import { clockParts } from './clock.js';

interface Scale {
  readonly limit: number;
  readonly divisor: number;
  readonly suffix: string;
}

const TIME_SCALES: readonly Scale[] = [
  { limit: 1e3, divisor: 1, suffix: 'ns' },
  { limit: 1e6, divisor: 1e3, suffix: 'µs' },
  { limit: 1e9, divisor: 1e6, suffix: 'ms' },
  { limit: 60e9, divisor: 1e9, suffix: 's' },
  { limit: 3600e9, divisor: 60e9, suffix: 'min' },
  { limit: Infinity, divisor: 3600e9, suffix: 'h' },
];

const BYTE_SCALES: readonly Scale[] = [
  { limit: 1024, divisor: 1, suffix: 'B' },
  { limit: 1024 ** 2, divisor: 1024, suffix: 'KB' },
  { limit: 1024 ** 3, divisor: 1024 ** 2, suffix: 'MB' },
  { limit: 1024 ** 4, divisor: 1024 ** 3, suffix: 'GB' },
  { limit: Infinity, divisor: 1024 ** 4, suffix: 'TB' },
];

const COUNT_SCALES: readonly Scale[] = [
  { limit: 1e6, divisor: 1, suffix: '' },
  { limit: 1e9, divisor: 1e6, suffix: 'M' },
  { limit: Infinity, divisor: 1e9, suffix: 'G' },
];

/** Three significant digits, without trailing zeros after the point ("1.2", "12.3", "123"). */
function significant(value: number): string {
  if (value === 0) return '0';
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return String(Number(value.toFixed(digits)));
}

function scaled(magnitude: number, scales: readonly Scale[]): string {
  // Rounding may carry into the next scale (999.7 ms → "1000 ms"): choose the scale after rounding.
  for (const scale of scales) {
    const shown = Number(significant(magnitude / scale.divisor));
    if (shown * scale.divisor < scale.limit) return scale.suffix ? `${shown} ${scale.suffix}` : String(shown);
  }
  const last = scales[scales.length - 1]!;
  return `${significant(magnitude / last.divisor)} ${last.suffix}`;
}

/** A profile value in its unit: `1.2 s`, `340 KB`, `12,345`. */
export function formatValue(value: number, unit: ValueUnit): string {
  const sign = value < 0 ? '−' : '';
  const magnitude = Math.abs(value);
  switch (unit) {
    case 'nanoseconds':
      return sign + scaled(magnitude, TIME_SCALES);
    case 'bytes':
      return sign + scaled(magnitude, BYTE_SCALES);
    case 'count':
      if (magnitude < 1e6) return sign + Math.round(magnitude).toLocaleString('en-US');
      return sign + scaled(magnitude, COUNT_SCALES);
  }
}

/** A signed change in a unit, for growth rates and diffs: `+5.7 MB`. */
export function formatSignedValue(value: number, unit: ValueUnit): string {
  return value > 0 ? `+${formatValue(value, unit)}` : formatValue(value, unit);
}

/** A fraction as a percentage: `40.0 %`, `<0.01 %` for tiny non-zero shares. */
export function formatShare(fraction: number): string {
  if (!Number.isFinite(fraction)) return '–';
  const percent = fraction * 100;
  if (percent !== 0 && Math.abs(percent) < 0.01) return percent > 0 ? '<0.01 %' : '>−0.01 %';
  const digits = Math.abs(percent) >= 10 ? 1 : 2;
  return `${percent < 0 ? '−' : ''}${Math.abs(percent).toFixed(digits)} %`;
}

/** A change of share in percentage points: `+12.5 pp`. */
export function formatShareDelta(delta: number): string {
  const points = delta * 100;
  if (Math.abs(points) < 0.005) return '±0 pp';
  const digits = Math.abs(points) >= 10 ? 1 : 2;
  return `${points > 0 ? '+' : '−'}${Math.abs(points).toFixed(digits)} pp`;
}

/** A relative change: `+100 %`, `−50 %`, `new`, `gone`. */
export function formatRelative(relative: number): string {
  if (relative === Infinity) return 'new';
  if (relative === -1) return 'gone';
  if (!Number.isFinite(relative)) return '–';
  const percent = Math.round(relative * 100);
  return `${percent > 0 ? '+' : percent < 0 ? '−' : '±'}${Math.abs(percent)} %`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `2024-05-01 14:03:09` in the shown time zone (24 h, ISO order); the date is dropped when `withDate` is false, the seconds when `withSeconds` is. */
export function formatDateTime(ms: number, withDate = true, withSeconds = true): string {
  const c = clockParts(ms);
  const time = `${pad(c.hours)}:${pad(c.minutes)}${withSeconds ? `:${pad(c.seconds)}` : ''}`;
  return withDate ? `${c.year}-${pad(c.month)}-${pad(c.day)} ${time}` : time;
}

/** True when both times fall on the same calendar day in the shown zone. */
export function sameDay(aMs: number, bMs: number): boolean {
  const a = clockParts(aMs);
  const b = clockParts(bMs);
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** A span of time in words: `15 min`, `6 h`, `2 d 3 h`. */
export function formatDuration(ms: number): string {
  if (ms < 59_500) return `${Math.round(ms / 1000)} s`;
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 48 * 60) {
    const rest = minutes % 60;
    return rest === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${rest} min`;
  }
  const hours = Math.round(minutes / 60);
  const days = Math.floor(hours / 24);
  const rest = hours - days * 24;
  return rest === 0 ? `${days} d` : `${days} d ${rest} h`;
}

/** `2024-05-01 14:00:00 → 15:00:00 (1 h)`: the second date only when it differs. */
export function formatRange(fromMs: number, toMs: number): string {
  return `${formatDateTime(fromMs)} → ${formatDateTime(toMs, !sameDay(fromMs, toMs))} (${formatDuration(toMs - fromMs)})`;
}
