// Allocation sites whose in-use memory keeps growing inside each process's
// life, ranked by growth per process, each with its trend; picking one shows
// its stack and focuses its path in the heap flamegraph.
import type { LeakCandidate, LeakGrouping, LeaksResponse } from '@flamehouse/proto';
import { MAX_NODES } from '../api.js';
import { h, replace } from '../dom.js';
import { formatSignedValue, formatValue } from '../format.js';
import { selectionParams } from '../state/selection.js';
import { HEAP_TYPES } from '../state/url-state.js';
import type { Navigate, View, ViewContext } from './context.js';
import { createPageFlamePanel } from './flame-panel.js';
import { TYPE_LABELS } from './header.js';
import { frameLegend } from './legend.js';
import { collapsedTree, flameModelOf } from './models.js';
import { sparkline } from './sparkline.js';
import { createStatus } from './status.js';

/** Zoom to the allocating frame's caller and highlight the allocating function. */
export function focusOf(leak: LeakCandidate): { zoom: string[]; fn: { name: string; file: string } | undefined } {
  const names = leak.frames.map((f) => f.name);
  const leaf = leak.frames[leak.frames.length - 1];
  return { zoom: names.length > 1 ? names.slice(0, -1) : names, fn: leaf ? { name: leaf.name, file: leaf.file } : undefined };
}

function siteOf(leak: LeakCandidate, grouping: LeakGrouping): HTMLElement {
  const callers = leak.frames.slice(Math.max(0, leak.frames.length - 4), -1).map((f) => f.name);
  const paths = grouping === 'function' && leak.stacks > 1 ? ` (${leak.stacks} stacks; the heaviest:)` : '';
  return h(
    'td',
    { class: 'fn-cell' },
    h('span', { class: 'fn-name' }, leak.site.name),
    leak.site.file ? h('span', { class: 'fn-file' }, leak.site.file) : null,
    callers.length > 0 ? h('span', { class: 'fn-path' }, `${paths}${leak.frames.length > 4 ? '… › ' : ''}${callers.join(' › ')} › ${leak.site.name}`) : null,
  );
}

const GROUPINGS: readonly (readonly [LeakGrouping, string])[] = [
  ['function', 'By function'],
  ['stack', 'By call path'],
];

