import { GAUGE_PROFILE_TYPES, PROFILE_TYPE_UNITS, SPAN_LABELS, type LabelBreakdownResponse } from '@flamehouse/proto';
import { stepCoverage, stepValue, weightedSumSql } from './aggregate.js';
import { queryRows, type QueryContext } from './context.js';
import type { Selection } from './selection.js';
import type { Params } from './sql.js';
import { stepStarts, timelineStepS } from './timeline.js';

type Numeric = number | string;

/**
 * The selection split by the values of one label (or by the requests'
 * endpoint, `trace_endpoint`): each series' weighted sum per step, joined to
 * its value of the label, summed per value. ClickHouse
 * ranks the values and returns only the heaviest `limit` (with how many there
 * are); what the rest add up to is the whole selection's timeline less them,
 * so a label with thousands of values (pids) still returns a few rows.
 */
export async function labelBreakdown(
  ctx: QueryContext,
  selection: Selection,
  key: string,
  limit: number,
  stepMs?: number,
): Promise<LabelBreakdownResponse> {
  const stepS = await timelineStepS(ctx, selection, stepMs);
  const groupParams: Params = { limit };
  // The endpoint is a column of the samples (one value per request), never a series label: no label can take its name.
  const groupBy = key === SPAN_LABELS.endpoint ? [{ endpoint: true } as const] : [{ label: key }];
  const perValue = `SELECT g0 AS lv, b, v AS step_v FROM (${weightedSumSql(ctx, selection, { byStack: false, byBucket: true, groupBy, stepS }, groupParams)})`;
  const groupSql = `SELECT lv, sum(step_v) AS raw, groupArray(b), groupArray(step_v), count() OVER () FROM (${perValue})
    GROUP BY lv ORDER BY raw DESC, lv LIMIT {limit:UInt32}`;
  const totalParams: Params = {};
  const [groupRows, totalRows, coverage] = await Promise.all([
    queryRows<[string, Numeric, Numeric[], Numeric[], Numeric]>(ctx, groupSql, groupParams),
    queryRows<[Numeric, Numeric]>(ctx, weightedSumSql(ctx, selection, { byStack: false, byBucket: true, stepS }, totalParams), totalParams),
    stepCoverage(ctx, selection, stepS),
  ]);

  const starts = stepStarts(selection, stepS);
  const slot = new Map(starts.map((s, i) => [s, i]));
  const perStep = (buckets: readonly Numeric[], sums: readonly Numeric[]): number[] => {
    const values = new Array<number>(starts.length).fill(0);
    buckets.forEach((b, i) => {
      const bucketS = Number(b) * stepS;
      const at = slot.get(bucketS);
      const value = stepValue(Number(sums[i]), bucketS, coverage);
      if (at !== undefined && value !== undefined) values[at]! += value;
    });
    return values;
  };
  // A gauge's range value is its integral over the time its snapshots cover.
  let coveredMs = 0;
  for (const ms of coverage?.values() ?? []) coveredMs += ms;
  const rangeValue = (weighted: number): number => (coverage ? (coveredMs > 0 ? weighted / coveredMs : 0) : weighted);

  const groups = groupRows.map(([value, raw, buckets, sums]) => ({ value, total: rangeValue(Number(raw)), values: perStep(buckets, sums) }));
  const totalRaw = totalRows.reduce((sum, [, v]) => sum + Number(v), 0);
  const totals = perStep(
    totalRows.map(([b]) => b),
    totalRows.map(([, v]) => v),
  );
  const valueCount = Number(groupRows[0]?.[4] ?? 0);
  const shownRaw = groupRows.reduce((sum, [, raw]) => sum + Number(raw), 0);
  const response: LabelBreakdownResponse = {
    unit: PROFILE_TYPE_UNITS[selection.type],
    key,
    stepMs: stepS * 1000,
    gauge: GAUGE_PROFILE_TYPES.has(selection.type),
    timestamps: starts.map((s) => s * 1000),
    total: rangeValue(totalRaw),
    groups,
    valueCount,
  };
  if (valueCount > groups.length) {
    // Sums of floats: what is left may come out a hair below zero.
    const values = totals.map((total, i) => Math.max(0, total - groups.reduce((sum, g) => sum + g.values[i]!, 0)));
    response.other = { total: Math.max(0, rangeValue(totalRaw - shownRaw)), values };
  }
  return response;
}
