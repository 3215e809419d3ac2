import { GAUGE_PROFILE_TYPES } from '@flamehouse/proto';
import { queryRows, type QueryContext } from './context.js';
import type { Selection } from './selection.js';
import { defaultStepS, functionWhere, selectionWhere, type FunctionFilter, type Params } from './sql.js';

// Work done (cpu, wall) adds up over time: a value over a time step or a
// range is a sum.
//
// Gauges (in-use heap) are snapshots of what each process holds. A snapshot
// stands for its process over the window its upload covered (the upload's
// duration, ending when it was taken). What the service holds at an instant
// is the sum over the processes alive then; a step's value is the average of
// that sum over the part of the step that has data, and a range's value the
// average over all the time that has data. So two workers that hold 23 MB one
// after the other show 23 MB at every zoom level, and two that overlap show
// 46 MB while both run.

/** A snapshot with no duration of its own (a client that sends none) stands for this long. */
const DEFAULT_SNAPSHOT_MS = 10_000;

/** Each snapshot of the selection, cut into the steps its window overlaps, with the overlap in ms. */
function snapshotWindowsSql(ctx: QueryContext, selection: Selection, params: Params): string {
  const where = selectionWhere(selection, ctx.tables, params, { table: 'profiles' });
  params.rangeFromMs = selection.fromMs;
  params.rangeToMs = selection.toMs;
  params.defaultSnapshotMs = DEFAULT_SNAPSHOT_MS;
  return `SELECT series_id, ts, b,
      least(end_ms, (b + 1) * {stepMs:Int64}) - greatest(start_ms, b * {stepMs:Int64}) AS overlap_ms, start_ms, end_ms
    FROM (
      SELECT series_id, ts,
        least(toInt64(toUnixTimestamp(ts)) * 1000, {rangeToMs:Int64}) AS end_ms,
        greatest(toInt64(toUnixTimestamp(ts)) * 1000 - if(duration_ms = 0, {defaultSnapshotMs:Int64}, toInt64(duration_ms)), {rangeFromMs:Int64}) AS start_ms
      FROM ${ctx.tables.profiles} WHERE ${where}
    )
    ARRAY JOIN range(intDiv(start_ms, {stepMs:Int64}), intDiv(end_ms - 1, {stepMs:Int64}) + 1) AS b
    WHERE end_ms > start_ms`;
}

/**
 * Per step with data: the milliseconds of it covered by some snapshot window,
 * the union of the windows' parts in the step. Windows of a step may leave a
 * gap (ten-second snapshots a minute apart, each crossing into the step from
 * one side): the gap is not covered, so it does not dilute the average.
 */
async function coveredMs(ctx: QueryContext, selection: Selection, stepS: number): Promise<Map<number, number>> {
  const params: Params = { stepMs: stepS * 1000 };
  // Sorted by start, folded into (covered so far, start, end of the run being merged).
  const rows = await queryRows<[number | string, number | string]>(
    ctx,
    `SELECT b, tupleElement(runs, 1) + tupleElement(runs, 3) - tupleElement(runs, 2) AS covered FROM (
       SELECT b, arrayFold(
           (acc, w) -> if(w.1 > acc.3, (acc.1 + acc.3 - acc.2, w.1, w.2), (acc.1, acc.2, greatest(acc.3, w.2))),
           arraySort(groupArray((greatest(start_ms, b * {stepMs:Int64}), least(end_ms, (b + 1) * {stepMs:Int64})))),
           (toInt64(0), toInt64(0), toInt64(0))) AS runs
       FROM (${snapshotWindowsSql(ctx, selection, params)}) GROUP BY b
     )`,
    params,
  );
  return new Map(rows.map(([b, covered]) => [Number(b), Number(covered)]));
}

/** What an aggregation groups by: a stack, a label set (series), a request's endpoint, a time step. */
export type GroupKey = 'stack_id' | 'series_id' | 'endpoint' | 'b';

export interface SumOptions {
  readonly keys: readonly GroupKey[];
  readonly stepS: number;
  /** Only the samples of stacks that hold this function (or end in it). */
  readonly fn?: FunctionFilter | undefined;
}

/**
 * Σ value × overlap per the keys: a cumulative type's plain sum (overlap 1),
 * a gauge's time integral in value·ms.
 */
