// Turns the page state into the API's query parameters. A diff sends the
// shared parameters once and only what differs with `baseline.`/`comparison.`.
import type { Selection } from '@flamehouse/proto';
import { formatFilter } from '@flamehouse/proto/label-matchers';
import type { AppState, DiffState } from './url-state.js';
import type { ResolvedRange } from './time-range.js';

export type { Selection };

export function selectionOf(state: AppState, range: ResolvedRange): Selection | undefined {
  if (state.service === undefined || state.type === undefined) return undefined;
  return {
    service: state.service,
    type: state.type,
    fromMs: range.fromMs,
    toMs: range.toMs,
    filters: state.filters,
    ...(state.spanId !== undefined && { spanId: state.spanId }),
    ...(state.traceId !== undefined && { traceId: state.traceId }),
    ...(state.endpoint !== undefined && { endpoint: state.endpoint }),
  };
}

export function selectionParams(selection: Selection): URLSearchParams {
  const params = new URLSearchParams({
    service: selection.service,
    type: selection.type,
    from: String(selection.fromMs),
    to: String(selection.toMs),
  });
  for (const filter of selection.filters) params.append('filter', formatFilter(filter));
  if (selection.spanId !== undefined) params.set('span_id', selection.spanId);
  if (selection.traceId !== undefined) params.set('trace_id', selection.traceId);
  if (selection.endpoint !== undefined) params.set('endpoint', selection.endpoint);
  return params;
}

/** Baseline: the first half of the range, comparison: the second, until the user brushes others. */
export function diffRanges(diff: DiffState, range: ResolvedRange): { baseline: ResolvedRange; comparison: ResolvedRange } {
  const middle = Math.round((range.fromMs + range.toMs) / 2);
  return {
    baseline: diff.baselineRange ?? { fromMs: range.fromMs, toMs: middle },
    comparison: diff.comparisonRange ?? { fromMs: middle, toMs: range.toMs },
  };
}

/**
 * Two sides that both hold data: from the first step with data to the last,
 * cut where half of the value lies before. Undefined when fewer than two
 * steps hold data (there is no cut to make).
 */
export function dataDiffRanges(
  points: readonly { ts: number; value: number }[],
  stepMs: number,
  range: ResolvedRange,
): { baseline: ResolvedRange; comparison: ResolvedRange } | undefined {
  const withData = points.filter((p) => p.value > 0);
  if (withData.length < 2) return undefined;
  const total = withData.reduce((sum, p) => sum + p.value, 0);
  let before = 0;
  let cut = withData[withData.length - 1]!.ts;
  for (let i = 0; i < withData.length - 1; i++) {
    before += withData[i]!.value;
    if (before >= total / 2) {
      cut = withData[i + 1]!.ts;
      break;
    }
  }
  const fromMs = Math.max(range.fromMs, withData[0]!.ts);
  const toMs = Math.min(range.toMs, withData[withData.length - 1]!.ts + stepMs);
  return { baseline: { fromMs, toMs: cut }, comparison: { fromMs: cut, toMs } };
}

/**
 * Query parameters for /api/v1/diff, or undefined while a version side is not
 * chosen. A side's `filter` list replaces the shared one on the server, so
 * each side repeats the shared filters with its own value of the compared key.
 */
export function diffParams(selection: Selection, diff: DiffState): URLSearchParams | undefined {
  const params = selectionParams(selection);
  if (diff.mode === 'time') {
    const sides = diffRanges(diff, selection);
    params.set('baseline.from', String(sides.baseline.fromMs));
    params.set('baseline.to', String(sides.baseline.toMs));
    params.set('comparison.from', String(sides.comparison.fromMs));
    params.set('comparison.to', String(sides.comparison.toMs));
    return params;
  }
  if (diff.baseline === undefined || diff.comparison === undefined) return undefined;
  params.delete('filter');
  const shared = selection.filters.filter((f) => f.key !== diff.key);
  for (const [prefix, value] of [
    ['baseline.', diff.baseline],
    ['comparison.', diff.comparison],
  ] as const) {
    for (const filter of shared) params.append(`${prefix}filter`, formatFilter(filter));
    params.append(`${prefix}filter`, formatFilter({ key: diff.key, op: '=', value }));
  }
  return params;
}
