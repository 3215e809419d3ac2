import { isProfileType, matchesValue, type LabelValuesResponse, type ProfileType, type ServicesResponse } from '@flamehouse/proto';
import { queryRows, type QueryContext } from './context.js';
import type { CatalogSelection } from './selection.js';
import type { Params } from './sql.js';
import { boundsClauses, seriesWithData, type SeriesEntry, type TimeBounds } from './series-catalog.js';

export type { TimeBounds };

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

/** Services with profiles of some of `types` in the bounds. */
export async function servicesWithData(ctx: QueryContext, types: readonly ProfileType[], bounds: TimeBounds): Promise<string[]> {
  const params: Params = { types: [...types] };
  const clauses = ['type IN {types:Array(String)}', ...boundsClauses(bounds, params)];
  const rows = await queryRows<[string]>(ctx, `SELECT DISTINCT service FROM ${ctx.tables.profiles} WHERE ${clauses.join(' AND ')} ORDER BY service`, params);
  return rows.map(([service]) => service);
}

/** Profile types of any service with profiles in the bounds. */
export async function typesWithData(ctx: QueryContext, bounds: TimeBounds): Promise<ProfileType[]> {
  const params: Params = {};
  const clauses = boundsClauses(bounds, params);
  const rows = await queryRows<[string]>(
    ctx,
    `SELECT DISTINCT type FROM ${ctx.tables.profiles} ${clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : ''} ORDER BY type`,
    params,
  );
  return rows.map(([type]) => type).filter(isProfileType);
}

/** Whether anything was ever stored, and the times of the oldest and newest profiles (unix ms). */
export async function storedSpan(ctx: QueryContext): Promise<{ profiles: number; oldestMs: number; newestMs: number }> {
  const [row] = await queryRows<[number | string, number | string, number | string]>(
    ctx,
    `SELECT count(), toUnixTimestamp(min(ts)), toUnixTimestamp(max(ts)) FROM ${ctx.tables.profiles}`,
    {},
  );
  return { profiles: Number(row?.[0] ?? 0), oldestMs: Number(row?.[1] ?? 0) * 1000, newestMs: Number(row?.[2] ?? 0) * 1000 };
}

/** The label sets of a catalog selection with data in the bounds, per-sample labels included. */
async function selectedSeries(ctx: QueryContext, selection: CatalogSelection, bounds: TimeBounds): Promise<SeriesEntry[]> {
  const entries = await seriesWithData(ctx, {
    services: [selection.service],
    ...(selection.types !== undefined && { types: selection.types }),
    ...bounds,
  });
  return entries.filter((entry) => selection.filters.every((m) => matchesValue(m, entry.labels[m.key])));
}

/** Label keys of a service's label sets that have data in the bounds. */
export async function labelKeys(ctx: QueryContext, selection: CatalogSelection, bounds: TimeBounds = {}): Promise<string[]> {
  const keys = new Set<string>();
  for (const entry of await selectedSeries(ctx, selection, bounds)) for (const key of Object.keys(entry.labels)) keys.add(key);
  return [...keys].sort();
}

/** Values of one label with when each was first and last seen: deploys in the order they ran. */
export async function labelValues(
  ctx: QueryContext,
  selection: CatalogSelection,
  key: string,
  bounds: TimeBounds = {},
): Promise<LabelValuesResponse> {
  const byValue = new Map<string, { value: string; firstSeenMs: number; lastSeenMs: number }>();
  for (const entry of await selectedSeries(ctx, selection, bounds)) {
    const value = entry.labels[key];
    if (value === undefined) continue;
    const seen = byValue.get(value);
    if (seen) {
      seen.firstSeenMs = Math.min(seen.firstSeenMs, entry.firstMs);
      seen.lastSeenMs = Math.max(seen.lastSeenMs, entry.lastMs);
    } else byValue.set(value, { value, firstSeenMs: entry.firstMs, lastSeenMs: entry.lastMs });
  }
  const seen = [...byValue.values()].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)).slice(0, MAX_LABEL_VALUES);
  return { values: seen.map((s) => s.value), seen };
}
