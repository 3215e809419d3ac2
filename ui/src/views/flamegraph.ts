// The main view: the flamegraph of the selection beside its top functions.
import type { Navigate, View, ViewContext } from './context.js';
import { MAX_NODES, MAX_NODES_LIMIT } from '../api.js';
import { h, replace } from '../dom.js';
import { selectionParams } from '../state/selection.js';
import { createPageFlamePanel } from './flame-panel.js';
import { frameLegend } from './legend.js';
import { prunedNote } from './messages.js';
import { collapsedTree, flameModelOf } from './models.js';
import { createStatus } from './status.js';
import { createTopTable } from './top-table.js';

export function createFlamegraphView(navigate: Navigate, retry: () => void): View {
  const panel = createPageFlamePanel('Flamegraph', navigate);
  const table = createTopTable({
    onSelect: (fn) => navigate({ fn }),
    onSandwich: (fn) => navigate({ view: 'sandwich', fn }),
    onSort: (sort) => navigate({ sort }, 'replace'),
  });
  const note = h('div', { class: 'note-slot' });
  const body = h('div', { class: 'flame-layout' }, h('div', { class: 'flame-main' }, note, panel.element), table.element);
  const element = h('div', { class: 'view flamegraph-view' }, h('h2', { class: 'sr-only' }, 'Flamegraph'));
  const status = createStatus(element);
  element.append(status.element, body);

  return {
    element,
    async update(ctx: ViewContext) {
      const params = selectionParams(ctx.selection);
      const maxNodes = ctx.state.maxNodes ?? MAX_NODES;
      // Both are asked at once, the flamegraph first (the server merges the selection once for both, then
      // answers in that order); the flamegraph is drawn as soon as it is here.
      const flameAnswer = ctx.api.flamegraph(params, maxNodes);
      const topAnswer = ctx.api.top(params);
      void topAnswer.catch(() => undefined);
      const flame = await status.run(() => flameAnswer, ctx.isCurrent, retry);
      if (!flame) return;
      if (flame.total === 0) {
        element.classList.remove('has-data');
        status.show(ctx.noData('profiles'));
        return;
      }
      element.classList.add('has-data');
      const { state } = ctx;
      const model = flameModelOf(state.collapse ? collapsedTree(flame.root) : flame.root, flame.unit);
      panel.update({ model, zoom: state.zoom, search: state.search, fn: state.fn, collapse: state.collapse });
      panel.setLegend(frameLegend(model.legend));
      replace(note, prunedNote(flame.nodeCount, maxNodes, MAX_NODES_LIMIT, (more) => navigate({ maxNodes: more })));
      const top = await status.run(() => topAnswer, ctx.isCurrent, retry);
      if (top) table.update({ data: top, sort: state.sort, fn: state.fn, search: state.search });
    },
  };
}
