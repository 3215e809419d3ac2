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

/** Rows per page: a page fits a screen beside the flamegraph. */
export const DIFF_PAGE_ROWS = 25;

export interface DiffTableHandlers {
  readonly onSort: (sort: DiffSort) => void;
  readonly onSelect: (fn: FunctionRef | undefined) => void;
  readonly onPage: (page: number) => void;
}

export interface DiffTable {
  readonly element: HTMLElement;
  update(response: DiffResponse, sort: DiffSort, palette: Palette, fn: FunctionRef | undefined, page: number): void;
}

export function createDiffTable(handlers: DiffTableHandlers): DiffTable {
  const thead = h('thead', {});
  const tbody = h('tbody', {});
  const pager = h('nav', { class: 'pager', 'aria-label': 'Pages of changed functions' });
  const element = h(
    'section',
    { class: 'diff-functions', 'aria-label': 'Changed functions' },
    h('table', { class: 'data-table diff-table' }, h('caption', {}, 'Functions by change of share'), thead, tbody),
    pager,
  );
  const renderPager = (page: number, pages: number, rows: number): void => {
    const first = page * DIFF_PAGE_ROWS;
    replace(
      pager,
      h('button', { type: 'button', disabled: page === 0, onclick: () => handlers.onPage(page - 1) }, '‹ Previous'),
      h('span', { class: 'pager-position' }, `${first + 1}–${Math.min(rows, first + DIFF_PAGE_ROWS)} of ${rows} functions · page ${page + 1} of ${pages}`),
      h('button', { type: 'button', disabled: page >= pages - 1, onclick: () => handlers.onPage(page + 1) }, 'Next ›'),
    );
    pager.hidden = pages <= 1;
  };
  const deltaCell = (change: ReturnType<typeof shareChange>, palette: Palette): HTMLElement => {
    const kind = changeKind(change);
    const pill = h('span', { class: 'delta-pill' }, formatShareDelta(change.delta));
    pill.style.background = diffColor(change.relative, palette);
    return h('td', { class: `num delta ${kind}`, 'data-change': kind }, pill);
  };
  return {
    element,
    update(response, sort, palette, fn, requestedPage) {
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
      const all = diffRows(response, sort);
      const pages = Math.max(1, Math.ceil(all.length / DIFF_PAGE_ROWS));
      const page = Math.min(Math.max(0, requestedPage), pages - 1);
      const rows = all.slice(page * DIFF_PAGE_ROWS, (page + 1) * DIFF_PAGE_ROWS);
      renderPager(page, pages, all.length);
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
