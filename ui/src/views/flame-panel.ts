// One flamegraph with its toolbar (search, zoom breadcrumb), tooltip, legend
// and text layer. The page state owns zoom and search; the panel reports
// what the user did and draws what it is given.
import type { FrameRef } from '@flamehouse/proto';
import { h, replace } from '../dom.js';
import { formatShare } from '../format.js';
import { ancestry, findPath, namePath } from '../flamegraph/layout.js';
import type { FlameModel } from '../flamegraph/model.js';
import { createRenderer } from '../flamegraph/renderer.js';
import { createMatcher, functionMatcher, markMatches, type MatchResult } from '../flamegraph/search.js';
import { renderTextLayer } from '../flamegraph/text-layer.js';
import { frameExplanation } from '../flamegraph/explain.js';
import { tooltip } from '../flamegraph/tooltip.js';
import type { Navigate } from './context.js';
import { showMenu } from './frame-menu.js';

export interface FlamePanelOptions {
  readonly label: string;
  readonly inverted?: boolean;
  /** Show the search box (one per page is enough). */
  readonly searchable?: boolean;
  onZoom?(path: string[]): void;
  /** Replaces zooming on click, e.g. to re-centre a sandwich on the clicked function. */
  onPick?(fn: FrameRef): void;
  onSearch?(query: string): void;
  onFunction?(fn: FrameRef | undefined, action: 'highlight' | 'sandwich'): void;
}

export interface PanelView {
  readonly model: FlameModel;
  readonly zoom: readonly string[];
  readonly search: string;
  readonly fn?: FrameRef | undefined;
}

export interface FlamePanel {
  readonly element: HTMLElement;
  update(view: PanelView): void;
  setLegend(content: Node | null): void;
}

