import { GAUGE_PROFILE_TYPES, PROFILE_TYPE_UNITS, type TimelineResponse } from '@flamehouse/proto';
import { stepValues } from './aggregate.js';
import type { QueryContext } from './context.js';
import type { Selection } from './selection.js';
import { defaultStepS, type FunctionFilter } from './sql.js';

/** The step a timeline uses: the one asked for, in whole seconds, else a round one that keeps the range under a few hundred points. */
export function timelineStepS(selection: Selection, stepMs: number | undefined): number {
  return stepMs !== undefined ? Math.max(1, Math.round(stepMs / 1000)) : defaultStepS(selection);
}

/** Unix seconds of every step's start, from the one holding `fromMs` to the last starting before `toMs`. */
export function stepStartsS(selection: Selection, stepS: number): number[] {
  const starts: number[] = [];
  for (let s = Math.floor(selection.fromMs / 1000 / stepS) * stepS; s * 1000 < selection.toMs; s += stepS) starts.push(s);
  return starts;
}

/**
 * Totals per step, every step of the range present (zero where nothing was
 * stored); with `fn`, only what the stacks holding that function add up to.
 */
export async function timeline(ctx: QueryContext, selection: Selection, stepMs?: number, fn?: FunctionFilter): Promise<TimelineResponse> {
  const stepS = timelineStepS(selection, stepMs);
  const byBucket = await stepValues(ctx, selection, stepS, fn);
  const points = stepStartsS(selection, stepS).map((s) => ({ ts: s * 1000, value: byBucket.get(s) ?? 0 }));
  return { unit: PROFILE_TYPE_UNITS[selection.type], stepMs: stepS * 1000, gauge: GAUGE_PROFILE_TYPES.has(selection.type), points };
}
