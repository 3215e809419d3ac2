// Label filters (`service.version = 2.0.0`, `pod != api-1`, `pod =~ api-.*`)
// with autocomplete from the labels API, and the span selection a trace link
// brought in.
import { MATCH_OPS, MatcherSyntaxError, parseFilter, type LabelMatcher, type MatchOp } from '@flamehouse/proto/label-matchers';
import type { Api } from '../api.js';
import { h, replace } from '../dom.js';
import type { AppState } from '../state/url-state.js';

export interface FilterHandlers {
  onFilters(filters: readonly LabelMatcher[]): void;
  onClearSpan(param: 'spanId' | 'traceId' | 'endpoint'): void;
}

export interface FilterBar {
  readonly element: HTMLElement;
  update(state: AppState): void;
}

const OP_TITLES: Record<MatchOp, string> = {
  '=': 'equals',
  '!=': 'does not equal',
  '=~': 'matches the regular expression (whole value)',
  '!~': 'does not match the regular expression',
};

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
  const opSelect = h(
    'select',
    { class: 'filter-op', 'aria-label': 'Filter operator' },
    MATCH_OPS.map((op) => h('option', { value: op, title: OP_TITLES[op] }, op)),
  );
  const form = h('form', { class: 'filter-form' }, keyInput, opSelect, valueInput, h('button', { type: 'submit' }, 'Add filter'), keyList, valueList);
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
    const key = keyInput.value.trim();
    const value = valueInput.value.trim();
    let matcher: LabelMatcher;
    try {
      // `key=value` (or any operator) typed into the first box counts too.
      matcher = key.includes('=') && value === '' ? parseFilter(key) : parseFilter(`${key}${opSelect.value}${value}`);
    } catch (error) {
      keyInput.setCustomValidity(error instanceof MatcherSyntaxError ? error.message : String(error));
      keyInput.reportValidity();
      return;
    }
    if (matcher.key === '' || matcher.value === '') {
      (matcher.key === '' ? keyInput : valueInput).focus();
      return;
    }
    keyInput.setCustomValidity('');
    keyInput.value = '';
    valueInput.value = '';
    opSelect.value = '=';
    const rest = state.filters.filter((f) => !(f.key === matcher.key && f.op === matcher.op && f.value === matcher.value));
    handlers.onFilters([...rest, matcher]);
  });
  keyInput.addEventListener('input', () => keyInput.setCustomValidity(''));

  const chip = (label: string, op: MatchOp, value: string, remove: () => void): HTMLElement =>
    h(
      'li',
      { class: 'chip' },
      h('span', { class: 'chip-key' }, label),
      h('span', { class: 'eq', title: OP_TITLES[op] }, op),
      h('span', { class: 'chip-value' }, value),
      h('button', { type: 'button', class: 'chip-remove', 'aria-label': `Remove ${label}${op}${value}`, onclick: remove }, '×'),
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
        return value === undefined ? [] : [chip(label, '=', value, () => handlers.onClearSpan(field))];
      });
      replace(
        chips,
        next.filters.map((f, i) => chip(f.key, f.op, f.value, () => handlers.onFilters(next.filters.filter((_, j) => j !== i)))),
        spanChips,
      );
      chips.hidden = next.filters.length === 0 && spanChips.length === 0;
    },
  };
}
