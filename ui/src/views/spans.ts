// The requests (local root spans) or endpoints whose samples cost the most in
// the selection: from a hot frame — narrowed by search, filters or an endpoint —
// to the requests behind it, and from a request to its own flamegraph.
import type { SpanSummary, SpansResponse } from '@flamehouse/proto';
import { h, replace } from '../dom.js';
import { formatShare, formatValue } from '../format.js';
import { selectionParams } from '../state/selection.js';
import type { SpansGrouping } from '../state/url-state.js';
import type { Navigate, View, ViewContext } from './context.js';
import { createStatus } from './status.js';

function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}

export function createSpansView(navigate: Navigate, retry: () => void): View {
  const grouping = h('div', { class: 'segmented', role: 'group', 'aria-label': 'Group by' });
  const caption = h('caption', {});
  const head = h('thead', {});
  const rows = h('tbody', {});
  const table = h('table', { class: 'data-table spans-table' }, caption, head, rows);
  const hint = h('p', { class: 'hint' }, 'Click a row to open its flamegraph.');
  const body = h('div', { class: 'spans-body' }, grouping, hint, table);
  const element = h('div', { class: 'view spans-view' }, h('h2', { class: 'sr-only' }, 'Spans'));
  const status = createStatus(element);
  element.append(status.element, body);

  const open = (by: SpansGrouping, span: SpanSummary): void =>
    navigate(by === 'endpoint' ? { view: 'flamegraph', endpoint: span.endpoint } : { view: 'flamegraph', spanId: span.spanId });

  const render = (data: SpansResponse, by: SpansGrouping): void => {
    replace(
      grouping,
      (['request', 'endpoint'] as const).map((option) =>
        h(
          'button',
          { type: 'button', 'aria-pressed': String(by === option), onclick: () => navigate({ spansBy: option }, 'replace') },
          option === 'request' ? 'Requests' : 'Endpoints',
        ),
      ),
    );
    replace(caption, by === 'request' ? 'Requests that cost the most' : 'Endpoints that cost the most');
    replace(
      head,
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Endpoint'),
        by === 'request' ? h('th', { scope: 'col' }, 'Request (root span)') : null,
        by === 'request' ? h('th', { scope: 'col' }, 'Trace') : null,
        h('th', { scope: 'col', class: 'num' }, 'Cost'),
        h('th', { scope: 'col', class: 'num' }, 'Share'),
      ),
    );
    replace(
      rows,
      data.spans.map((span) =>
        h(
          'tr',
          {
            tabindex: 0,
            'data-span-id': span.spanId,
            'data-endpoint': span.endpoint,
            onclick: () => open(by, span),
            onkeydown: (event: Event) => {
              if ((event as KeyboardEvent).key === 'Enter') open(by, span);
            },
          },
          h('td', { class: 'fn-name' }, span.endpoint || '(no endpoint)'),
          by === 'request' ? h('td', { class: 'mono', title: span.spanId }, shortId(span.spanId)) : null,
          by === 'request' ? h('td', { class: 'mono', title: span.traceId }, shortId(span.traceId)) : null,
          h('td', { class: 'num' }, formatValue(span.value, data.unit)),
          h('td', { class: 'num' }, formatShare(data.total === 0 ? 0 : span.value / data.total)),
        ),
      ),
    );
  };

  return {
    element,
    async update(ctx: ViewContext) {
      const by = ctx.state.spansBy;
      const data = await status.run(() => ctx.api.spans(selectionParams(ctx.selection), by), ctx.isCurrent, retry);
      if (!data) return;
      if (data.total === 0) {
        element.classList.remove('has-data');
        status.show(ctx.noData('profiles'));
        return;
      }
      if (data.spans.length === 0) {
        element.classList.remove('has-data');
        status.show(
          h(
            'div',
            { class: 'message' },
            h('h2', {}, 'No samples carry a trace span'),
            h(
              'p',
              {},
              'When the app uses OpenTelemetry (a registered tracer provider, e.g. @opentelemetry/sdk-node with HTTP instrumentation), the agent tags every sample with the active span, its request and its endpoint. Heap profiles carry no spans: pick CPU or wall time.',
            ),
          ),
        );
        return;
      }
      element.classList.add('has-data');
      render(data, by);
    },
  };
}
