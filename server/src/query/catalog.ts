import { isProfileType, type ServicesResponse } from '@flamehouse/proto';
import { queryRows, type QueryContext } from './context.js';
import type { Params } from './sql.js';

const MAX_LABEL_VALUES = 1000;

/** Services with their profile types and the time span of their data. */
export async function services(ctx: QueryContext): Promise<ServicesResponse> {
  const rows = await queryRows<[string, string[], number | string, number | string]>(
    ctx,
    `SELECT service, groupUniqArray(type), toUnixTimestamp(min(ts)), toUnixTimestamp(max(ts))
     FROM ${ctx.storage.tables.profiles} GROUP BY service ORDER BY service`,
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

export async function labelKeys(ctx: QueryContext, service: string): Promise<string[]> {
  const params: Params = { service };
  const rows = await queryRows<[string]>(
    ctx,
    `SELECT DISTINCT arrayJoin(mapKeys(labels)) AS key FROM ${ctx.storage.tables.series}
     WHERE service = {service:String} ORDER BY key`,
    params,
  );
  return rows.map(([key]) => key);
}

export async function labelValues(ctx: QueryContext, service: string, key: string): Promise<string[]> {
  const params: Params = { service, key };
  const rows = await queryRows<[string]>(
    ctx,
    `SELECT DISTINCT labels[{key:String}] AS value FROM ${ctx.storage.tables.series}
     WHERE service = {service:String} AND mapContains(labels, {key:String}) ORDER BY value LIMIT ${MAX_LABEL_VALUES}`,
    params,
  );
  return rows.map(([value]) => value);
}
