// Functions ranked by how their share changed between the two sides.
import type { DiffResponse } from '@flamehouse/proto';
import { h, replace } from '../dom.js';
import { formatShare, formatShareDelta } from '../format.js';
import { changeKind, diffColor, shareChange } from '../flamegraph/diff-colors.js';
import { aggregateDiffFunctions, type FunctionDiff } from '../flamegraph/functions.js';
import type { DiffSort, FunctionRef, Palette } from '../state/url-state.js';
import { functionCell, sameFunction, sortHeader } from './top-table.js';

export interface DiffRow {
  readonly fn: FunctionDiff;
  readonly total: ReturnType<typeof shareChange>;
  readonly self: ReturnType<typeof shareChange>;
}

export function diffRows(response: DiffResponse, sort: DiffSort): DiffRow[] {
  const { baselineTotal: b, comparisonTotal: c } = response;
  const rows = aggregateDiffFunctions(response.root).map((fn) => ({
    fn,
    total: shareChange(fn.baseline.total, b, fn.comparison.total, c),
    self: shareChange(fn.baseline.self, b, fn.comparison.self, c),
  }));
  if (sort === 'name') rows.sort((x, y) => x.fn.name.localeCompare(y.fn.name));
  else if (sort === 'self') rows.sort((x, y) => y.self.delta - x.self.delta);
  else rows.sort((x, y) => y.total.delta - x.total.delta || y.self.delta - x.self.delta);
  return rows;
}

const MAX_ROWS = 200;

export interface DiffTableHandlers {
  readonly onSort: (sort: DiffSort) => void;
  readonly onSelect: (fn: FunctionRef | undefined) => void;
}

export function createDiffTable(handlers: DiffTableHandlers): { element: HTMLElement; update(response: DiffResponse, sort: DiffSort, palette: Palette, fn: FunctionRef | undefined): void } {
  const thead = h('thead', {});
  const tbody = h('tbody', {});
  const element = h(
    'section',
    { class: 'diff-functions', 'aria-label': 'Changed functions' },
    h('table', { class: 'data-table diff-table' }, h('caption', {}, 'Functions by change of share'), thead, tbody),
  );
  const deltaCell = (change: ReturnType<typeof shareChange>, palette: Palette): HTMLElement => {
    const kind = changeKind(change);
    const pill = h('span', { class: 'delta-pill' }, formatShareDelta(change.delta));
    pill.style.background = diffColor(change.relative, palette);
    return h('td', { class: `num delta ${kind}`, 'data-change': kind }, pill);
  };
  return {
    element,
    update(response, sort, palette, fn) {
      replace(
        thead,
        h(
          'tr',
          {},
          sortHeader('Function', 'name', sort, handlers.onSort, false),
          h('th', { scope: 'col', class: 'num' }, 'Baseline'),
          h('th', { scope: 'col', class: 'num' }, 'Comparison'),
          sortHeader('Change (total)', 'change', sort, handlers.onSort),
          sortHeader('Change (self)', 'self', sort, handlers.onSort),
        ),
      );
      const rows = diffRows(response, sort).slice(0, MAX_ROWS);
      replace(
        tbody,
        rows.map((row) => {
          const selected = sameFunction(row.fn, fn);
          const ref = { name: row.fn.name, file: row.fn.file };
          return h(
            'tr',
            {
              class: selected ? 'selected' : '',
              'data-name': row.fn.name,
              'data-change': changeKind(row.total),
              tabindex: 0,
              onclick: () => handlers.onSelect(selected ? undefined : ref),
            },
            functionCell(row.fn),
            h('td', { class: 'num' }, formatShare(row.total.baselineShare)),
            h('td', { class: 'num' }, formatShare(row.total.comparisonShare)),
            deltaCell(row.total, palette),
            deltaCell(row.self, palette),
          );
        }),
      );
    },
  };
}