export function weightedSumSql(ctx: QueryContext, selection: Selection, options: SumOptions, params: Params): string {
  const { samples } = ctx.tables;
  const fnClause = options.fn ? ` AND ${functionWhere(options.fn, ctx.tables, params)}` : '';
  const sampleWhere = selectionWhere(selection, ctx.tables, params, { table: 'samples' }) + fnClause;
  params.stepMs = options.stepS * 1000;
  const { keys } = options;
  const groupBy = keys.length > 0 ? `GROUP BY ${keys.join(', ')}` : '';
  if (!GAUGE_PROFILE_TYPES.has(selection.type)) {
    return `SELECT ${[...keys, 'sum(value) AS v'].join(', ')} FROM (
        SELECT stack_id, series_id, endpoint, intDiv(toInt64(toUnixTimestamp(ts)) * 1000, {stepMs:Int64}) AS b, value FROM ${samples} WHERE ${sampleWhere}
      ) ${groupBy}`;
  }
  return `SELECT ${[...keys, 'sum(v * overlap_ms) AS v'].join(', ')} FROM (
      SELECT s.stack_id AS stack_id, s.series_id AS series_id, s.endpoint AS endpoint, w.b AS b, s.v AS v, w.overlap_ms AS overlap_ms FROM (
        SELECT stack_id, series_id, endpoint, ts, sum(value) AS v FROM ${samples} WHERE ${sampleWhere} GROUP BY stack_id, series_id, endpoint, ts
      ) AS s INNER JOIN (${snapshotWindowsSql(ctx, selection, params)}) AS w ON s.series_id = w.series_id AND s.ts = w.ts
    ) ${groupBy}`;
}

/** Each stack's value over the selection. */
export async function stackTotals(ctx: QueryContext, selection: Selection): Promise<Map<string, number>> {
  const params: Params = {};
  const stepS = defaultStepS(selection);
  const gauge = GAUGE_PROFILE_TYPES.has(selection.type);
  const [rows, covered] = await Promise.all([
    queryRows<[string, number | string]>(ctx, weightedSumSql(ctx, selection, { keys: ['stack_id'], stepS }, params), params),
    gauge ? coveredMs(ctx, selection, stepS) : Promise.resolve(undefined),
  ]);
  let divisor = 1;
  if (covered) {
    divisor = 0;
    for (const ms of covered.values()) divisor += ms;
  }
  const totals = new Map<string, number>();
  if (divisor <= 0) return totals;
  for (const [stackId, value] of rows) totals.set(stackId, Number(value) / divisor);
  return totals;
}

/** Per step with data (unix seconds of its start): the ms of it a gauge's snapshots cover; undefined for a cumulative type. */
export async function stepCoverage(ctx: QueryContext, selection: Selection, stepS: number): Promise<Map<number, number> | undefined> {
  if (!GAUGE_PROFILE_TYPES.has(selection.type)) return undefined;
  const byBucket = await coveredMs(ctx, selection, stepS);
  return new Map([...byBucket].map(([b, ms]) => [b * stepS, ms]));
}

/** A step's value from its weighted sum: a gauge's integral over the time its snapshots cover, a cumulative sum as it is. */
export function stepValue(weighted: number, bucketS: number, coverage: ReadonlyMap<number, number> | undefined): number | undefined {
  if (!coverage) return weighted;
  const covered = coverage.get(bucketS) ?? 0;
  return covered > 0 ? weighted / covered : undefined;
}

/** The selection's value per time step (unix seconds of its start), of the stacks `fn` picks if given; only steps with data. */
export async function stepValues(ctx: QueryContext, selection: Selection, stepS: number, fn?: FunctionFilter): Promise<Map<number, number>> {
  const params: Params = {};
  const [rows, coverage] = await Promise.all([
    queryRows<[number | string, number | string]>(ctx, weightedSumSql(ctx, selection, { keys: ['b'], stepS, fn }, params), params),
    stepCoverage(ctx, selection, stepS),
  ]);
  const values = new Map<number, number>();
  for (const [b, v] of rows) {
    const bucketS = Number(b) * stepS;
    const value = stepValue(Number(v), bucketS, coverage);
    if (value !== undefined) values.set(bucketS, value);
  }
  return values;
}
