import { isRegexOp } from '@flamehouse/proto';
import type { Tables } from '../storage/client.js';
import { TYPE_STORAGE } from '../storage/sample-kinds.js';
import type { Selection } from './selection.js';

/** Query parameters bound server-side; SQL text never contains user input. */
export type Params = Record<string, string | number | string[]>;

/**
 * The WHERE clause for a selection over `profiles` (one row per stored
 * profile and type). Label filters go through the series table: labels are
 * stored once per label set, not per row.
 */
export interface WhereOptions {
  /** Prefix for column names when the table is aliased in a join, e.g. `p.`. */
  readonly columnPrefix?: string;
  /** Every profile type: for what rides on profile rows of any type. */
  readonly anyType?: boolean;
}

export function selectionWhere(selection: Selection, tables: Tables, params: Params, options: WhereOptions = {}): string {
  const c = options.columnPrefix ?? '';
  params.type = selection.type;
  return [...baseClauses(selection, tables, params, c), ...(options.anyType ? [] : [`${c}type = {type:String}`])].join(' AND ');
}

/**
 * Service, time range and labels: what `profiles`, `sample_sets`,
 * `span_index` and `sample_hours` rows share. `time` replaces the range
 * clause (for the parts of a range that rows of another table cover).
 */
function baseClauses(selection: Selection, tables: Tables, params: Params, c = '', time?: string): string[] {
  params.services = [...selection.services];
  params.fromS = Math.floor(selection.fromMs / 1000);
  params.toS = Math.ceil(selection.toMs / 1000);
  const clauses = [
    `${c}service IN {services:Array(String)}`,
    time ?? `${c}ts >= toDateTime({fromS:UInt32}) AND ${c}ts < toDateTime({toS:UInt32})`,
  ];
  if (selection.filters.length > 0) {
    const labelClauses = selection.filters.map(({ key, op, value }, i) => {
      params[`fk${i}`] = key;
      params[`fv${i}`] = isRegexOp(op) ? `^(?:${value})$` : value;
      const label = `labels[{fk${i}:String}]`;
      // A missing label reads as '', as in Prometheus: `pod!=x` keeps series without a pod.
      switch (op) {
        case '=':
          return `${label} = {fv${i}:String}`;
        case '!=':
          return `${label} != {fv${i}:String}`;
        case '=~':
          return `match(${label}, {fv${i}:String})`;
        case '!~':
          return `NOT match(${label}, {fv${i}:String})`;
      }
    });
    clauses.push(
      `${c}series_id IN (SELECT series_id FROM ${tables.series} WHERE service IN {services:Array(String)} AND ${labelClauses.join(' AND ')})`,
    );
  }
  return clauses;
}

export interface SampleRowsOptions {
  /** Also the span columns (span_id, trace_id, root_span_id, endpoint), for grouping by them. */
  readonly spans?: boolean;
  /** Only the samples of stacks that hold this function (or end in it). */
  readonly fn?: FunctionFilter | undefined;
  /**
   * The caller needs no time finer than an hour and no count of profiles:
   * whole hours of a long range may then be read from `sample_hours`.
   */
  readonly hourly?: boolean;
  /**
   * The caller never reads `series_id` (no grouping or join by label set): whole
   * hours of a selection without label filters may then come from `service_hours`,
   * where every label set is summed, and carry series_id 0.
   */
  readonly seriesFree?: boolean;
}

const HOUR_S = 3600;
/** The span columns of an entry: `<name>s` per entry before schema version 9, `ref_<name>s` per span of the set since. */
const SPAN_COLUMNS = ['span_id', 'trace_id', 'root_span_id', 'endpoint'] as const;
/** Whole hours a range must hold before they are read from the rollup: below it, the few edge rows dominate anyway. */
const MIN_ROLLUP_HOURS = 3;

