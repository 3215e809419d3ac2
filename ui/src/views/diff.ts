// Compare two versions (label values) or two time ranges: one tree, coloured
// by how each frame's share changed, and the functions ranked by change.
import type { DiffResponse } from '@flamehouse/proto';
import { MAX_NODES, MAX_NODES_LIMIT } from '../api.js';
import { h, replace } from '../dom.js';
import { formatRange, formatValue } from '../format.js';
import { dataDiffRanges, diffParams, diffRanges, selectionParams } from '../state/selection.js';
import type { ResolvedRange } from '../state/time-range.js';
import type { AppState, DiffState } from '../state/url-state.js';
import { defaultDiffPair, orderVersions } from '../versions.js';
import type { Navigate, View, ViewContext } from './context.js';
import { createDiffTable } from './diff-table.js';
import { createPageFlamePanel } from './flame-panel.js';
import { diffLegend } from './legend.js';
import { prunedNote } from './messages.js';
import { collapsedDiff, diffModelOf } from './models.js';
import { createStatus } from './status.js';

function select(label: string, values: readonly string[], current: string | undefined, onChange: (value: string) => void): HTMLElement {
  const element = h(
    'select',
    { 'aria-label': label, onchange: () => onChange(element.value) },
    values.map((v) => h('option', { value: v, selected: v === current }, v)),
  );
  return h('label', { class: 'field' }, h('span', {}, label), element);
}

