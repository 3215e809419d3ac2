import { GAUGE_PROFILE_TYPES } from '@flamehouse/proto';
import { FlamehouseError } from '../errors.js';
import type { StackIds } from '../storage/stack-cache.js';
import { queryBytes, queryRows, type QueryContext } from './context.js';
import type { Selection } from './selection.js';
import { defaultStepS, sampleRows, selectionWhere, type FunctionFilter, type Params } from './sql.js';

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

/** A series per distinct value of these: the service, one label of the label sets, or the requests' endpoint. */
export type GroupKey = { readonly service: true } | { readonly label: string } | { readonly endpoint: true };

export interface BucketOptions {
  /** One value per distinct tuple of these, besides the step (Pyroscope's `group_by`, the tag explorer's key). */
  readonly groupBy?: readonly GroupKey[];
  /**
   * Instead of the sum: work done per profile in the step, and for gauges
   * what one process held (the sum over processes divided by how many there were).
   */
  readonly average?: boolean;
  /** Only the samples of stacks that hold this function (or end in it). */
  readonly fn?: FunctionFilter | undefined;
}

export interface AggregateSpec extends BucketOptions {
  readonly byStack: boolean;
  readonly byBucket: boolean;
  readonly stepS: number;
}

/**
 * The group columns (aliased g0, g1…) over rows aliased `alias`, which carry
 * service and series_id (and endpoint when `withEndpoint`), and the join that
 * brings labels in.
 */
function groupColumns(
  ctx: QueryContext,
  groupBy: readonly GroupKey[],
  alias: string,
  params: Params,
  withEndpoint: boolean,
): { columns: string[]; join: string } {
  const labels: string[] = [];
  const columns = groupBy.map((key, i) => {
    if ('service' in key) return `${alias}.service AS g${i}`;
    // Snapshot windows carry no endpoint (heap samples have none either).
    if ('endpoint' in key) return `${withEndpoint ? `${alias}.endpoint` : "''"} AS g${i}`;
    params[`gk${i}`] = key.label;
    labels.push(`any(labels[{gk${i}:String}]) AS l${i}`);
    return `l.l${i} AS g${i}`;
  });
  // A label set may be stored more than once until ClickHouse merges it: one row each.
  const join =
    labels.length === 0
      ? ''
      : `LEFT JOIN (SELECT series_id, ${labels.join(', ')} FROM ${ctx.tables.series}
           WHERE service IN {services:Array(String)} GROUP BY series_id) AS l ON ${alias}.series_id = l.series_id`;
  return { columns, join };
}

const groupAliases = (groupBy: readonly GroupKey[]): string[] => groupBy.map((_, i) => `g${i}`);

/** Each snapshot of the selection, cut into the steps its window overlaps, with the overlap in ms. */
function snapshotWindowsSql(ctx: QueryContext, selection: Selection, params: Params): string {
  const where = selectionWhere(selection, ctx.tables, params);
  params.rangeFromMs = selection.fromMs;
  params.rangeToMs = selection.toMs;
  params.defaultSnapshotMs = DEFAULT_SNAPSHOT_MS;
  return `SELECT service, series_id, ts, b,
      least(end_ms, (b + 1) * {stepMs:Int64}) - greatest(start_ms, b * {stepMs:Int64}) AS overlap_ms, start_ms, end_ms
    FROM (
      SELECT service, series_id, ts,
        least(toInt64(toUnixTimestamp(ts)) * 1000, {rangeToMs:Int64}) AS end_ms,
        greatest(toInt64(toUnixTimestamp(ts)) * 1000 - if(duration_ms = 0, {defaultSnapshotMs:Int64}, toInt64(duration_ms)), {rangeFromMs:Int64}) AS start_ms
      FROM ${ctx.tables.profiles} WHERE ${where}
    )
    ARRAY JOIN range(intDiv(start_ms, {stepMs:Int64}), intDiv(end_ms - 1, {stepMs:Int64}) + 1) AS b
    WHERE end_ms > start_ms`;
}

const coverageKey = (b: number | string, group: readonly string[]): string => [String(b), ...group].join('\u0000');

/**
 * Per step (and group) with data: the milliseconds of it covered by some
 * snapshot window, the union of the windows' parts in the step. Windows of a
 * step may leave a gap (ten-second snapshots a minute apart, each crossing
 * into the step from one side): the gap is not covered, so it does not
 * dilute the average.
 */
