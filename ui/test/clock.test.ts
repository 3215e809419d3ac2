import { afterEach, describe, expect, it } from 'vitest';
import { parseClock, setTimeZoneMode, zoneLabel } from '../src/clock.js';
import { formatDateTime, formatRange } from '../src/format.js';
import { tickLabel, timeTicks } from '../src/views/timeline-scale.js';

afterEach(() => setTimeZoneMode('local'));

describe('times in one zone, one format', () => {
  it('writes and reads 24 h ISO-ordered times in UTC', () => {
    setTimeZoneMode('utc');
    const ms = Date.UTC(2026, 10, 24, 0, 5, 9);
    expect(formatDateTime(ms)).toBe('2026-11-24 00:05:09');
    expect(formatDateTime(ms, true, false)).toBe('2026-11-24 00:05');
    expect(formatRange(ms, ms + 90 * 60_000)).toBe('2026-11-24 00:05:09 → 01:35:09 (1 h 30 min)');
    expect(formatRange(ms - 3600_000, ms)).toBe('2026-11-23 23:05:09 → 2026-11-24 00:05:09 (1 h)');
    expect(zoneLabel(ms)).toBe('UTC');
    expect(parseClock('2026-11-24 00:05')).toBe(Date.UTC(2026, 10, 24, 0, 5));
    expect(parseClock('2026-11-24T13:45:30')).toBe(Date.UTC(2026, 10, 24, 13, 45, 30));
    for (const bad of ['11/24/2026 1:00 PM', '2026-11-24 24:00', '2026-02-31 10:00', '2026-11-24', '']) expect(parseClock(bad), bad).toBeUndefined();
  });

  it('names the local zone by its offset', () => {
    setTimeZoneMode('local');
    const ms = Date.UTC(2026, 0, 1);
    const offsetMin = -new Date(ms).getTimezoneOffset();
    const sign = offsetMin < 0 ? '−' : '+';
    const abs = Math.abs(offsetMin);
    expect(zoneLabel(ms)).toBe(`UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`);
    expect(parseClock('2026-01-01 00:00')).toBe(new Date(2026, 0, 1).getTime());
  });

  it('puts ticks on round times of the shown zone, labelled in five characters', () => {
    setTimeZoneMode('utc');
    const from = Date.UTC(2026, 10, 23, 10, 7);
    const ticks = timeTicks(from, from + 3 * 86400_000, 8);
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(ticks.map(tickLabel)).toEqual(['12:00', '11-24', '12:00', '11-25', '12:00', '11-26']);
    expect(tickLabel(Date.UTC(2026, 10, 23, 9, 30))).toBe('09:30');
  });
});
