// Wires the page: state ⇄ URL, header, filters, timeline and the views.
// Every state change re-renders; API answers are cached, so zooming or
// switching views redraws without asking the server again.
import type { ServiceSummary } from '@flamehouse/proto';
import { createApi, errorMessage, needsToken, type Api } from './api.js';
import { storeToken } from './auth.js';
import { setTimeZoneMode } from './clock.js';
import { h, replace } from './dom.js';
import { diffRanges, selectionOf } from './state/selection.js';
import { createStore, type HistoryMode } from './state/store.js';
import { resolveRange, type RangeSpec, type ResolvedRange } from './state/time-range.js';
import { withDefaults } from './state/defaults.js';
import type { AppState } from './state/url-state.js';
import type { View, ViewContext } from './views/context.js';
import { createDiffView } from './views/diff.js';
import { createExportBar } from './views/export-bar.js';
import { createAgentsView } from './views/agents.js';
import { createFilterBar } from './views/filters.js';
import { createFlamegraphView } from './views/flamegraph.js';
import { createHeader, TYPE_LABELS } from './views/header.js';
import { createLeaksView } from './views/leaks.js';
import { errorBox, loadingBox, noDataBox, onboardingBox, tokenBox } from './views/messages.js';
import { createSandwichView } from './views/sandwich.js';
import { createShareButton, pinnedLink } from './views/share.js';
import { createSpansView } from './views/spans.js';
import { createTabs } from './views/tabs.js';
import { createTagsView } from './views/tags.js';
import { createTimeline } from './views/timeline.js';
import { timelineContent } from './views/timeline-sources.js';
import { formatRange } from './format.js';

function rangeKey(spec: RangeSpec): string {
  return spec.kind === 'preset' ? spec.preset : `${spec.fromMs}-${spec.toMs}`;
}