async function coveredMs(ctx: QueryContext, selection: Selection, stepS: number, groupBy: readonly GroupKey[]): Promise<Map<string, number>> {
  const params: Params = { stepMs: Math.round(stepS * 1000) };
  const windows = snapshotWindowsSql(ctx, selection, params);
  const { columns, join } = groupColumns(ctx, groupBy, 'w', params, false);
  const keys = ['b', ...groupAliases(groupBy)];
  // Sorted by start, folded into (covered so far, start, end of the run being merged).
  const rows = await queryRows<[number | string, ...string[]]>(
    ctx,
    `SELECT ${keys.join(', ')}, tupleElement(runs, 1) + tupleElement(runs, 3) - tupleElement(runs, 2) AS covered FROM (
       SELECT w.b AS b, ${[...columns, ''].join(', ')}arrayFold(
           (acc, x) -> if(x.1 > acc.3, (acc.1 + acc.3 - acc.2, x.1, x.2), (acc.1, acc.2, greatest(acc.3, x.2))),
           arraySort(groupArray((greatest(w.start_ms, w.b * {stepMs:Int64}), least(w.end_ms, (w.b + 1) * {stepMs:Int64})))),
           (toInt64(0), toInt64(0), toInt64(0))) AS runs
       FROM (${windows}) AS w ${join} GROUP BY ${keys.join(', ')}
     )`,
    params,
  );
  return new Map(rows.map((row) => [coverageKey(row[0], row.slice(1, -1) as string[]), Number(row[row.length - 1])]));
}

/**
 * Σ value × overlap per (stack?, step?, group…): a cumulative type's plain sum
 * (overlap 1), a gauge's time integral in value·ms. Columns: the keys
 * (stack_id, b, g0, g1…), the value `v`, then (for averages) `n`, the
 * profiles or processes it adds up.
 */
export function weightedSumSql(ctx: QueryContext, selection: Selection, spec: AggregateSpec, params: Params): string {
  const groupBy = spec.groupBy ?? [];
  const withEndpoint = groupBy.some((key) => 'endpoint' in key);
  // Whole hours may come summed from the rollup when nothing finer than an hour, and no count of profiles, is asked for.
  const hourly = !spec.average && (!spec.byBucket || Math.round(spec.stepS) % 3600 === 0);
  const rows = sampleRows(selection, ctx.tables, params, { spans: withEndpoint, fn: spec.fn, hourly, seriesFree: groupBy.length === 0 });
  params.stepMs = Math.round(spec.stepS * 1000);
  const { columns, join } = groupColumns(ctx, groupBy, 'x', params, withEndpoint);
  const keys = [...(spec.byStack ? ['x.stack_id AS stack_id'] : []), ...(spec.byBucket ? ['x.b AS b'] : []), ...columns];
  const keyNames = [...(spec.byStack ? ['stack_id'] : []), ...(spec.byBucket ? ['b'] : []), ...groupAliases(groupBy)];
  const groupClause = keyNames.length > 0 ? `GROUP BY ${keyNames.join(', ')}` : '';
  const endpoint = withEndpoint ? ', endpoint' : '';
  if (!GAUGE_PROFILE_TYPES.has(selection.type)) {
    const count = spec.average ? ', uniqExact(x.series_id, x.ts) AS n' : '';
    return `SELECT ${[...keys, 'sum(x.value) AS v'].join(', ')}${count} FROM (
        SELECT stack_id, series_id, service, ts, intDiv(toInt64(toUnixTimestamp(ts)) * 1000, {stepMs:Int64}) AS b, value${endpoint}
        FROM ${rows}
      ) AS x ${join} ${groupClause}`;
  }
  const count = spec.average ? ', uniqExact(x.series_id) AS n' : '';
  return `SELECT ${[...keys, 'sum(x.v * x.overlap_ms) AS v'].join(', ')}${count} FROM (
      SELECT s.stack_id AS stack_id, s.series_id AS series_id, s.service AS service, w.b AS b, s.v AS v, w.overlap_ms AS overlap_ms${withEndpoint ? ', s.endpoint AS endpoint' : ''} FROM (
        SELECT stack_id, series_id, service, ts${endpoint}, sum(value) AS v FROM ${rows} GROUP BY stack_id, series_id, service, ts${endpoint}
      ) AS s INNER JOIN (${snapshotWindowsSql(ctx, selection, params)}) AS w ON s.series_id = w.series_id AND s.ts = w.ts
    ) AS x ${join} ${groupClause}`;
}

/** Each stack of a selection (its id's halves, as in `StackIds`) with its value. */
export interface StackTotals {
  readonly ids: StackIds;
  readonly values: Float64Array;
}