/**
 * The selection's samples as rows, for FROM: one per stored entry whose value
 * for the selection's type is not zero, with the columns service, ts,
 * series_id, stack_id and value (and the span columns if asked). Entries are
 * stored as the arrays of `sample_sets` rows (storage/sample-kinds.ts); only
 * the arrays a query needs are unrolled. A span or trace is first looked up
 * in `span_index`, so only the sets that hold it are read.
 */
export function sampleRows(selection: Selection, tables: Tables, params: Params, options: SampleRowsOptions = {}): string {
  const { kind, column } = TYPE_STORAGE[selection.type];
  params.kind = kind;
  const clauses = [...baseClauses(selection, tables, params), 'kind = {kind:String}'];
  const entryClauses = ['value != 0'];
  const spanClauses: string[] = [];
  if (selection.spanIds !== undefined) {
    // A span's own samples, and, when it is a request's local root, all of that request's.
    params.spanIds = [...selection.spanIds];
    spanClauses.push('(span_id IN {spanIds:Array(String)} OR root_span_id IN {spanIds:Array(String)})');
  }
  if (selection.traceIds !== undefined) {
    params.traceIds = [...selection.traceIds];
    spanClauses.push('trace_id IN {traceIds:Array(String)}');
  }
  if (spanClauses.length > 0) {
    // GLOBAL: on a cluster the index is read once, its few keys sent to every shard.
    clauses.push(
      `(ts, series_id) GLOBAL IN (SELECT ts, series_id FROM ${tables.spanIndex} WHERE ${[...baseClauses(selection, tables, params), 'kind = {kind:String}', ...spanClauses].join(' AND ')})`,
    );
    entryClauses.push(...spanClauses);
  }
  if (selection.endpoint !== undefined) {
    params.endpoint = selection.endpoint;
    entryClauses.push('endpoint = {endpoint:String}');
  }
  if (options.fn) entryClauses.push(functionWhere(options.fn, tables, params));
  const unrolled = ['stack_ids AS stack_id', `${column} AS value`];
  // Only the span arrays a filter or the caller reads: one request's flamegraph unrolled all four, and reading
  // the two it did not need was a fifth of its time.
  const spanColumns = options.spans
    ? SPAN_COLUMNS
    : SPAN_COLUMNS.filter(
        (name) =>
          (selection.spanIds !== undefined && (name === 'span_id' || name === 'root_span_id')) ||
          (selection.traceIds !== undefined && name === 'trace_id') ||
          (selection.endpoint !== undefined && name === 'endpoint'),
      );
  // Since schema version 9 a set lists its spans once and each entry points into the list (`span_refs`, 0 for
  // none, indexing to ''); a set written before holds one value per entry, or, untraced, nothing, padded with ''.
  unrolled.push(
    ...spanColumns.map(
      (name) => `arrayResize(if(empty(span_refs), ${name}s, arrayMap(r -> ref_${name}s[r], span_refs)), length(stack_ids)) AS ${name}`,
    ),
  );
  const sets = (where: readonly string[]): string => `SELECT service, ts, series_id, stack_id, value${options.spans ? `, ${SPAN_COLUMNS.join(', ')}` : ''}
    FROM ${tables.sampleSets} ARRAY JOIN ${unrolled.join(', ')}
    WHERE ${[...where, ...entryClauses].join(' AND ')}`;

  // Whole hours from the rollup, the edges of the range from the sets.
  const firstHourS = Math.ceil(selection.fromMs / 1000 / HOUR_S) * HOUR_S;
  const endHourS = Math.floor(selection.toMs / 1000 / HOUR_S) * HOUR_S;
  if (!options.hourly || kind !== 'time' || spanColumns.length > 0 || endHourS - firstHourS < MIN_ROLLUP_HOURS * HOUR_S) return `(${sets(clauses)})`;
  params.firstHourS = firstHourS;
  params.endHourS = endHourS;
  const hours = 'ts >= toDateTime({firstHourS:UInt32}) AND ts < toDateTime({endHourS:UInt32})';
  const edges = `((ts >= toDateTime({fromS:UInt32}) AND ts < toDateTime({firstHourS:UInt32})) OR (ts >= toDateTime({endHourS:UInt32}) AND ts < toDateTime({toS:UInt32})))`;
  const edgeClauses = [...baseClauses(selection, tables, params, '', edges), 'kind = {kind:String}'];
  const hourClauses = [...baseClauses(selection, tables, params, '', hours), 'kind = {kind:String}', ...entryClauses];
  const perService = options.seriesFree === true && selection.filters.length === 0;
  return `(${sets(edgeClauses)}
    UNION ALL
    SELECT service, ts, ${perService ? 'toUInt64(0) AS series_id' : 'series_id'}, stack_id, value FROM ${perService ? tables.serviceHours : tables.sampleHours}
    ARRAY JOIN \`stacksMap.stack_id\` AS stack_id, \`stacksMap.${column}\` AS value
    WHERE ${hourClauses.join(' AND ')})`;
}

