// The tag explorer: the selection broken down by the values of one label
// (pod, version, endpoint…). The timeline above stacks one layer per value;
// the table ranks them. Clicking a value filters on it and opens its
// flamegraph; "exclude" filters it out and stays.
import type { LabelBreakdownResponse } from '@flamehouse/proto';
import type { LabelMatcher } from '@flamehouse/proto/label-matchers';
import { h, replace } from '../dom.js';
import { formatShare, formatValue } from '../format.js';
import { selectionParams } from '../state/selection.js';
import { DEFAULT_DIFF_KEY, HEAP_TYPES, type AppState } from '../state/url-state.js';
import type { Navigate, View, ViewContext } from './context.js';
import { OTHER_SERIES_COLOR, seriesColor } from './series-colors.js';
import { createStatus } from './status.js';
import { ENDPOINT_KEY, groupLabel } from './timeline-sources.js';

/** The keys a first visit groups by, in order of preference, before any other. */
const PREFERRED_KEYS = [DEFAULT_DIFF_KEY, 'host.name', 'service.instance.id'];

export function defaultTagKey(keys: readonly string[]): string | undefined {
  return PREFERRED_KEYS.find((key) => keys.includes(key)) ?? keys[0];
}

/** The value's total, its share, and a bar of that share in its colour. */
function totalCells(total: number, data: LabelBreakdownResponse, color: string): HTMLElement[] {
  const share = data.total > 0 ? total / data.total : 0;
  const bar = h('span', { class: 'share-bar', 'aria-hidden': 'true' });
  bar.style.width = `${(Math.min(1, share) * 100).toFixed(2)}%`;
  bar.style.background = color;
  return [h('td', { class: 'bar-cell' }, bar), h('td', { class: 'num' }, formatValue(total, data.unit)), h('td', { class: 'num' }, formatShare(share))];
}

function swatch(color: string): HTMLElement {
  const element = h('span', { class: 'swatch', 'aria-hidden': 'true' });
  element.style.background = color;
  return element;
}

export function createTagsView(navigate: Navigate, retry: () => void): View {
  const keySelect = h('select', { 'aria-label': 'Group by label' });
  const controls = h('div', { class: 'tags-controls' }, h('label', { class: 'field' }, h('span', {}, 'Group by'), keySelect), h('span', { class: 'hint' }, 'Click a value to see its flamegraph.'));
  const caption = h('caption', {});
  const rows = h('tbody', {});
  const table = h(
    'table',
    { class: 'data-table tags-table' },
    caption,
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Value'),
        h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, 'Share')),
        h('th', { scope: 'col', class: 'num' }, 'Total'),
        h('th', { scope: 'col', class: 'num' }, 'Share'),
        h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, 'Actions')),
      ),
    ),
    rows,
  );
  const body = h('div', { class: 'tags-body' }, table);
  const element = h('div', { class: 'view tags-view' }, h('h2', { class: 'sr-only' }, 'Tag explorer'));
  const status = createStatus(element);
  element.append(controls, status.element, body);
  let filters: readonly LabelMatcher[] = [];
  keySelect.addEventListener('change', () => navigate({ tagKey: keySelect.value }, 'replace'));

  const withFilter = (matcher: LabelMatcher): LabelMatcher[] => [...filters.filter((f) => !(f.key === matcher.key && f.op === '=')), matcher];
  /** Opening a value: a label's is a filter; an endpoint's is the selection's endpoint (work outside requests has none to open). */
  const opening = (key: string, value: string): Partial<AppState> | undefined => {
    if (key !== ENDPOINT_KEY) return { filters: withFilter({ key, op: '=', value }), view: 'flamegraph' };
    return value === '' ? undefined : { endpoint: value, view: 'flamegraph' };
  };

  const render = (data: LabelBreakdownResponse): void => {
    const shown = data.groups.length;
    replace(
      caption,
      `By ${data.key === ENDPOINT_KEY ? 'endpoint' : data.key}`,
      h('span', { class: 'caption-note' }, ` · ${data.valueCount} value${data.valueCount === 1 ? '' : 's'}${data.valueCount > shown ? `, the ${shown} heaviest apart` : ''} · total ${formatValue(data.total, data.unit)}`),
    );
    const row = (value: string, total: number, color: string, rank: number): HTMLElement => {
      const label = groupLabel(data.key, value);
      const patch = opening(data.key, value);
      const open = (): void => {
        if (patch) navigate(patch);
      };
      const endpoint = data.key === ENDPOINT_KEY;
      return h(
        'tr',
        {
          tabindex: patch ? 0 : undefined,
          class: patch ? '' : 'other-row',
          'data-value': value,
          'data-rank': rank,
          title: patch ? `${endpoint ? `Open the flamegraph of ${value}` : `Filter on ${data.key}=${value} and open its flamegraph`}` : undefined,
          onclick: open,
          onkeydown: (event: Event) => {
            if ((event as KeyboardEvent).key === 'Enter') open();
          },
        },
        h('td', {}, h('span', { class: 'tag-value' }, swatch(color), h('span', { class: value === '' ? 'fn-file' : 'fn-name' }, label))),
        totalCells(total, data, color),
        h(
          'td',
          { class: 'actions-cell' },
          endpoint ? null : h(
            'button',
            {
              type: 'button',
              class: 'link-button',
              'aria-label': `Exclude ${data.key}=${value}`,
              onclick: (event: Event) => {
                event.stopPropagation();
                navigate({ filters: [...filters, { key: data.key, op: '!=', value }] });
              },
            },
            'Exclude',
          ),
        ),
      );
    };
    replace(
      rows,
      data.groups.map((g, i) => row(g.value, g.total, seriesColor(i), i + 1)),
      data.other
        ? h(
            'tr',
            { class: 'other-row' },
            h('td', {}, h('span', { class: 'tag-value' }, swatch(OTHER_SERIES_COLOR), `${data.valueCount - shown} other values`)),
            totalCells(data.other.total, data, OTHER_SERIES_COLOR),
            h('td', {}),
          )
        : null,
    );
  };

  return {
    element,
    async update(ctx: ViewContext) {
      const { state, selection } = ctx;
      filters = state.filters;
      const keys = await status.run(() => ctx.api.labelKeys(selection.service), ctx.isCurrent, retry);
      if (!keys) return;
      const key = state.tagKey ?? defaultTagKey(keys);
      if (key === undefined) {
        element.classList.remove('has-data');
        status.show(h('div', { class: 'message' }, h('h2', {}, 'No labels to group by'), h('p', {}, 'This service’s profiles carry no labels. The agent adds host.name, process.pid and service.version (set FLAMEHOUSE_VERSION or OTEL_RESOURCE_ATTRIBUTES).')));
        return;
      }
      if (state.tagKey === undefined) {
        navigate({ tagKey: key }, 'replace');
        return;
      }
      // Requests carry their endpoint on wall and CPU samples (heap samples have none).
      const choices = [...(keys.includes(key) || key === ENDPOINT_KEY ? keys : [key, ...keys]), ...(HEAP_TYPES.has(selection.type) ? [] : [ENDPOINT_KEY])];
      replace(
        keySelect,
        choices.map((k) => h('option', { value: k, selected: k === key }, k === ENDPOINT_KEY ? 'endpoint (of requests)' : k)),
      );
      keySelect.value = key;
      const data = await status.run(() => ctx.api.breakdown(selectionParams(selection), key), ctx.isCurrent, retry);
      if (!data) return;
      if (data.total === 0) {
        element.classList.remove('has-data');
        status.show(ctx.noData('profiles'));
        return;
      }
      element.classList.add('has-data');
      render(data);
    },
  };
}
