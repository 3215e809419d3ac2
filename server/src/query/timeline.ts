import { GAUGE_PROFILE_TYPES, PROFILE_TYPE_UNITS, type TimelineResponse } from '@flamehouse/proto';
import { bucketValues } from './aggregate.js';
import type { QueryContext } from './context.js';
import type { Selection } from './selection.js';
import { defaultStepS } from './sql.js';

/** Totals per step, every step of the range present (zero where nothing was stored). */
export async function timeline(ctx: QueryContext, selection: Selection, stepMs?: number): Promise<TimelineResponse> {
  const stepS = stepMs !== undefined ? Math.max(1, Math.round(stepMs / 1000)) : defaultStepS(selection);
  const rows = await bucketValues(ctx, selection, stepS, false);
  const byBucket = new Map(rows.map((row) => [row.bucketS, row.value]));
  const firstS = Math.floor(selection.fromMs / 1000 / stepS) * stepS;
  const points: TimelineResponse['points'] = [];
  for (let s = firstS; s * 1000 < selection.toMs; s += stepS) {
    points.push({ ts: s * 1000, value: byBucket.get(s) ?? 0 });
  }
  return { unit: PROFILE_TYPE_UNITS[selection.type], stepMs: stepS * 1000, gauge: GAUGE_PROFILE_TYPES.has(selection.type), points };
}
