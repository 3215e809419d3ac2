import { isProfileType, PROFILE_TYPES, type ProfileType } from '@flamehouse/proto';
import { TYPE_STORAGE } from '../storage/sample-kinds.js';
import { queryRows, type QueryContext } from './context.js';
import type { Params } from './sql.js';

// Which label sets have data, for label pickers and Grafana's label browser.
//
// A `profiles` row points at its upload's label set, but samples may carry
// more labels of their own (Pyroscope's `wrapWithLabels`, a pprof sample's
// string labels): those samples point at label sets that no profile row
// names. Those are found through the samples themselves, only when such label
// sets exist: the profiles table is small, the samples table is not.

/** Optional time bounds on catalog lookups; without them, everything stored. */
export interface TimeBounds {
  readonly fromMs?: number;
  readonly toMs?: number;
}

export interface CatalogScope extends TimeBounds {
  /** Undefined: every service. */
  readonly services?: readonly string[];
  /** Undefined: every type. */
  readonly types?: readonly ProfileType[];
}

/** One label set of a service with data of one type, and when that data was first and last seen. */
export interface SeriesEntry {
  readonly service: string;
  readonly type: ProfileType;
  readonly labels: Readonly<Record<string, string>>;
  readonly firstMs: number;
  readonly lastMs: number;
}

// The writer sends a label set again at most once a (UTC) day per process,
// which refreshes its last_seen, and a profile may be dated up to a day ahead
// of its arrival: a label set with samples at t was last seen after t − 2 days.
const LAST_SEEN_SLACK_S = 2 * 86_400;

function scopeClauses(scope: CatalogScope, params: Params, withTypes = true): string[] {
  const clauses: string[] = [];
  if (scope.services !== undefined) {
    params.services = [...scope.services];
    clauses.push('service IN {services:Array(String)}');
  }
  if (withTypes && scope.types !== undefined) {
    params.types = [...scope.types];
    clauses.push('type IN {types:Array(String)}');
  }
  return [...clauses, ...boundsClauses(scope, params)];
}

export function boundsClauses(bounds: TimeBounds, params: Params): string[] {
  const clauses: string[] = [];
  if (bounds.fromMs !== undefined) {
    params.fromS = Math.floor(bounds.fromMs / 1000);
    clauses.push('ts >= toDateTime({fromS:UInt32})');
  }
  if (bounds.toMs !== undefined) {
    params.toS = Math.ceil(bounds.toMs / 1000);
    clauses.push('ts < toDateTime({toS:UInt32})');
  }
  return clauses;
}

const where = (clauses: readonly string[]): string => (clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '');

export async function seriesWithData(ctx: QueryContext, scope: CatalogScope): Promise<SeriesEntry[]> {
  const { profiles, sampleSets, series } = ctx.tables;
  const params: Params = {};
  const inScope = where(scopeClauses(scope, params));
  const serviceScope = where(scopeClauses({ ...(scope.services && { services: scope.services }) }, params, false));
  const labelsOf = `SELECT service, series_id, any(labels) AS labels FROM ${series} ${serviceScope} GROUP BY service, series_id`;
  const entriesFrom = (table: string, extra: string): string =>
    `SELECT d.service, d.type, l.labels, toUnixTimestamp(d.first), toUnixTimestamp(d.last)
     FROM (SELECT service, type, series_id, min(ts) AS first, max(ts) AS last FROM ${table} ${inScope}${extra}
           GROUP BY service, type, series_id) AS d
     INNER JOIN (${labelsOf}) AS l ON d.service = l.service AND d.series_id = l.series_id`;

  // Label sets no profile row in scope names, seen recently enough to have samples in it.
  if (scope.fromMs !== undefined) params.sinceS = Math.max(0, Math.floor(scope.fromMs / 1000) - LAST_SEEN_SLACK_S);
  const unnamed = `SELECT series_id FROM ${series} ${serviceScope}
    ${serviceScope ? 'AND' : 'WHERE'} series_id NOT IN (SELECT series_id FROM ${profiles} ${inScope})
    GROUP BY service, series_id${scope.fromMs !== undefined ? ' HAVING max(last_seen) >= toDateTime({sinceS:UInt32})' : ''}`;

  type Row = [string, string, Record<string, string>, number | string, number | string];
  const [named, [count]] = await Promise.all([
    queryRows<Row>(ctx, entriesFrom(profiles, ''), params),
    queryRows<[number | string]>(ctx, `SELECT count() FROM (${unnamed})`, params),
  ]);
  const entries: SeriesEntry[] = [];
  const add = (service: string, type: string, labels: Record<string, string>, first: number | string, last: number | string): void => {
    if (isProfileType(type) && (scope.types === undefined || scope.types.includes(type))) {
      entries.push({ service, type, labels, firstMs: Number(first) * 1000, lastMs: Number(last) * 1000 });
    }
  };
  for (const [service, type, labels, first, last] of named) add(service, type, labels, first, last);
  if (Number(count?.[0] ?? 0) === 0) return entries;
  // Sample sets hold a kind's two types at once: a type is there when any of its values is.
  const setScope = where(scopeClauses(scope, params, false));
  const sets = await queryRows<[string, string, number | string, number | string, Record<string, string>, number | string, number | string]>(
    ctx,
    `SELECT d.service, d.kind, d.has1, d.has2, l.labels, toUnixTimestamp(d.first), toUnixTimestamp(d.last)
     FROM (SELECT service, kind, series_id, min(ts) AS first, max(ts) AS last,
             max(arrayExists(x -> x != 0, v1)) AS has1, max(arrayExists(x -> x != 0, v2)) AS has2
           FROM ${sampleSets} ${setScope}${setScope ? ' AND' : ' WHERE'} series_id IN (${unnamed})
           GROUP BY service, kind, series_id) AS d
     INNER JOIN (${labelsOf}) AS l ON d.service = l.service AND d.series_id = l.series_id`,
    params,
  );
  for (const [service, kind, has1, has2, labels, first, last] of sets) {
    for (const type of PROFILE_TYPES) {
      const { kind: typeKind, column } = TYPE_STORAGE[type];
      if (typeKind === kind && Number(column === 'v1' ? has1 : has2) > 0) add(service, type, labels, first, last);
    }
  }
  return entries;
}