export function createDiffView(navigate: Navigate, retry: () => void): View {
  let state: AppState | undefined;
  let brushTarget: 'baseline' | 'comparison' = 'baseline';
  const setDiff = (patch: Partial<DiffState>, mode: 'push' | 'replace' = 'push'): void => {
    // Another comparison ranks other functions: back to the table's first page.
    if (state) navigate({ diff: { ...state.diff, ...patch }, diffPage: 0 }, mode);
  };
  const panel = createPageFlamePanel('Diff flamegraph', navigate);
  const table = createDiffTable({
    onSort: (sort) => setDiff({ sort }, 'replace'),
    onSelect: (fn) => navigate({ fn }),
    onPage: (diffPage) => navigate({ diffPage }, 'replace'),
  });
  const controls = h('div', { class: 'diff-controls' });
  const summary = h('div', { class: 'diff-summary' });
  const body = h('div', { class: 'diff-body' }, summary, panel.element, table.element);
  const element = h('div', { class: 'view diff-view' }, h('h2', { class: 'sr-only' }, 'Diff'));
  const status = createStatus(element);
  element.append(controls, status.element, body);

  const modeButtons = (diff: DiffState): HTMLElement =>
    h(
      'div',
      { class: 'segmented', role: 'group', 'aria-label': 'Compare' },
      (['version', 'time'] as const).map((mode) =>
        h(
          'button',
          { type: 'button', 'aria-pressed': String(diff.mode === mode), onclick: () => setDiff({ mode }) },
          mode === 'version' ? 'Two versions' : 'Two time ranges',
        ),
      ),
    );

  const timeControls = (diff: DiffState, range: ResolvedRange): HTMLElement => {
    const sides = diffRanges(diff, range);
    const side = (name: 'baseline' | 'comparison', r: ResolvedRange): HTMLElement =>
      h(
        'button',
        { type: 'button', class: `brush-side ${name}`, 'aria-pressed': String(brushTarget === name), onclick: () => ((brushTarget = name), render()) },
        h('strong', {}, name === 'baseline' ? 'Baseline' : 'Comparison'),
        ' ',
        formatRange(r.fromMs, r.toMs),
      );
    return h(
      'div',
      { class: 'time-sides' },
      h('span', { class: 'hint' }, 'Drag on the timeline to set the highlighted side:'),
      side('baseline', sides.baseline),
      side('comparison', sides.comparison),
    );
  };

  let lastCtx: ViewContext | undefined;
  const render = (): void => {
    if (lastCtx) void update(lastCtx);
  };

  const versionControls = async (ctx: ViewContext, diff: DiffState): Promise<HTMLElement | undefined> => {
    const service = ctx.selection.service;
    const [keys, { values, seen }] = await Promise.all([ctx.api.labelKeys(service), ctx.api.labelValues(service, diff.key)]);
    if (!ctx.isCurrent()) return undefined;
    const ordered = orderVersions(values, new Map(seen.map((s) => [s.value, s.lastSeenMs])));
    if (diff.baseline === undefined || diff.comparison === undefined) {
      const pair = defaultDiffPair(ordered);
      if (pair) {
        setDiff(pair, 'replace');
        return undefined;
      }
    }
    const keyChoices = keys.includes(diff.key) ? keys : [diff.key, ...keys];
    return h(
      'div',
      { class: 'version-sides' },
      select('Label', keyChoices, diff.key, (key) => setDiff({ key, baseline: undefined, comparison: undefined })),
      select('Baseline', ordered, diff.baseline, (baseline) => setDiff({ baseline })),
      h(
        'button',
        { type: 'button', class: 'icon-button', title: 'Swap sides', 'aria-label': 'Swap baseline and comparison', onclick: () => setDiff({ baseline: diff.comparison, comparison: diff.baseline }) },
        '⇄',
      ),
      select('Comparison', ordered, diff.comparison, (comparison) => setDiff({ comparison })),
      ordered.length === 0
        ? h('span', { class: 'hint' }, `This service has no ${diff.key} label: pick another label or compare two time ranges.`)
        : ordered.length === 1
          ? h('span', { class: 'hint' }, `Only one ${diff.key} (${ordered[0]}) was seen: deploy another or compare two time ranges.`)
          : null,
    );
  };

  const describeSide = (label: string, diff: DiffState, total: number, unit: DiffResponse['unit'], name: 'baseline' | 'comparison'): HTMLElement => {
    // Time sides are spelled out on their buttons above.
    const what = diff.mode === 'version' ? ` ${diff.key} = ${diff[name] ?? '?'}` : '';
    return h('span', { class: `side ${name}` }, h('strong', {}, label), `${what}: `, h('span', { class: 'num' }, formatValue(total, unit)), ' in total');
  };

  /** A time diff nobody brushed yet opens on two ranges that both hold data; true when it navigated there. */
  const openOnData = async (ctx: ViewContext, diff: DiffState): Promise<boolean> => {
    if (diff.mode !== 'time' || diff.baselineRange || diff.comparisonRange) return false;
    const timeline = await status.run(() => ctx.api.timeline(selectionParams(ctx.selection)), ctx.isCurrent, retry);
    const sides = timeline && dataDiffRanges(timeline.points, timeline.stepMs, ctx.range);
    if (!sides || !ctx.isCurrent()) return false;
    setDiff({ baselineRange: sides.baseline, comparisonRange: sides.comparison }, 'replace');
    return true;
  };

  const update = async (ctx: ViewContext): Promise<void> => {
    lastCtx = ctx;
    state = ctx.state;
    const diff = ctx.state.diff;
    if (await openOnData(ctx, diff)) return;
    const sideControls = diff.mode === 'version' ? await status.run(() => versionControls(ctx, diff), ctx.isCurrent, retry) : timeControls(diff, ctx.range);
    if (!ctx.isCurrent()) return;
    replace(controls, modeButtons(diff), sideControls ?? null);
    const params = diffParams(ctx.selection, diff);
    if (!params) {
      element.classList.remove('has-data');
      return;
    }
    const maxNodes = ctx.state.maxNodes ?? MAX_NODES;
    const response = await status.run(() => ctx.api.diff(params, maxNodes), ctx.isCurrent, retry);
    if (!response) return;
    if (response.baselineTotal === 0 || response.comparisonTotal === 0) {
      element.classList.remove('has-data');
      status.show(ctx.noData(response.baselineTotal === 0 ? 'profiles for the baseline' : 'profiles for the comparison'));
      return;
    }
    element.classList.add('has-data');
    const { state: s } = ctx;
    replace(
      summary,
      describeSide('Baseline', diff, response.baselineTotal, response.unit, 'baseline'),
      describeSide('Comparison', diff, response.comparisonTotal, response.unit, 'comparison'),
      h('span', { class: 'hint' }, 'Colours compare shares of each side’s total, so different traffic volumes compare fairly.'),
      prunedNote(response.nodeCount, maxNodes, MAX_NODES_LIMIT, (more) => navigate({ maxNodes: more })),
    );
    panel.update({ model: diffModelOf(s.collapse ? collapsedDiff(response) : response, s.palette), zoom: s.zoom, search: s.search, fn: s.fn, collapse: s.collapse });
    panel.setLegend(diffLegend(s.palette, (palette) => navigate({ palette })));
    table.update(response, diff.sort, s.palette, s.fn, s.diffPage);
  };

  return {
    element,
    update,
    brush(range) {
      if (!state || !lastCtx || state.view !== 'diff' || state.diff.mode !== 'time') return false;
      const sides = diffRanges(state.diff, lastCtx.range);
      const next = brushTarget === 'baseline' ? { baselineRange: range, comparisonRange: sides.comparison } : { baselineRange: sides.baseline, comparisonRange: range };
      brushTarget = brushTarget === 'baseline' ? 'comparison' : 'baseline';
      setDiff(next);
      return true;
    },
  };
}
