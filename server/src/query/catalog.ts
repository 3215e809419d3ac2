import { isProfileType, matchesValue, type LabelValuesResponse, type ServicesResponse } from '@flamehouse/proto';
import { queryRows, type QueryContext } from './context.js';
import type { CatalogSelection } from './selection.js';
import { seriesWithData, type SeriesEntry } from './series-catalog.js';

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
