import { GAUGE_PROFILE_TYPES, PROFILE_TYPE_UNITS, type TimelineResponse } from '@flamehouse/proto';
import { FlamehouseError } from '../errors.js';
import { bucketValues } from './aggregate.js';
import type { QueryContext } from './context.js';
import type { Selection } from './selection.js';
import { defaultStepS, type FunctionFilter } from './sql.js';

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

/** The step a timeline uses: the one asked for, in whole seconds, else a round one that keeps the range under a few hundred points. */
export function timelineStepS(selection: Selection, stepMs: number | undefined): number {
  return stepMs !== undefined ? Math.max(1, Math.round(stepMs / 1000)) : defaultStepS(selection);
}

/**
 * Totals per step, every step of the range present (zero where nothing was
 * stored); with `fn`, only what the stacks holding that function add up to.
 */
export async function timeline(ctx: QueryContext, selection: Selection, stepMs?: number, fn?: FunctionFilter): Promise<TimelineResponse> {
  const stepS = timelineStepS(selection, stepMs);
  const rows = await bucketValues(ctx, selection, stepS, false, { fn });
  const byBucket = new Map(rows.map((row) => [row.bucketS, row.value]));
  const points = stepStarts(selection, stepS).map((s) => ({ ts: s * 1000, value: byBucket.get(s) ?? 0 }));
  return { unit: PROFILE_TYPE_UNITS[selection.type], stepMs: stepS * 1000, gauge: GAUGE_PROFILE_TYPES.has(selection.type), points };
}
