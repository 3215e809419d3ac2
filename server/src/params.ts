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

/** Unix milliseconds or ISO 8601, within what storage can hold: a time outside it could never match anything. */
export function parseTime(name: string, raw: string): number {
  const parsed = /^\d+$/.test(raw) ? Number(raw) : Date.parse(raw);
  const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  if (Number.isNaN(parsed)) {
    throw new FlamehouseError('FH_ERR_QUERY_BAD_PARAM', `${name}=${shown}: expected unix milliseconds or an ISO 8601 time`);
  }
  if (parsed < 0 || parsed > MAX_STORABLE_MS) {
    throw new FlamehouseError('FH_ERR_QUERY_BAD_PARAM', `${name}=${shown}: outside the times storage holds (1970-01-01 to 2106-02-07)`);
  }
  return parsed;
}
