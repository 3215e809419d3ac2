// One function between its callers (above, read upwards) and its callees
// (below), built from the flamegraph tree in the browser.
import type { FlameGraphResponse, FrameRef } from '@flamehouse/proto';
import { MAX_NODES } from '../api.js';
import { h, replace } from '../dom.js';
import { formatShare, formatValue } from '../format.js';
import { buildSandwich, frameKey, type Sandwich } from '../flamegraph/sandwich.js';
import { selectionParams } from '../state/selection.js';
import type { Navigate, View, ViewContext } from './context.js';
import { createFlamePanel } from './flame-panel.js';
import { flameModelOf } from './models.js';
import { createStatus } from './status.js';
import { createTopTable } from './top-table.js';

const sandwiches = new WeakMap<FlameGraphResponse, Map<string, Sandwich>>();

function sandwichOf(flame: FlameGraphResponse, fn: FrameRef): Sandwich {
  let byFn = sandwiches.get(flame);
  if (!byFn) {
    byFn = new Map();
    sandwiches.set(flame, byFn);
  }
  const key = frameKey(fn);
  let sandwich = byFn.get(key);
  if (!sandwich) {
    sandwich = buildSandwich(flame.root, fn);
    byFn.set(key, sandwich);
  }
  return sandwich;
}

export function createSandwichView(navigate: Navigate, retry: () => void): View {
  const recentre = (fn: FrameRef): void => navigate({ fn });
  const callers = createFlamePanel({ label: 'Callers', inverted: true, onPick: recentre });
  const callees = createFlamePanel({ label: 'Callees', onPick: recentre });
  const heading = h('div', { class: 'sandwich-heading' });
  const panels = h(
    'div',
    { class: 'sandwich-panels' },
    h('h3', { class: 'panel-title' }, 'Callers ', h('span', { class: 'panel-note' }, '(who calls it: read upwards)')),
    callers.element,
    h('h3', { class: 'panel-title' }, 'Callees ', h('span', { class: 'panel-note' }, '(what it calls)')),
    callees.element,
  );
  const table = createTopTable({
    onSelect: (fn) => navigate({ fn }),
    onSandwich: (fn) => navigate({ fn }),
    onSort: (sort) => navigate({ sort }, 'replace'),
  });
  const element = h('div', { class: 'view sandwich-view' });
  const status = createStatus(element);
  element.append(status.element, heading, panels, table.element);

  return {
    element,
    async update(ctx: ViewContext) {
      const params = selectionParams(ctx.selection);
      const data = await status.run(() => Promise.all([ctx.api.flamegraph(params, ctx.state.maxNodes ?? MAX_NODES), ctx.api.top(params)]), ctx.isCurrent, retry);
      if (!data) return;
      const [flame, top] = data;
      const { state } = ctx;
      if (flame.total === 0) {
        element.classList.remove('has-data');
        status.show(ctx.noData('profiles'));
        return;
      }
      element.classList.add('has-data');
      table.update({ data: top, sort: state.sort, fn: state.fn, search: state.search });
      const fn = state.fn;
      const sandwich = fn ? sandwichOf(flame, fn) : undefined;
      panels.hidden = !sandwich || sandwich.occurrences === 0;
      if (!fn) {
        replace(heading, h('p', { class: 'hint' }, 'Pick a function below (or right-click a frame in the flamegraph) to see who calls it and what it calls.'));
        return;
      }
      if (!sandwich || sandwich.occurrences === 0) {
        replace(heading, h('p', { class: 'hint' }, `${fn.name} is not in this flamegraph: it may be too small and merged into "other". Narrow the range or pick another function.`));
        return;
      }
      const total = sandwich.callees.total;
      replace(
        heading,
        h('h2', {}, h('span', { class: 'fn-name' }, fn.name), fn.file ? h('span', { class: 'fn-file' }, fn.file) : null),
        h('p', { class: 'sandwich-stats' }, `Total ${formatValue(total, flame.unit)} (${formatShare(total / flame.total)}) · self ${formatValue(sandwich.callees.self, flame.unit)} · ${sandwich.occurrences} frame${sandwich.occurrences === 1 ? '' : 's'}`),
        h('button', { type: 'button', class: 'link-button', onclick: () => navigate({ view: 'flamegraph' }) }, '← Back to the flamegraph'),
      );
      const options = { rootIsFrame: true, grandTotal: flame.total };
      callers.update({ model: flameModelOf(sandwich.callers, flame.unit, options), zoom: [], search: '', fn: undefined });
      callees.update({ model: flameModelOf(sandwich.callees, flame.unit, options), zoom: [], search: '', fn: undefined });
    },
  };
}
