// The top functions by self or total time. Picking a row highlights the
// function's frames in the flamegraph; its button opens the sandwich view.
import type { FrameRef, TopFunction, TopResponse } from '@flamehouse/proto';
import { h, replace } from '../dom.js';
import { formatShare, formatValue } from '../format.js';
import { createMatcher } from '../flamegraph/search.js';
import type { TopSort } from '../state/url-state.js';

export interface TopTableHandlers {
  readonly onSelect: (fn: FrameRef | undefined) => void;
  readonly onSandwich: (fn: FrameRef) => void;
  readonly onSort: (sort: TopSort) => void;
}

export interface TopTableView {
  readonly data: TopResponse;
  readonly sort: TopSort;
  readonly fn?: FrameRef | undefined;
  readonly search: string;
}

export interface TopTable {
  readonly element: HTMLElement;
  update(view: TopTableView): void;
}

export function sortFunctions(functions: readonly TopFunction[], sort: TopSort): TopFunction[] {
  const sorted = [...functions];
  if (sort === 'name') sorted.sort((a, b) => a.name.localeCompare(b.name) || a.file.localeCompare(b.file));
  else if (sort === 'total') sorted.sort((a, b) => b.total - a.total || b.self - a.self);
  else sorted.sort((a, b) => b.self - a.self || b.total - a.total);
  return sorted;
}

export function sameFunction(a: FrameRef | undefined, b: FrameRef | undefined): boolean {
  return a !== undefined && b !== undefined && a.name === b.name && a.file === b.file;
}

export function shareCell(value: number, total: number, unit: TopResponse['unit'], extraClass = ''): HTMLElement {
  const share = total > 0 ? value / total : 0;
  if (value === 0) return h('td', { class: `num share-cell zero ${extraClass}` }, h('span', { class: 'value' }, '–'));
  const cell = h('td', { class: `num share-cell ${extraClass}`, title: formatShare(share) }, h('span', { class: 'value' }, formatValue(value, unit)), h('span', { class: 'share' }, formatShare(share)));
  cell.style.setProperty('--share-fraction', Math.min(1, share).toFixed(4));
  return cell;
}

export function sortHeader<S extends string>(label: string, key: S, current: S, onSort: (key: S) => void, numeric = true): HTMLElement {
  const active = key === current;
  return h(
    'th',
    { scope: 'col', class: numeric ? 'num' : '', 'aria-sort': active ? (numeric ? 'descending' : 'ascending') : 'none' },
    h('button', { type: 'button', class: 'sort-button', onclick: () => onSort(key) }, label, active ? (numeric ? ' ▾' : ' ▴') : ''),
  );
}

export function functionCell(fn: FrameRef): HTMLElement {
  return h('td', { class: 'fn-cell' }, h('span', { class: 'fn-name' }, fn.name), fn.file ? h('span', { class: 'fn-file' }, fn.file) : null);
}

function withAction(cell: HTMLElement, action: HTMLElement): HTMLElement {
  cell.classList.add('has-action');
  cell.append(action);
  return cell;
}

const MAX_ROWS = 200;

export function createTopTable(handlers: TopTableHandlers): TopTable {
  const caption = h('caption', {});
  const thead = h('thead', {});
  const tbody = h('tbody', {});
  const table = h('table', { class: 'data-table top-table' }, caption, thead, tbody);
  const element = h('section', { class: 'top-functions', 'aria-label': 'Top functions' }, table);

  return {
    element,
    update({ data, sort, fn, search }) {
      replace(caption, 'Top functions', h('span', { class: 'caption-note' }, ` · total ${formatValue(data.total, data.unit)}`));
      replace(
        thead,
        h(
          'tr',
          {},
          sortHeader('Function', 'name', sort, handlers.onSort, false),
          sortHeader('Self', 'self', sort, handlers.onSort),
          sortHeader('Total', 'total', sort, handlers.onSort),
        ),
      );
      const matcher = createMatcher(search);
      const rows = sortFunctions(matcher ? data.functions.filter(matcher) : data.functions, sort).slice(0, MAX_ROWS);
      replace(
        tbody,
        rows.length === 0 ? h('tr', {}, h('td', { colspan: 3, class: 'empty-row' }, matcher ? 'No function matches the search.' : 'No functions.')) : null,
        rows.map((row) => {
          const selected = sameFunction(row, fn);
          const ref = { name: row.name, file: row.file };
          const tr = h(
            'tr',
            {
              class: selected ? 'selected' : '',
              tabindex: 0,
              'aria-selected': String(selected),
              'data-name': row.name,
              onclick: () => handlers.onSelect(selected ? undefined : ref),
              onkeydown: (event: Event) => {
                if ((event as KeyboardEvent).key === 'Enter') handlers.onSelect(selected ? undefined : ref);
              },
            },
            withAction(
              functionCell(row),
              h(
                'button',
                {
                  type: 'button',
                  class: 'sandwich-button',
                  title: `Callers and callees of ${row.name}`,
                  'aria-label': `Sandwich view of ${row.name}`,
                  onclick: (event: Event) => {
                    event.stopPropagation();
                    handlers.onSandwich(ref);
                  },
                },
                'Sandwich',
              ),
            ),
            shareCell(row.self, data.total, data.unit),
            shareCell(row.total, data.total, data.unit),
          );
          return tr;
        }),
      );
    },
  };
}