/** One function (a name in a file), and whether a stack counts when it holds it anywhere (total) or ends in it (self). */
export interface FunctionFilter {
  readonly name: string;
  readonly file: string;
  readonly value: 'total' | 'self';
}

/**
 * The samples of the stacks that hold a function, for `stack_id`. Frames are
 * found by name and file in the frames table, so the clause does not depend
 * on how ids are hashed. GLOBAL IN: on a cluster the set is built once and
 * sent to the shards (samples and stacks are both distributed), on one node
 * it is a plain IN.
 */
export function functionWhere(fn: FunctionFilter, tables: Tables, params: Params): string {
  params.fnName = fn.name;
  params.fnFile = fn.file;
  const frames = `SELECT frame_id FROM ${tables.frames} WHERE name = {fnName:String} AND file = {fnFile:String}`;
  const stacks =
    fn.value === 'self'
      ? `SELECT stack_id FROM ${tables.stacks} WHERE frame_ids[length(frame_ids)] IN (${frames})`
      : `SELECT DISTINCT stack_id FROM ${tables.stacks} ARRAY JOIN frame_ids AS frame_id WHERE frame_id IN (${frames})`;
  return `stack_id GLOBAL IN (${stacks})`;
}

/** What one read may cost before ClickHouse stops it. */
export interface ReadLimits {
  readonly timeoutS: number;
  readonly maxRowsRead: number;
  readonly maxBytesRead: number;
  /** Rows a query may return (stacks of a flamegraph, points of a timeline…), each of which the server then handles. */
  readonly maxResultRows: number;
  readonly maxMemoryBytes: number;
}

/**
 * Settings every read carries in its own SQL (chdb shares one session between
 * queries): its work is bounded before it starts, and a read past a bound
 * fails instead of taking the server's memory.
 */
export function readSettings(limits: ReadLimits): string {
  return [
    `SETTINGS max_execution_time = ${Math.floor(limits.timeoutS)}`,
    `max_rows_to_read = ${Math.floor(limits.maxRowsRead)}`,
    `max_bytes_to_read = ${Math.floor(limits.maxBytesRead)}`,
    `max_result_rows = ${Math.floor(limits.maxResultRows)}, result_overflow_mode = 'throw'`,
    `max_memory_usage = ${Math.floor(limits.maxMemoryBytes)}`,
    'output_format_json_quote_64bit_integers = 1',
  ].join(', ');
}

const STEPS_S = [10, 30, 60, 300, 600, 1800, 3600, 3 * 3600, 6 * 3600, 12 * 3600, 86400];
const DAY_S = 86400;
const MAX_POINTS = 300;

/** The smallest of a few round steps (whole days beyond a day) that keeps a range under a few hundred points. */
export function defaultStepS(selection: Pick<Selection, 'fromMs' | 'toMs'>): number {
  return roundStepS((selection.toMs - selection.fromMs) / 1000 / MAX_POINTS);
}

/** The smallest round step (whole days beyond a day) of at least `minS`. */
export function roundStepS(minS: number): number {
  return STEPS_S.find((step) => step >= minS) ?? Math.ceil(minS / DAY_S) * DAY_S;
}
