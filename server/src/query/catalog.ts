import { isProfileType, type LabelValuesResponse, type ServicesResponse } from '@flamehouse/proto';
import { queryRows, type QueryContext } from './context.js';
import type { Params } from './sql.js';

const MAX_LABEL_VALUES = 1000;

/** Services with their profile types and the time span of their data. */
export async function services(ctx: QueryContext): Promise<ServicesResponse> {
  const rows = await queryRows<[string, string[], number | string, number | string]>(
    ctx,
    `SELECT service, groupUniqArray(type), toUnixTimestamp(min(ts)), toUnixTimestamp(max(ts))
     FROM ${ctx.tables.profiles} GROUP BY service ORDER BY service`,
    {},
  );
  return {
    services: rows.map(([name, types, first, last]) => ({
      name,
      types: types.filter(isProfileType).sort(),
      firstSeenMs: Number(first) * 1000,
      lastSeenMs: Number(last) * 1000,
    })),
  };
}

/** Optional time bounds on catalog lookups; without them, everything stored. */
export interface TimeBounds {
  readonly fromMs?: number;
  readonly toMs?: number;
}

function timeClause(bounds: TimeBounds, params: Params, column = 'ts'): string {
  const clauses: string[] = [];
  if (bounds.fromMs !== undefined) {
    params.fromS = Math.floor(bounds.fromMs / 1000);
    clauses.push(`${column} >= toDateTime({fromS:UInt32})`);
  }
  if (bounds.toMs !== undefined) {
    params.toS = Math.ceil(bounds.toMs / 1000);
    clauses.push(`${column} < toDateTime({toS:UInt32})`);
  }
  return clauses.map((c) => ` AND ${c}`).join('');
}

/** Label keys of a service's series that have profiles in the bounds. */
export async function labelKeys(ctx: QueryContext, service: string, bounds: TimeBounds = {}): Promise<string[]> {
  const params: Params = { service };
  const rows = await queryRows<[string]>(
    ctx,
    `SELECT DISTINCT arrayJoin(mapKeys(labels)) AS key FROM ${ctx.tables.series}
     WHERE service = {service:String} AND series_id IN (
       SELECT series_id FROM ${ctx.tables.profiles} WHERE service = {service:String}${timeClause(bounds, params)})
     ORDER BY key`,
    params,
  );
  return rows.map(([key]) => key);
}

/** Values of one label with when each was first and last seen: deploys in the order they ran. */
export async function labelValues(ctx: QueryContext, service: string, key: string, bounds: TimeBounds = {}): Promise<LabelValuesResponse> {
  const params: Params = { service, key };
  const rows = await queryRows<[string, number | string, number | string]>(
    ctx,
    `SELECT s.value, toUnixTimestamp(min(p.ts)), toUnixTimestamp(max(p.ts))
     FROM ${ctx.tables.profiles} AS p
     INNER JOIN (SELECT series_id, any(labels[{key:String}]) AS value FROM ${ctx.tables.series}
                 WHERE service = {service:String} AND mapContains(labels, {key:String}) GROUP BY series_id) AS s
       ON p.series_id = s.series_id
     WHERE p.service = {service:String}${timeClause(bounds, params, 'p.ts')}
     GROUP BY s.value ORDER BY s.value LIMIT ${MAX_LABEL_VALUES}`,
    params,
  );
  const seen = rows.map(([value, first, last]) => ({ value, firstSeenMs: Number(first) * 1000, lastSeenMs: Number(last) * 1000 }));
  return { values: seen.map((s) => s.value), seen };
}
