import { GAUGE_PROFILE_TYPES } from '@flamehouse/proto';
import { queryRows, type QueryContext } from './context.js';
import type { Selection } from './selection.js';
import { defaultStepS, selectionWhere, type Params } from './sql.js';

// Work done (cpu, wall) adds up over time: a range's value is a sum. Gauges
// (in-use heap) are snapshots: a stack's value in a time step is, for each
// process (series), its average over that process's snapshots in the step,
// summed over processes; over a range, the average of the steps that have
// snapshots. So a range holding twenty snapshots of one process shows what it
// held, not twenty times that.

interface Grouping {
  readonly byStack: boolean;
  readonly stepS: number;
  readonly byBucket: boolean;
}

function aggregateSql(ctx: QueryContext, selection: Selection, grouping: Grouping, params: Params): string {
  const { samples, profiles } = ctx.storage.tables;
  params.stepS = grouping.stepS;
  const bucket = 'toUInt32(toStartOfInterval(ts, INTERVAL {stepS:UInt32} SECOND))';
  const keys = [grouping.byStack ? 'stack_id' : '', grouping.byBucket ? 'b' : ''].filter((key) => key !== '');
  const groupBy = keys.length > 0 ? `GROUP BY ${keys.join(', ')}` : '';
  const sampleWhere = selectionWhere(selection, ctx.storage.tables, params, { table: 'samples' });
  if (!GAUGE_PROFILE_TYPES.has(selection.type)) {
    const columns = [grouping.byStack ? 'stack_id' : '', grouping.byBucket ? `${bucket} AS b` : ''].filter((c) => c !== '');
    return `SELECT ${[...columns, 'sum(value) AS v'].join(', ')} FROM ${samples} WHERE ${sampleWhere} ${groupBy}`;
  }
  const columns = keys.map((key) => `s.${key} AS ${key}`);
  return `SELECT ${[...columns, 'sum(s.v / p.n) AS v'].join(', ')} FROM (
      SELECT stack_id, series_id, ${bucket} AS b, sum(value) AS v FROM ${samples}
      WHERE ${sampleWhere} GROUP BY stack_id, series_id, b
    ) AS s INNER JOIN (
      SELECT series_id, ${bucket} AS b, count() AS n FROM ${profiles}
      WHERE ${selectionWhere(selection, ctx.storage.tables, params, { table: 'profiles' })} GROUP BY series_id, b
    ) AS p ON s.series_id = p.series_id AND s.b = p.b ${groupBy}`;
}

/** The start (unix seconds) of every step in which the selection has a stored profile. */
export async function bucketsWithData(ctx: QueryContext, selection: Selection, stepS: number): Promise<number[]> {
  const params: Params = { stepS };
  const rows = await queryRows<[number | string]>(
    ctx,
    `SELECT DISTINCT toUInt32(toStartOfInterval(ts, INTERVAL {stepS:UInt32} SECOND)) AS b FROM ${ctx.storage.tables.profiles}
     WHERE ${selectionWhere(selection, ctx.storage.tables, params, { table: 'profiles' })} ORDER BY b`,
    params,
  );
  return rows.map(([b]) => Number(b));
}

/** Each stack's value over the selection. */
export async function stackTotals(ctx: QueryContext, selection: Selection): Promise<Map<string, number>> {
  const params: Params = {};
  const stepS = defaultStepS(selection);
  const gauge = GAUGE_PROFILE_TYPES.has(selection.type);
  const [rows, buckets] = await Promise.all([
    queryRows<[string, number | string]>(ctx, aggregateSql(ctx, selection, { byStack: true, byBucket: false, stepS }, params), params),
    gauge ? bucketsWithData(ctx, selection, stepS) : Promise.resolve([]),
  ]);
  const divisor = gauge ? Math.max(1, buckets.length) : 1;
  const totals = new Map<string, number>();
  for (const [stackId, value] of rows) totals.set(stackId, Number(value) / divisor);
  return totals;
}

export interface BucketValue {
  readonly stackId: string;
  readonly bucketS: number;
  readonly value: number;
}

/** Values per time step, per stack when `byStack`. */
export async function bucketValues(
  ctx: QueryContext,
  selection: Selection,
  stepS: number,
  byStack: boolean,
): Promise<BucketValue[]> {
  const params: Params = {};
  const sql = aggregateSql(ctx, selection, { byStack, byBucket: true, stepS }, params);
  if (byStack) {
    const rows = await queryRows<[string, number | string, number | string]>(ctx, sql, params);
    return rows.map(([stackId, b, v]) => ({ stackId, bucketS: Number(b), value: Number(v) }));
  }
  const rows = await queryRows<[number | string, number | string]>(ctx, sql, params);
  return rows.map(([b, v]) => ({ stackId: '', bucketS: Number(b), value: Number(v) }));
}
