// One function between its callers (above, read upwards) and its callees
// (below), built from the flamegraph tree in the browser.
import type { FlameNode, FrameRef } from '@flamehouse/proto';
import { MAX_NODES } from '../api.js';
import { h, replace } from '../dom.js';
import { formatShare, formatValue } from '../format.js';
import { buildSandwich, frameKey, type Sandwich } from '../flamegraph/sandwich.js';
import { selectionParams } from '../state/selection.js';
import type { Navigate, View, ViewContext } from './context.js';
import { createFlamePanel } from './flame-panel.js';
import { collapsedTree, flameModelOf } from './models.js';
import { createStatus } from './status.js';
import { createTopTable } from './top-table.js';

const sandwiches = new WeakMap<FlameNode, Map<string, Sandwich>>();

function sandwichOf(root: FlameNode, fn: FrameRef): Sandwich {
  let byFn = sandwiches.get(root);
  if (!byFn) {
    byFn = new Map();
    sandwiches.set(root, byFn);
  }
  const key = frameKey(fn);
  let sandwich = byFn.get(key);
  if (!sandwich) {
    sandwich = buildSandwich(root, fn);
    byFn.set(key, sandwich);
  }
  return sandwich;
}

export function createSandwichView(navigate: Navigate, retry: () => void): View {
  const recentre = (fn: FrameRef): void => navigate({ fn });
  const callers = createFlamePanel({ label: 'Callers', inverted: true, onPick: recentre });
  const callees = createFlamePanel({ label: 'Callees', onPick: recentre });
  const heading = h('div', { class: 'sandwich-heading' });
  // Side by side: the function's callers on the left, its callees on the right, each read from the function.
  const panels = h(
    'div',
    { class: 'sandwich-panels' },
    h('div', { class: 'sandwich-side callers' }, h('h3', { class: 'panel-title' }, 'Callers ', h('span', { class: 'panel-note' }, '(who calls it: read upwards)')), callers.element),
    h('div', { class: 'sandwich-side callees' }, h('h3', { class: 'panel-title' }, 'Callees ', h('span', { class: 'panel-note' }, '(what it calls)')), callees.element),
  );
  const table = createTopTable({
    onSelect: (fn) => navigate({ fn }),
    onSandwich: (fn) => navigate({ fn }),
    onSort: (sort) => navigate({ sort }, 'replace'),
  });
  const element = h('div', { class: 'view sandwich-view' }, h('h2', { class: 'sr-only' }, 'Sandwich'));
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
      // With packages collapsed, callers read from your code; a package's own function is only in the full tree.
      const collapsed = state.collapse && fn ? sandwichOf(collapsedTree(flame.root), fn) : undefined;
      const sandwich = collapsed && collapsed.occurrences > 0 ? collapsed : fn ? sandwichOf(flame.root, fn) : undefined;
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
        h('h3', {}, h('span', { class: 'fn-name' }, fn.name), fn.file ? h('span', { class: 'fn-file' }, fn.file) : null),
        h('p', { class: 'sandwich-stats' }, `Total ${formatValue(total, flame.unit)} (${formatShare(total / flame.total)}) · self ${formatValue(sandwich.callees.self, flame.unit)} · ${sandwich.occurrences} frame${sandwich.occurrences === 1 ? '' : 's'}`),
        h('div', { class: 'sandwich-actions' },
          h('button', { type: 'button', class: 'toggle-button', 'aria-pressed': String(state.collapse), title: 'Your code first: draw the frames of each npm package, and of Node.js, in a row as one frame', onclick: () => navigate({ collapse: !state.collapse }) }, 'Collapse packages'),
          h('button', { type: 'button', class: 'link-button', onclick: () => navigate({ view: 'flamegraph' }) }, '← Back to the flamegraph'),
        ),
      );
      const options = { rootIsFrame: true, grandTotal: flame.total };
      callers.update({ model: flameModelOf(sandwich.callers, flame.unit, options), zoom: [], search: '', fn: undefined });
      callees.update({ model: flameModelOf(sandwich.callees, flame.unit, options), zoom: [], search: '', fn: undefined });
    },
  };
}