export function createLeaksView(navigate: Navigate, retry: () => void): View {
  const panel = createPageFlamePanel('Heap flamegraph', navigate);
  const list = h('tbody', {});
  const table = h(
    'table',
    { class: 'data-table leaks-table' },
    h(
      'caption',
      {},
      'Growing allocation sites',
      h('span', { class: 'caption-note' }, ' · growth inside each process’s life, after its warm-up; restarts and deploys are not growth'),
    ),
    h(
      'thead',
      {},
      h('tr', {}, h('th', { scope: 'col', class: 'num' }, '#'), h('th', { scope: 'col' }, 'Allocated at'), h('th', { scope: 'col', class: 'num' }, 'Growth per process'), h('th', { scope: 'col', class: 'num' }, 'Processes growing'), h('th', { scope: 'col', class: 'num' }, 'In use now'), h('th', { scope: 'col' }, 'Trend')),
    ),
    list,
  );
  const stack = h('div', { class: 'leak-stack' });
  const note = h('div', { class: 'leaks-note' });
  const groupButtons = GROUPINGS.map(([grouping, label]) =>
    h('button', { type: 'button', 'data-group': grouping, onclick: () => navigate({ leakGroup: grouping, leak: undefined }, 'replace') }, label),
  );
  const toolbar = h('div', { class: 'segmented leak-grouping', role: 'group', 'aria-label': 'Group heap stacks' }, groupButtons);
  const body = h('div', { class: 'leaks-body' }, toolbar, note, table, stack, panel.element);
  const element = h('div', { class: 'view leaks-view' }, h('h2', { class: 'sr-only' }, 'Leaks'));
  const status = createStatus(element);
  element.append(status.element, body);

  const renderList = (data: LeaksResponse, selected: string | undefined): void => {
    replace(
      list,
      data.leaks.map((leak, i) =>
        h(
          'tr',
          {
            class: leak.id === selected ? 'selected' : '',
            'aria-selected': String(leak.id === selected),
            'data-leak-id': leak.id,
            tabindex: 0,
            onclick: () => navigate({ leak: leak.id, ...focusOf(leak) }),
            onkeydown: (event: Event) => {
              if ((event as KeyboardEvent).key === 'Enter') navigate({ leak: leak.id, ...focusOf(leak) });
            },
          },
          h('td', { class: 'num rank' }, String(i + 1)),
          siteOf(leak, data.grouping),
          h('td', { class: 'num growth' }, `${formatSignedValue(leak.growthPerHour, data.unit)}/h`),
          h('td', { class: 'num' }, `${leak.growingProcesses} of ${leak.processes}`),
          h('td', { class: 'num' }, formatValue(leak.latest, data.unit)),
          h('td', { class: 'trend' }, sparkline(leak.series.map((p) => p.value), `In use over time, now ${formatValue(leak.latest, data.unit)}`)),
        ),
      ),
    );
  };

  const renderStack = (leak: LeakCandidate | undefined): void => {
    if (!leak) {
      replace(stack, h('p', { class: 'hint' }, 'Pick a row to see its stack and find it in the flamegraph below.'));
      return;
    }
    replace(
      stack,
      h('h3', {}, 'Stack of the selected site ', h('span', { class: 'panel-note' }, '(root first)')),
      h(
        'ol',
        { class: 'stack-frames' },
        leak.frames.map((f, i) =>
          h('li', { class: i === leak.frames.length - 1 ? 'leaf' : '' }, h('span', { class: 'fn-name' }, f.name), f.file ? h('span', { class: 'fn-file' }, f.file) : null),
        ),
      ),
    );
  };

  return {
    element,
    async update(ctx: ViewContext) {
      const { state, selection } = ctx;
      if (!HEAP_TYPES.has(selection.type)) {
        element.classList.remove('has-data');
        const heapTypes = (ctx.service?.types ?? []).filter((t) => HEAP_TYPES.has(t));
        status.show(
          h(
            'div',
            { class: 'message' },
            h('h2', {}, 'Leaks are found in heap profiles'),
            h('p', {}, heapTypes.length > 0 ? 'Switch to a heap profile type to rank the allocation sites whose in-use memory keeps growing.' : 'This service sends no heap profiles. Enable heap profiling in the agent to find leaks.'),
            h(
              'div',
              { class: 'actions' },
              heapTypes.map((type) => h('button', { type: 'button', onclick: () => navigate({ type, zoom: [], fn: undefined }) }, `Show ${TYPE_LABELS[type]}`)),
            ),
          ),
        );
        return;
      }
      const params = selectionParams(selection);
      for (const button of groupButtons) button.setAttribute('aria-pressed', String(button.dataset['group'] === state.leakGroup));
      const leakParams = new URLSearchParams(params);
      leakParams.set('group', state.leakGroup);
      const data = await status.run(() => Promise.all([ctx.api.leaks(leakParams), ctx.api.flamegraph(params, ctx.state.maxNodes ?? MAX_NODES)]), ctx.isCurrent, retry);
      if (!data) return;
      const [leaks, flame] = data;
      if (flame.total === 0) {
        element.classList.remove('has-data');
        status.show(ctx.noData('heap profiles'));
        return;
      }
      element.classList.add('has-data');
      table.hidden = leaks.leaks.length === 0;
      replace(
        note,
        leaks.leaks.length === 0
          ? h('p', { class: 'message' }, 'No allocation site grew inside its processes in this range. A process needs a few snapshots after its warm-up to be measured: try a longer range.')
          : null,
      );
      renderList(leaks, state.leak);
      const selected = leaks.leaks.find((l) => l.id === state.leak);
      renderStack(leaks.leaks.length > 0 ? selected : undefined);
      const model = flameModelOf(state.collapse ? collapsedTree(flame.root) : flame.root, flame.unit);
      panel.update({ model, zoom: state.zoom, search: state.search, fn: state.fn, collapse: state.collapse });
      panel.setLegend(frameLegend(model.legend));
    },
  };
}
