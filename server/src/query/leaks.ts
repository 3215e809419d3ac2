import { GAUGE_PROFILE_TYPES, PROFILE_TYPE_UNITS, type LeakCandidate, type LeaksResponse } from '@flamehouse/proto';
import { FlamehouseError } from '../errors.js';
import { bucketValues, bucketsWithData } from './aggregate.js';
import type { QueryContext } from './context.js';
import type { Selection } from './selection.js';
import { defaultStepS } from './sql.js';
import { framesOf } from './stacks.js';

const MIN_POINTS = 3;
const HOUR_S = 3600;

export interface Fit {
  /** Change per hour. */
  readonly slope: number;
  readonly r2: number;
}

/** Least-squares line through (seconds, value) points. */
export function fitLine(xsS: readonly number[], ys: readonly number[]): Fit {
  const n = xsS.length;
  const meanX = xsS.reduce((a, b) => a + b, 0) / n;
  const meanY = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xsS[i]! - meanX;
    const dy = ys[i]! - meanY;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (sxx === 0) return { slope: 0, r2: 0 };
  const slopePerS = sxy / sxx;
  const r2 = syy === 0 ? 0 : (sxy * sxy) / (sxx * syy);
  return { slope: slopePerS * HOUR_S, r2 };
}

/**
 * Heap stacks ranked by steady growth: slope × r², so a site that grows
 * every step outranks one that jumps about, and one that shrinks is left out.
 */
export async function leaks(ctx: QueryContext, selection: Selection, limit: number, stepMs?: number): Promise<LeaksResponse> {
  if (!GAUGE_PROFILE_TYPES.has(selection.type)) {
    throw new FlamehouseError('FH_ERR_QUERY_BAD_PARAM', `type=${selection.type}: leaks are ranked on inuse_space or inuse_objects`);
  }
  const stepS = stepMs !== undefined ? Math.max(1, Math.round(stepMs / 1000)) : defaultStepS(selection);
  const [rows, buckets] = await Promise.all([bucketValues(ctx, selection, stepS, true), bucketsWithData(ctx, selection, stepS)]);
  const unit = PROFILE_TYPE_UNITS[selection.type];
  if (buckets.length < MIN_POINTS) return { unit, stepMs: stepS * 1000, leaks: [] };

  const position = new Map(buckets.map((b, i) => [b, i]));
  const seriesByStack = new Map<string, number[]>();
  for (const row of rows) {
    const index = position.get(row.bucketS);
    if (index === undefined) continue;
    let series = seriesByStack.get(row.stackId);
    if (!series) {
      series = new Array<number>(buckets.length).fill(0);
      seriesByStack.set(row.stackId, series);
    }
    series[index] = row.value;
  }

  const ranked = [...seriesByStack]
    .map(([stackId, values]) => ({ stackId, values, fit: fitLine(buckets, values) }))
    .filter((c) => c.fit.slope > 0)
    .sort((a, b) => b.fit.slope * b.fit.r2 - a.fit.slope * a.fit.r2)
    .slice(0, limit);

  const stacks = await ctx.dictionary.stacksOf(ranked.map((c) => c.stackId));
  const frames = await framesOf(ctx, stacks.values());
  const leaksFound: LeakCandidate[] = ranked.map((c) => ({
    stackId: c.stackId,
    frames: (stacks.get(c.stackId) ?? []).map((id) => frames.get(id) ?? { name: '(unknown)', file: '' }),
    growthPerHour: c.fit.slope,
    r2: c.fit.r2,
    latest: c.values[c.values.length - 1]!,
    series: buckets.map((b, i) => ({ ts: b * 1000, value: c.values[i]! })),
  }));
  return { unit, stepMs: stepS * 1000, leaks: leaksFound };
}