export function startApp(root: HTMLElement, api: Api = createApi()): void {
  const store = createStore();
  const navigate = (patch: Partial<AppState>, mode: HistoryMode = 'push'): void => store.update(patch, mode);
  let services: ServiceSummary[] | undefined;
  let resolved: { key: string; range: ResolvedRange } | undefined;
  let generation = 0;

  const refresh = (): void => {
    api.clear();
    services = undefined;
    resolved = undefined;
    void render();
  };
  const retry = (): void => {
    void render();
  };

  const header = createHeader({
    onService: (service) => navigate({ service, type: undefined, filters: [], zoom: [], fn: undefined, leak: undefined, maxNodes: undefined, diff: { ...store.get().diff, baseline: undefined, comparison: undefined } }),
    onType: (type) => navigate({ type, leak: undefined }),
    onRange: (range) => navigate({ range }),
    onRefresh: refresh,
    onTimeZone: (tz) => navigate({ tz }, 'replace'),
  });
  const share = createShareButton(() => {
    const state = store.get();
    const range = resolve(state.range);
    return { url: pinnedLink(state, range, `${window.location.origin}${window.location.pathname}`), description: formatRange(range.fromMs, range.toMs) };
  });
  const filterBar = createFilterBar(api, {
    onFilters: (filters) => navigate({ filters }),
    onClearSpan: (field) => navigate({ [field]: undefined }),
  });
  const tabs = createTabs((view) => navigate({ view }));
  const exportBar = createExportBar();
  const views: Record<AppState['view'], View> = {
    flamegraph: createFlamegraphView(navigate, retry),
    sandwich: createSandwichView(navigate, retry),
    diff: createDiffView(navigate, retry),
    tags: createTagsView(navigate, retry),
    leaks: createLeaksView(navigate, retry),
    spans: createSpansView(navigate, retry),
    agents: createAgentsView(retry),
  };
  const timeline = createTimeline((range) => {
    const view = views[store.get().view];
    if (!view.brush?.(range)) navigate({ range: { kind: 'absolute', ...range } });
  });
  const globalMessage = h('div', { class: 'global-message' });
  const viewHost = h('div', { class: 'views' }, Object.values(views).map((v) => v.element));
  const workspace = h('div', { class: 'workspace' }, h('div', { class: 'toolbar-row' }, tabs.element, h('div', { class: 'toolbar-actions' }, share, exportBar.element)), timeline.element, viewHost);
  replace(root, header.element, h('div', { class: 'subbar' }, filterBar.element), h('main', { class: 'main' }, globalMessage, workspace));

  const showGlobal = (content: Node | null): void => {
    replace(globalMessage, content);
    workspace.hidden = content !== null;
  };

  const resolve = (spec: RangeSpec): ResolvedRange => {
    const key = rangeKey(spec);
    if (resolved?.key !== key) resolved = { key, range: resolveRange(spec, Date.now()) };
    return resolved.range;
  };

  const updateTimeline = async (state: AppState, ctx: ViewContext): Promise<void> => {
    const bands =
      state.view === 'diff' && state.diff.mode === 'time'
        ? (() => {
            const sides = diffRanges(state.diff, ctx.range);
            return [
              { range: sides.baseline, className: 'baseline', label: 'baseline' },
              { range: sides.comparison, className: 'comparison', label: 'comparison' },
            ];
          })()
        : undefined;
    const hint = bands
      ? 'Drag (or Shift+arrow keys) to set the highlighted diff side'
      : state.view === 'tags'
        ? 'Each colour is one value of the label; drag to zoom into a time range'
        : 'Drag across the chart (or Shift+arrow keys) to zoom into a time range';
    try {
      const content = await timelineContent(ctx, navigate);
      if (ctx.isCurrent()) timeline.update({ ...content, range: ctx.range, hint, ...(bands && { bands }) });
    } catch {
      // The view below reports the failure; the timeline just stays empty.
      if (ctx.isCurrent()) timeline.update(undefined, 'Timeline unavailable');
    }
  };

  const render = async (): Promise<void> => {
    const current = ++generation;
    const isCurrent = (): boolean => current === generation;
    if (!services) {
      if (!globalMessage.hasChildNodes()) showGlobal(loadingBox('Loading services…'));
      try {
        services = (await api.services()).services;
      } catch (error) {
        if (!isCurrent()) return;
        showGlobal(
          needsToken(error)
            ? tokenBox(errorMessage(error), (token) => {
                storeToken(token);
                refresh();
              })
            : errorBox(error, retry),
        );
        return;
      }
      if (!isCurrent()) return;
    }
    const state = store.get();
    setTimeZoneMode(state.tz);
    header.update(state, services, resolve(state.range));
    root.classList.toggle('no-services', services.length === 0);
    if (services.length === 0) {
      showGlobal(onboardingBox(window.location.origin));
      return;
    }
    const defaults = withDefaults(state, services);
    if (defaults) {
      navigate(defaults, 'replace');
      return;
    }
    const service = services.find((s) => s.name === state.service);
    if (!service) {
      showGlobal(
        h(
          'div',
          { class: 'message error', role: 'alert' },
          h('h2', {}, `No profiles from “${state.service ?? ''}”`),
          h('p', {}, 'Pick a service that has sent profiles:'),
          h('div', { class: 'actions' }, services.map((s) => h('button', { type: 'button', onclick: () => navigate({ service: s.name, type: undefined }) }, s.name))),
        ),
      );
      return;
    }
    showGlobal(null);
    document.title = `${service.name} · ${state.type ? TYPE_LABELS[state.type] : ''} · ${state.view} · Flamehouse`;
    const range = resolve(state.range);
    const selection = selectionOf(state, range)!;
    filterBar.update(state);
    tabs.update(state);
    exportBar.update(selection);
    for (const [name, view] of Object.entries(views)) view.element.hidden = name !== state.view;
    const ctx: ViewContext = {
      state,
      selection,
      range,
      service,
      api,
      isCurrent,
      noData: (what) =>
        noDataBox({
          what: `${TYPE_LABELS[selection.type]} ${what}`,
          range,
          service,
          filtered: state.filters.length > 0 || state.traceId !== undefined || state.spanId !== undefined,
          onRange: (next) => navigate({ range: next }),
          onClearFilters: () => navigate({ filters: [], traceId: undefined, spanId: undefined, endpoint: undefined }),
        }),
    };
    await Promise.all([updateTimeline(state, ctx), views[state.view].update(ctx)]);
  };

  store.subscribe(() => void render());
  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof Element && event.target.closest('input, select, textarea') !== null;
    if (event.key === '/' && !typing) {
      const search = document.querySelector<HTMLInputElement>('.view:not([hidden]) .search-input');
      if (search) {
        event.preventDefault();
        search.focus();
      }
    } else if (event.key === 'Escape' && !typing && store.get().zoom.length > 0) {
      navigate({ zoom: store.get().zoom.slice(0, -1) });
    }
  });
  void render();
}
