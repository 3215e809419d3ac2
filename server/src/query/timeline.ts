import { GAUGE_PROFILE_TYPES, PROFILE_TYPE_UNITS, type TimelineResponse } from '@flamehouse/proto';
import { FlamehouseError } from '../errors.js';
import { bucketValues } from './aggregate.js';
import { queryRows, type QueryContext } from './context.js';
import type { Selection } from './selection.js';
import { defaultStepS, roundStepS, selectionWhere, type FunctionFilter, type Params } from './sql.js';

/** Points a series may hold: a step must be at least 1 s and leave at most this many in the range. */
const MAX_TIMELINE_POINTS = 5000;

export function checkStepMs(selection: Pick<Selection, 'fromMs' | 'toMs'>, stepMs: number): void {
  const minStepMs = Math.max(1000, Math.ceil((selection.toMs - selection.fromMs) / MAX_TIMELINE_POINTS));
  if (!(stepMs >= minStepMs)) throw new FlamehouseError('FH_ERR_QUERY_BAD_PARAM', `step must be at least ${minStepMs} ms for this range`);
}

/** Unix seconds of every step of a range, the first one holding its start. */
export function stepStarts(range: Pick<Selection, 'fromMs' | 'toMs'>, stepS: number): number[] {
  const starts: number[] = [];
  for (let s = Math.floor(range.fromMs / 1000 / stepS) * stepS; s * 1000 < range.toMs; s += stepS) starts.push(s);
  return starts;
}

// Steps past this one are coarser than any profile's window an agent sends (a minute for ours, 10–60 s for the others).
const WINDOW_AWARE_BELOW_S = 300;
// Windows run a little over their interval (a cut's timer is late by a few ms): a 60.2 s window still takes 60 s steps.
const WINDOW_SLACK = 0.9;

/**
 * The step a timeline uses: the one asked for, in whole seconds; else a
 * round one that keeps the range under a few hundred points and, for work
 * done, is no finer than the profiles' windows. A profile books a window's
 * work at one instant: in steps finer than its window, a process uploading
 * once a minute showed one step in six holding six times its rate and the
 * others none.
 */
export async function timelineStepS(ctx: QueryContext, selection: Selection, stepMs: number | undefined): Promise<number> {
  if (stepMs !== undefined) return Math.max(1, Math.round(stepMs / 1000));
  const stepS = defaultStepS(selection);
  if (GAUGE_PROFILE_TYPES.has(selection.type) || stepS >= WINDOW_AWARE_BELOW_S) return stepS;
  const params: Params = {};
  const [row] = await queryRows<[number | string]>(
    ctx,
    `SELECT quantile(0.5)(duration_ms) FROM ${ctx.tables.profiles} WHERE ${selectionWhere(selection, ctx.tables, params)}`,
    params,
  );
  const windowS = (WINDOW_SLACK * Number(row?.[0] ?? 0)) / 1000;
  return windowS > stepS ? roundStepS(windowS) : stepS;
}

/**
 * Totals per step, every step of the range present (zero where nothing was
 * stored); with `fn`, only what the stacks holding that function add up to.
 */
export async function timeline(ctx: QueryContext, selection: Selection, stepMs?: number, fn?: FunctionFilter): Promise<TimelineResponse> {
  const stepS = await timelineStepS(ctx, selection, stepMs);
  const rows = await bucketValues(ctx, selection, stepS, false, { fn });
  const byBucket = new Map(rows.map((row) => [row.bucketS, row.value]));
  const points = stepStarts(selection, stepS).map((s) => ({ ts: s * 1000, value: byBucket.get(s) ?? 0 }));
  return { unit: PROFILE_TYPE_UNITS[selection.type], stepMs: stepS * 1000, gauge: GAUGE_PROFILE_TYPES.has(selection.type), points };
}
