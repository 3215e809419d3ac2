// The time zone the page shows times in: the browser's, or UTC. Every date
// on the page, and every date typed into it, goes through here, so one
// switch changes them all.

export type TimeZoneMode = 'local' | 'utc';

let mode: TimeZoneMode = 'local';

export function setTimeZoneMode(next: TimeZoneMode): void {
  mode = next;
}

export function timeZoneMode(): TimeZoneMode {
  return mode;
}

export interface ClockParts {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

/** Calendar fields of a time in the shown zone. */
export function clockParts(ms: number): ClockParts {
  const d = new Date(ms);
  return mode === 'utc'
    ? { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hours: d.getUTCHours(), minutes: d.getUTCMinutes(), seconds: d.getUTCSeconds() }
    : { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), hours: d.getHours(), minutes: d.getMinutes(), seconds: d.getSeconds() };
}

/** How far the shown zone is ahead of UTC at `ms` (daylight saving moves it). */
export function zoneOffsetMs(ms: number): number {
  return mode === 'utc' ? 0 : -new Date(ms).getTimezoneOffset() * 60_000;
}

/** `UTC`, or the local zone as its offset: `UTC+01:00`, `UTC−05:30`. */
export function zoneLabel(ms: number): string {
  const offsetMin = Math.round(zoneOffsetMs(ms) / 60_000);
  if (mode === 'utc') return 'UTC';
  const sign = offsetMin < 0 ? '−' : '+';
  const abs = Math.abs(offsetMin);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const TYPED = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*$/;

/** `2026-11-30 14:05[:09]` in the shown zone, as unix ms; undefined when it is not such a time. */
export function parseClock(text: string): number | undefined {
  const match = TYPED.exec(text);
  if (!match) return undefined;
  const [year, month, day, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const ms = mode === 'utc' ? Date.UTC(year, month - 1, day, hours, minutes, seconds) : new Date(year, month - 1, day, hours, minutes, seconds).getTime();
  // 2026-02-31 rolls over into March: not a date the user meant.
  return clockParts(ms).day === day ? ms : undefined;
}
