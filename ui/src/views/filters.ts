// Label filters (`service.version = 2.0.0`) with autocomplete from the labels
// API, and the span selection a trace link brought in.
import type { Api } from '../api.js';
import { h, replace } from '../dom.js';
import type { AppState } from '../state/url-state.js';

export interface FilterHandlers {
  onFilters(filters: (readonly [string, string])[]): void;
  onClearSpan(param: 'spanId' | 'traceId' | 'endpoint'): void;
}

export interface FilterBar {
  readonly element: HTMLElement;
  update(state: AppState): void;
}

let datalistIds = 0;

function datalist(): HTMLDataListElement {
  return h('datalist', { id: `fh-list-${++datalistIds}` });
}

function fillList(list: HTMLDataListElement, values: readonly string[]): void {
  replace(
    list,
    values.map((v) => h('option', { value: v })),
  );
}

export function createFilterBar(api: Api, handlers: FilterHandlers): FilterBar {
  const keyList = datalist();
  const valueList = datalist();
  const keyInput = h('input', { class: 'filter-key', list: keyList.id, placeholder: 'label', 'aria-label': 'Filter label', autocomplete: 'off', spellcheck: 'false' });
  const valueInput = h('input', { class: 'filter-value', list: valueList.id, placeholder: 'value', 'aria-label': 'Filter value', autocomplete: 'off', spellcheck: 'false' });
  const form = h('form', { class: 'filter-form' }, keyInput, h('span', { class: 'eq' }, '='), valueInput, h('button', { type: 'submit' }, 'Add filter'), keyList, valueList);
  const chips = h('ul', { class: 'chips', 'aria-label': 'Active filters' });
  const element = h('div', { class: 'filter-bar' }, h('span', { class: 'bar-label' }, 'Filters'), chips, form);
  let state: AppState | undefined;
  let loadedKeysFor: string | undefined;

  const loadValues = (): void => {
    const service = state?.service;
    const key = keyInput.value.trim();
    if (!service || key === '') return;
    api.labelValues(service, key).then(
      ({ values }) => fillList(valueList, values),
      () => fillList(valueList, []),
    );
  };
  keyInput.addEventListener('change', loadValues);
  valueInput.addEventListener('focus', loadValues);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!state) return;
    let key = keyInput.value.trim();
    let value = valueInput.value.trim();
    // Accept `key=value` typed into the first box.
    const at = key.indexOf('=');
    if (at > 0 && value === '') {
      value = key.slice(at + 1).trim();
      key = key.slice(0, at).trim();
    }
    if (key === '' || value === '') {
      (key === '' ? keyInput : valueInput).focus();
      return;
    }
    keyInput.value = '';
    valueInput.value = '';
    const rest = state.filters.filter(([k, v]) => !(k === key && v === value));
    handlers.onFilters([...rest, [key, value]]);
  });

  const chip = (label: string, value: string, remove: () => void): HTMLElement =>
    h(
      'li',
      { class: 'chip' },
      h('span', { class: 'chip-key' }, label),
      h('span', { class: 'eq' }, '='),
      h('span', { class: 'chip-value' }, value),
      h('button', { type: 'button', class: 'chip-remove', 'aria-label': `Remove ${label}=${value}`, onclick: remove }, '×'),
    );

  return {
    element,
    update(next) {
      state = next;
      if (next.service && next.service !== loadedKeysFor) {
        loadedKeysFor = next.service;
        const service = next.service;
        api.labelKeys(service).then(
          (keys) => {
            if (state?.service === service) fillList(keyList, keys);
          },
          () => fillList(keyList, []),
        );
      }
      const spanChips = (
        [
          ['traceId', 'trace_id'],
          ['spanId', 'span_id'],
          ['endpoint', 'endpoint'],
        ] as const
      ).flatMap(([field, label]) => {
        const value = next[field];
        return value === undefined ? [] : [chip(label, value, () => handlers.onClearSpan(field))];
      });
      replace(
        chips,
        next.filters.map(([key, value], i) => chip(key, value, () => handlers.onFilters(next.filters.filter((_, j) => j !== i)))),
        spanChips,
      );
      chips.hidden = next.filters.length === 0 && spanChips.length === 0;
    },
  };
}
