import { FlamehouseError } from './errors.js';

/** Query-string parameters as fastify parses them: a repeated name gives a list. */
export type QueryParams = Record<string, string | string[] | undefined>;

/** The last value of a parameter given more than once. */
export function lastOf(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[value.length - 1] : value;
}

export function listOf(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The last second ClickHouse's DateTime holds (2106-02-07T06:28:15Z); storage keeps nothing before 1970. */
export const MAX_STORABLE_MS = (2 ** 32 - 1) * 1000;

// Relative times as Grafana and Pyroscope write them: `now`, `now-1h`,
// `now-1h30m`, `now+5m` (`m` and `min` are minutes, `M` and `mon` months).
// Months and years are 30 and 365 days.
const UNITS = 'ms|min|mon|s|m|h|d|w|M|y';
const RELATIVE = new RegExp(`^now(?:([+-])((?:\\d+(?:${UNITS}))+))?$`);
const UNIT_MS: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  min: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
  M: 30 * 86_400_000,
  mon: 30 * 86_400_000,
  y: 365 * 86_400_000,
};

function relativeMs(raw: string, nowMs: number): number | undefined {
  const match = RELATIVE.exec(raw);
  if (!match) return undefined;
  const [, sign, offset = ''] = match;
  let ms = 0;
  for (const [, amount, unit] of offset.matchAll(new RegExp(`(\\d+)(${UNITS})`, 'g'))) ms += Number(amount) * UNIT_MS[unit!]!;
  return sign === '-' ? nowMs - ms : nowMs + ms;
}

/**
 * Digits by their count: 10 are unix seconds (as milliseconds they would be
 * early 1970), 16 microseconds and 19 nanoseconds (as milliseconds, past
 * 2106); any other count is milliseconds, as the API has always read them.
 */
function unixMs(digits: string): number {
  switch (digits.length) {
    case 10:
      return Number(digits) * 1000;
    case 16:
      return Math.floor(Number(digits) / 1000);
    case 19:
      return Number(BigInt(digits) / 1_000_000n);
    default:
      return Number(digits);
  }
}

/**
 * Unix milliseconds (or seconds: 10 digits), ISO 8601, or relative to now
 * (`now-1h`), within what storage can hold: a time outside it could never match anything.
 */
export function parseTime(name: string, raw: string, nowMs = Date.now()): number {
  const parsed = /^\d+$/.test(raw) ? unixMs(raw) : (relativeMs(raw, nowMs) ?? Date.parse(raw));
  const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  if (Number.isNaN(parsed)) {
    throw new FlamehouseError(
      'FH_ERR_QUERY_BAD_PARAM',
      `${name}=${shown}: expected unix milliseconds or seconds, an ISO 8601 time, or a time relative to now such as now-1h`,
    );
  }
  if (parsed < 0 || parsed > MAX_STORABLE_MS) {
    throw new FlamehouseError('FH_ERR_QUERY_BAD_PARAM', `${name}=${shown}: outside the times storage holds (1970-01-01 to 2106-02-07)`);
  }
  return parsed;
}