export function createFlamePanel(options: FlamePanelOptions): FlamePanel {
  const searchInput = h('input', {
    type: 'search',
    class: 'search-input',
    placeholder: 'Search functions or files (/regex/)',
    'aria-label': 'Search frames',
    spellcheck: 'false',
    oninput: () => options.onSearch?.(searchInput.value),
  });
  const matchInfo = h('span', { class: 'match-info', 'aria-live': 'polite' });
  const breadcrumb = h('nav', { class: 'breadcrumb', 'aria-label': 'Zoom path' });
  const toolbar = h('div', { class: 'flame-toolbar' }, options.searchable ? [searchInput, matchInfo] : matchInfo, breadcrumb);
  // A panel that re-centres on click never zooms: nothing to show above it.
  toolbar.hidden = options.onPick !== undefined && !options.searchable;
  const canvasWrap = h('div', { class: 'flame-canvas-wrap' });
  const legend = h('div', { class: 'flame-legend' });
  const textLayer = h('ol', { class: 'sr-only frame-list', 'aria-label': `${options.label}: frames, widest first` });
  const element = h('section', { class: 'flame-panel', 'aria-label': options.label }, toolbar, canvasWrap, legend, textLayer);

  let view: PanelView | undefined;
  let marks: Uint8Array | undefined;
  let matchCache: { model: FlameModel; key: string; result: MatchResult | undefined } | undefined;

  const zoomTo = (index: number): void => {
    if (view) options.onZoom?.(namePath(view.model.layout, index));
  };
  const pick = (index: number): void => {
    const node = view?.model.layout.nodes[index];
    if (!node) return;
    if (options.onPick) options.onPick({ name: node.name, file: node.file });
    else zoomTo(index);
  };

  const renderer = createRenderer(canvasWrap, {
    ...(options.inverted !== undefined && { inverted: options.inverted }),
    onHover(index, event) {
      const tip = tooltip();
      if (!view || index < 0 || !event) {
        tip.hide();
        return;
      }
      const node = view.model.layout.nodes[index]!;
      const change = view.model.changes?.[index];
      const explanation = frameExplanation(node.name, node.file);
      tip.show(
        {
          name: node.name,
          file: node.file,
          details: view.model.details(index, renderer.focus),
          ...(explanation !== undefined && { explanation }),
          hint: options.onPick ? 'Click to centre on this function' : 'Click to zoom · right-click for more',
          ...(change !== undefined && { change }),
        },
        event.clientX,
        event.clientY,
      );
    },
    onClick: (index) => pick(index),
    onDraw() {
      if (!view) return;
      renderTextLayer(textLayer, view.model, renderer, marks);
      element.dataset['ready'] = 'true';
    },
    onContextMenu(index, event) {
      if (!view) return;
      const node = view.model.layout.nodes[index]!;
      const fn = { name: node.name, file: node.file };
      tooltip().hide();
      showMenu(event.clientX, event.clientY, node.name, [
        { label: 'Zoom to this frame', run: () => zoomTo(index) },
        { label: 'Highlight this function', run: () => options.onFunction?.(fn, 'highlight') },
        { label: 'Sandwich: callers and callees', run: () => options.onFunction?.(fn, 'sandwich') },
        { label: 'Copy function name', run: () => void navigator.clipboard?.writeText(node.name).catch(() => undefined) },
      ]);
    },
  });

  const matches = (next: PanelView): MatchResult | undefined => {
    const key = next.search.trim() !== '' ? `s:${next.search}` : next.fn ? `f:${next.fn.name}\u0000${next.fn.file}` : '';
    if (matchCache?.model === next.model && matchCache.key === key) return matchCache.result;
    const matcher = next.search.trim() !== '' ? createMatcher(next.search) : next.fn ? functionMatcher(next.fn) : undefined;
    const result = matcher ? markMatches(next.model.layout, matcher) : undefined;
    matchCache = { model: next.model, key, result };
    return result;
  };

  const renderBreadcrumb = (model: FlameModel, focus: number): void => {
    const path = ancestry(model.layout, focus);
    if (focus === 0) {
      replace(breadcrumb, h('span', { class: 'crumb-hint' }, 'Click a frame to zoom in'), h('button', { type: 'button', class: 'crumb sr-only', 'aria-current': 'location' }, 'all'));
      return;
    }
    replace(
      breadcrumb,
      path.flatMap((index, i) => {
        const name = i === 0 ? 'all' : model.layout.nodes[index]!.name;
        const current = index === focus;
        return [
          i > 0 ? h('span', { class: 'crumb-sep', 'aria-hidden': 'true' }, '›') : null,
          h(
            'button',
            { type: 'button', class: 'crumb', 'aria-current': current ? 'location' : undefined, title: name, onclick: () => zoomTo(index) },
            name,
          ),
        ];
      }),
    );
  };

  const renderMatchInfo = (next: PanelView, result: MatchResult | undefined): void => {
    if (!result) {
      replace(matchInfo);
      return;
    }
    const searching = next.search.trim() !== '';
    const share = formatShare(result.value / (next.model.layout.total[0]! || 1));
    const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
    const what = searching ? `${plural(result.nodeCount, 'frame')} in ${plural(result.functionCount, 'function')}` : (next.fn?.name ?? '');
    replace(
      matchInfo,
      result.nodeCount === 0 ? `No frame of ${searching ? 'the search' : what}` : `${what} · ${share} of total`,
      // The highlight of a picked function outlives the table row that set it: offer to drop it here.
      !searching && next.fn && options.onFunction
        ? h('button', { type: 'button', class: 'link-button', 'aria-label': 'Clear the highlight', onclick: () => options.onFunction?.(undefined, 'highlight') }, '×')
        : null,
    );
  };

  return {
    element,
    update(next) {
      view = next;
      if (document.activeElement !== searchInput) searchInput.value = next.search;
      const focus = findPath(next.model.layout, next.zoom);
      const result = matches(next);
      marks = result?.marks;
      renderBreadcrumb(next.model, focus);
      renderMatchInfo(next, result);
      renderer.show(next.model, focus, marks);
    },
    setLegend(content) {
      replace(legend, content);
    },
  };
}

/** The page's main flamegraph: zoom, search and picked functions go into the URL. */
export function createPageFlamePanel(label: string, navigate: Navigate): FlamePanel {
  return createFlamePanel({
    label,
    searchable: true,
    onZoom: (zoom) => navigate({ zoom }),
    onSearch: (search) => navigate({ search }, 'replace'),
    onFunction: (fn, action) => navigate(action === 'sandwich' && fn ? { view: 'sandwich', fn } : { fn }),
  });
}