/** Each stack's value over the selection. */
export async function stackTotals(ctx: QueryContext, selection: Selection): Promise<StackTotals> {
  const params: Params = {};
  const stepS = defaultStepS(selection);
  const gauge = GAUGE_PROFILE_TYPES.has(selection.type);
  // One row of two arrays, in RowBinary: parsing a day's 46,000 rows one by one took longer than the engine's
  // aggregation, and decimal ids made a string per stack. The arrays stop one past the row limit, which then
  // refuses the read as a result of too many rows would be.
  const maxStacks = Math.floor(ctx.limits.maxResultRows);
  const [row, covered] = await Promise.all([
    queryBytes(
      ctx,
      `SELECT groupArray(${maxStacks + 1})(stack_id), groupArray(${maxStacks + 1})(toFloat64(v))
       FROM (${weightedSumSql(ctx, selection, { byStack: true, byBucket: false, stepS }, params)})`,
      params,
    ),
    gauge ? coveredMs(ctx, selection, stepS, []) : Promise.resolve(undefined),
  ]);
  const ids = row.uint64Halves(row.length());
  const values = row.float64s(row.length());
  if (values.length > maxStacks) {
    throw new FlamehouseError('FH_ERR_QUERY_TOO_LARGE', `the selection holds more than ${maxStacks} stacks; narrow the range or filter`);
  }
  let divisor = 1;
  if (covered) {
    divisor = 0;
    for (const ms of covered.values()) divisor += ms;
  }
  if (divisor <= 0) return { ids: new Uint32Array(0), values: new Float64Array(0) };
  if (divisor !== 1) for (let i = 0; i < values.length; i++) values[i]! /= divisor;
  return { ids, values };
}

/** Per step with data (unix seconds of its start): the ms of it a gauge's snapshots cover; undefined for a cumulative type. */
export async function stepCoverage(ctx: QueryContext, selection: Selection, stepS: number): Promise<Map<number, number> | undefined> {
  if (!GAUGE_PROFILE_TYPES.has(selection.type)) return undefined;
  const byBucket = await coveredMs(ctx, selection, stepS, []);
  return new Map([...byBucket].map(([b, ms]) => [Number(b) * stepS, ms]));
}

/** A step's value from its weighted sum: a gauge's integral over the time its snapshots cover, a cumulative sum as it is. */
export function stepValue(weighted: number, bucketS: number, coverage: ReadonlyMap<number, number> | undefined): number | undefined {
  if (!coverage) return weighted;
  const covered = coverage.get(bucketS) ?? 0;
  return covered > 0 ? weighted / covered : undefined;
}

export interface BucketValue {
  /** '' unless by stack. */
  readonly stackId: string;
  /** Unix seconds of the step's start. */
  readonly bucketS: number;
  /** The values of `groupBy`, in its order ('' for a label a label set lacks). */
  readonly group: readonly string[];
  readonly value: number;
}

/** Values per time step (and per stack when `byStack`, per group with `groupBy`); only steps with data. */
export async function bucketValues(
  ctx: QueryContext,
  selection: Selection,
  stepS: number,
  byStack: boolean,
  options: BucketOptions = {},
): Promise<BucketValue[]> {
  const params: Params = {};
  const groupBy = options.groupBy ?? [];
  const gauge = GAUGE_PROFILE_TYPES.has(selection.type);
  const sql = weightedSumSql(ctx, selection, { ...options, byStack, byBucket: true, stepS }, params);
  const [rows, covered] = await Promise.all([
    queryRows<(number | string)[]>(ctx, sql, params),
    gauge ? coveredMs(ctx, selection, stepS, groupBy) : Promise.resolve(undefined),
  ]);
  const keyCount = (byStack ? 1 : 0) + 1 + groupBy.length;
  const values: BucketValue[] = [];
  for (const row of rows) {
    const stackId = byStack ? String(row[0]) : '';
    const b = row[byStack ? 1 : 0]!;
    const group = row.slice(keyCount - groupBy.length, keyCount).map(String);
    const divisor = covered ? (covered.get(coverageKey(b, group)) ?? 0) : 1;
    const count = options.average ? Number(row[keyCount + 1]) : 1;
    if (divisor > 0 && count > 0) {
      values.push({ stackId, bucketS: (Number(b) * Math.round(stepS * 1000)) / 1000, group, value: Number(row[keyCount]) / divisor / count });
    }
  }
  return values;
}
