// What the timeline shows besides the selection's total: the picked
// function's own line, a breakdown's stacked layers (tag explorer), deploy
// markers. Each comes from its own (cached) API answer.
import type { LabelBreakdownResponse, TimelineResponse } from '@flamehouse/proto';
import { DEFAULT_DIFF_KEY, type AppState, type FunctionValue } from '../state/url-state.js';
import { h } from '../dom.js';
import { formatDateTime } from '../format.js';
import { selectionParams } from '../state/selection.js';
import type { Navigate, ViewContext } from './context.js';
import { OTHER_SERIES_COLOR, seriesColor } from './series-colors.js';
import type { TimelineLayer, TimelineMarker, TimelineView } from './timeline.js';

/** The breakdown key for the requests' endpoint: a span column, not a label (no label can take its name). */
export const ENDPOINT_KEY = 'trace_endpoint';

/** The label a group stands for: '' is the series without the label (the work outside requests, for endpoints). */
export function groupLabel(key: string, value: string): string {
  if (value !== '') return value;
  return key === ENDPOINT_KEY ? '(outside requests)' : `(no ${key})`;
}

/** A breakdown as the timeline draws it: its total, and one layer per value, heaviest at the bottom. */
export function breakdownTimeline(breakdown: LabelBreakdownResponse): { data: TimelineResponse; layers: TimelineLayer[] } {
  const layers: TimelineLayer[] = breakdown.groups.map((g, i) => ({ label: groupLabel(breakdown.key, g.value), color: seriesColor(i), values: g.values }));
  if (breakdown.other) layers.push({ label: 'other', color: OTHER_SERIES_COLOR, values: breakdown.other.values });
  const points = breakdown.timestamps.map((ts, i) => ({ ts, value: layers.reduce((sum, layer) => sum + (layer.values[i] ?? 0), 0) }));
  return { data: { unit: breakdown.unit, stepMs: breakdown.stepMs, gauge: breakdown.gauge, points }, layers };
}

/** Where each deploy (`service.version`) was first seen, for those inside the range. */
async function deployMarkers(ctx: ViewContext): Promise<TimelineMarker[]> {
  const { seen } = await ctx.api.labelValues(ctx.selection.service, DEFAULT_DIFF_KEY);
  return seen
    .filter((s) => s.firstSeenMs >= ctx.range.fromMs && s.firstSeenMs <= ctx.range.toMs)
    .map((s) => ({ ms: s.firstSeenMs, label: s.value, title: `${DEFAULT_DIFF_KEY} ${s.value} first seen ${formatDateTime(s.firstSeenMs)}` }));
}

function functionLegend(state: AppState, navigate: Navigate): HTMLElement {
  const choice = (value: FunctionValue, label: string, title: string): HTMLElement =>
    h('button', { type: 'button', 'aria-pressed': String(state.fnValue === value), title, onclick: () => navigate({ fnValue: value }, 'replace') }, label);
  return h(
    'span',
    { class: 'own-legend' },
    h('span', { class: 'swatch own', 'aria-hidden': 'true' }),
    h('span', { class: 'own-name' }, state.fn?.name ?? ''),
    h(
      'span',
      { class: 'segmented small', role: 'group', 'aria-label': 'What the function’s line sums' },
      choice('total', 'total', 'The function with everything it calls'),
      choice('self', 'self', 'The function’s own code only'),
    ),
    h('button', { type: 'button', class: 'link-button', 'aria-label': 'Stop showing the function on the timeline', onclick: () => navigate({ fn: undefined }) }, '×'),
  );
}

/** Everything the timeline draws for this state, but the hint and the diff bands. */
export async function timelineContent(ctx: ViewContext, navigate: Navigate): Promise<Pick<TimelineView, 'data' | 'overlay' | 'layers' | 'markers' | 'legend'>> {
  const { state } = ctx;
  const params = selectionParams(ctx.selection);
  // A deploy marker is a nicety: the chart does not wait on its failure.
  const markers = deployMarkers(ctx).catch(() => []);
  if (state.view === 'tags' && state.tagKey !== undefined) {
    const [breakdown, deploys] = await Promise.all([ctx.api.breakdown(params, state.tagKey), markers]);
    return { ...breakdownTimeline(breakdown), markers: deploys };
  }
  const fn = state.view === 'tags' || state.view === 'spans' || state.view === 'agents' ? undefined : state.fn;
  const [data, own, deploys] = await Promise.all([ctx.api.timeline(params), fn ? ctx.api.functionTimeline(params, fn, state.fnValue) : undefined, markers]);
  if (!own || !fn) return { data, markers: deploys };
  return { data, overlay: { label: `${fn.name} (${state.fnValue})`, data: own }, markers: deploys, legend: functionLegend(state, navigate) };
}
