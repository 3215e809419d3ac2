// One flamegraph with its toolbar (search and its matches, "collapse
// packages", zoom breadcrumb), its legend (both stay in view while the canvas
// scrolls), tooltip and text layer. The page state owns zoom, search and
// collapsing; the panel reports what the user did and draws what it is given.
// The canvas takes focus: arrow keys walk the frames, Enter zooms, Escape
// zooms out.
import type { FrameRef } from '@flamehouse/proto';
import { h, replace } from '../dom.js';
import { formatShare } from '../format.js';
import type { CollapsedFrame } from '../flamegraph/collapse.js';
import { ancestry, findPath, namePath } from '../flamegraph/layout.js';
import type { FlameModel } from '../flamegraph/model.js';
import { createRenderer, type FrameBox } from '../flamegraph/renderer.js';
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
  /** Offers the "collapse packages" toggle. */
  onCollapse?(collapse: boolean): void;
}

export interface PanelView {
  readonly model: FlameModel;
  readonly zoom: readonly string[];
  readonly search: string;
  readonly fn?: FrameRef | undefined;
  readonly collapse?: boolean;
}

export interface FlamePanel {
  readonly element: HTMLElement;
  update(view: PanelView): void;
  setLegend(content: Node | null): void;
}

/** Crumbs shown around the "…" of a deep zoom: the root and the last few. */
const CRUMBS_AT_END = 3;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function createFlamePanel(options: FlamePanelOptions): FlamePanel {
  const searchInput = h('input', {
    type: 'search',
    class: 'search-input',
    placeholder: 'Search functions or files (/regex/)',
    'aria-label': 'Search frames',
    title: 'Enter: next match · Shift+Enter: previous',
    spellcheck: 'false',
    oninput: () => options.onSearch?.(searchInput.value),
  });
  const matchInfo = h('span', { class: 'match-info', 'aria-live': 'polite' });
  const collapseButton = h('button', {
    type: 'button',
    class: 'toggle-button',
    title: 'Your code first: draw the frames of each npm package, and of Node.js, in a row as one frame',
    onclick: () => options.onCollapse?.(collapseButton.getAttribute('aria-pressed') !== 'true'),
  }, 'Collapse packages');
  const breadcrumb = h('nav', { class: 'breadcrumb', 'aria-label': 'Zoom path' });
  const toolbar = h('div', { class: 'flame-toolbar' }, options.searchable ? [searchInput, matchInfo] : matchInfo, options.onCollapse ? collapseButton : null, breadcrumb);
  // A panel that re-centres on click never zooms: nothing to show above it.
  toolbar.hidden = options.onPick !== undefined && !options.searchable;
  const legend = h('div', { class: 'flame-legend' });
  const head = h('div', { class: 'flame-head' }, toolbar, legend);
  const canvasWrap = h('div', {
    class: 'flame-canvas-wrap',
    tabindex: 0,
    role: 'application',
    'aria-roledescription': 'flamegraph',
    'aria-label': `${options.label}. Arrow keys move between frames, Enter ${options.onPick ? 'centres on' : 'zooms into'} the frame, Escape zooms out.`,
  });
  // The keyboard's cursor, not the mouse's: a click also focuses the canvas, and must not move the page.
  const keyboardFocused = (): boolean => document.activeElement === canvasWrap && canvasWrap.matches(':focus-visible');
  const announcer = h('div', { class: 'sr-only', 'aria-live': 'polite' });
  const textLayer = h('ol', { class: 'sr-only frame-list', 'aria-label': `${options.label}: frames, widest first` });
  const element = h('section', { class: 'flame-panel', 'aria-label': options.label }, head, canvasWrap, announcer, textLayer);

  let view: PanelView | undefined;
  let marks: Uint8Array | undefined;
  let matchCache: { model: FlameModel; key: string; result: MatchResult | undefined } | undefined;
  let crumbsOpen = false;
  let lastSearch = '';
  let matchAt = -1;

  const zoomTo = (index: number): void => {
    if (view) options.onZoom?.(namePath(view.model.layout, index));
  };
  const pick = (index: number): void => {
    const node = view?.model.layout.nodes[index];
    if (!node) return;
    if (options.onPick) options.onPick({ name: node.name, file: node.file });
    else zoomTo(index);
  };

  const explanationOf = (node: FrameRef): string | undefined => {
    const collapsed = (node as CollapsedFrame).collapsedFunctions;
    if (collapsed !== undefined) return `${plural(collapsed, 'function')} of ${node.name} in a row, drawn as one frame (“Collapse packages” is on).`;
    return frameExplanation(node.name, node.file);
  };

  const showTip = (index: number, clientX: number, clientY: number): void => {
    if (!view) return;
    const node = view.model.layout.nodes[index]!;
    const change = view.model.changes?.[index];
    const explanation = explanationOf(node);
    tooltip().show(
      {
        name: node.name,
        file: node.file,
        details: view.model.details(index, renderer.focus),
        ...(explanation !== undefined && { explanation }),
        hint: options.onPick ? 'Click to centre on this function' : 'Click to zoom · right-click for more',
        ...(change !== undefined && { change }),
      },
      clientX,
      clientY,
    );
  };

  const renderer = createRenderer(canvasWrap, {
    ...(options.inverted !== undefined && { inverted: options.inverted }),
    onHover(index, event) {
      if (!view || index < 0 || !event) tooltip().hide();
      else showTip(index, event.clientX, event.clientY);
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

  /** Where a frame is on screen, or undefined when it is not drawn. */
  const screenBox = (index: number): FrameBox | undefined => {
    const box = renderer.boxOf(index);
    if (!box) return undefined;
    const rect = renderer.canvas.getBoundingClientRect();
    return { x: rect.left + box.x, y: rect.top + box.y, width: box.width, height: box.height };
  };

  /** Scrolls the page so the frame is in view below the sticky head. */
  const reveal = (index: number): void => {
    const box = screenBox(index);
    if (!box) return;
    const headBottom = Math.max(0, head.getBoundingClientRect().bottom);
    if (box.y < headBottom + 4 || box.y + box.height > window.innerHeight - 8) window.scrollBy({ top: box.y - headBottom - window.innerHeight / 4, behavior: 'instant' });
  };

  /** Makes `index` the keyboard's current frame: outlined, described, in view. */
  const moveCursor = (index: number, say?: string): void => {
    if (!view || index < 0) return;
    renderer.setCursor(index);
    reveal(index);
    announcer.textContent = `${say ?? ''}${view.model.summary(index)}`;
    const box = screenBox(index);
    if (box && keyboardFocused()) showTip(index, box.x + Math.min(box.width / 2, 40), box.y + box.height);
  };

  const matches = (next: PanelView): MatchResult | undefined => {
    const key = next.search.trim() !== '' ? `s:${next.search}` : next.fn ? `f:${next.fn.name}\u0000${next.fn.file}` : '';
    if (matchCache?.model === next.model && matchCache.key === key) return matchCache.result;
    const matcher = next.search.trim() !== '' ? createMatcher(next.search) : next.fn ? functionMatcher(next.fn) : undefined;
    const result = matcher ? markMatches(next.model.layout, matcher) : undefined;
    matchCache = { model: next.model, key, result };
    return result;
  };

  /** The matches drawn in the current zoom, shallowest first, left to right. */
  const drawnMatches = (): number[] => {
    if (!marks) return [];
    const list: number[] = [];
    for (let i = 0; i < marks.length; i++) if (marks[i] === 1 && renderer.boxOf(i)) list.push(i);
    return list;
  };

  const goToMatch = (at: number): void => {
    const list = drawnMatches();
    if (list.length === 0) return;
    matchAt = ((at % list.length) + list.length) % list.length;
    moveCursor(list[matchAt]!, `Match ${matchAt + 1} of ${list.length}: `);
    if (view) renderMatchInfo(view, matchCache?.result);
  };

  searchInput.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    goToMatch(matchAt + (event.shiftKey ? -1 : 1));
  });

  const renderBreadcrumb = (model: FlameModel, focus: number): void => {
    const path = ancestry(model.layout, focus);
    if (focus === 0) {
      replace(breadcrumb, h('span', { class: 'crumb-hint' }, 'Click a frame to zoom in'), h('button', { type: 'button', class: 'crumb sr-only', 'aria-current': 'location' }, 'all'));
      return;
    }
    // Deep zooms keep one line: the root, "…" for the middle (it opens them all), and the last few.
    const hidden = crumbsOpen ? 0 : Math.max(0, path.length - 1 - CRUMBS_AT_END);
    const crumb = (index: number, i: number): HTMLElement => {
      const name = i === 0 ? 'all' : model.layout.nodes[index]!.name;
      return h('button', { type: 'button', class: 'crumb', 'aria-current': index === focus ? 'location' : undefined, title: name, onclick: () => zoomTo(index) }, name);
    };
    const sep = (): HTMLElement => h('span', { class: 'crumb-sep', 'aria-hidden': 'true' }, '›');
    const more = h(
      'button',
      {
        type: 'button',
        class: 'crumb crumb-more',
        title: path.slice(1, 1 + hidden).map((i) => model.layout.nodes[i]!.name).join(' › '),
        'aria-label': `Show ${plural(hidden, 'more frame')} of the zoom path`,
        onclick: () => {
          crumbsOpen = true;
          renderBreadcrumb(model, focus);
        },
      },
      `… ${hidden}`,
    );
    replace(
      breadcrumb,
      crumb(path[0]!, 0),
      hidden > 0 ? [sep(), more] : null,
      path.slice(1 + hidden).flatMap((index, j) => [sep(), crumb(index, 1 + hidden + j)]),
    );
    breadcrumb.classList.toggle('open', crumbsOpen);
  };

  const renderMatchInfo = (next: PanelView, result: MatchResult | undefined): void => {
    if (!result) {
      replace(matchInfo);
      return;
    }
    const searching = next.search.trim() !== '';
    const share = formatShare(result.value / (next.model.layout.total[0]! || 1));
    const what = searching ? `${plural(result.nodeCount, 'frame')} in ${plural(result.functionCount, 'function')}` : (next.fn?.name ?? '');
    const drawn = searching ? drawnMatches().length : 0;
    replace(
      matchInfo,
      result.nodeCount === 0 ? `No frame of ${searching ? 'the search' : what}` : `${what} · ${share} of total`,
      searching && drawn > 0
        ? h(
            'span',
            { class: 'match-nav' },
            h('button', { type: 'button', class: 'link-button', 'aria-label': 'Previous match', onclick: () => goToMatch(matchAt - 1) }, '‹'),
            h('span', { class: 'match-position' }, `${matchAt >= 0 ? matchAt + 1 : '–'} of ${drawn}`),
            h('button', { type: 'button', class: 'link-button', 'aria-label': 'Next match', onclick: () => goToMatch(matchAt + 1) }, '›'),
          )
        : null,
      // A search down to one function: it can be picked as in the table, for its own line on the timeline.
      searching && result.functionCount === 1 && options.onFunction ? pickButton(next.model, result) : null,
      // The highlight of a picked function outlives the table row that set it: offer to drop it here.
      !searching && next.fn && options.onFunction
        ? h('button', { type: 'button', class: 'link-button', 'aria-label': 'Clear the highlight', onclick: () => options.onFunction?.(undefined, 'highlight') }, '×')
        : null,
    );
  };

  const pickButton = (model: FlameModel, result: MatchResult): HTMLElement | null => {
    const first = result.marks.indexOf(1);
    const node = model.layout.nodes[first];
    if (!node) return null;
    const fn = { name: node.name, file: node.file };
    return h('button', { type: 'button', class: 'link-button', title: `Pick ${node.name}: its own line on the timeline`, onclick: () => options.onFunction?.(fn, 'highlight') }, 'Show on timeline');
  };

  // The keyboard's walk through the frames: up and down the call stack, left and right along a row.
  const neighbour = (index: number, key: string): number => {
    if (!view) return -1;
    const { layout } = view.model;
    const down = options.inverted ? 'ArrowUp' : 'ArrowDown';
    const up = options.inverted ? 'ArrowDown' : 'ArrowUp';
    if (key === up) return layout.parent[index]!;
    if (key === down) {
      const first = layout.firstChild[index]!;
      for (let c = first; c < first + layout.childCount[index]!; c++) if (renderer.boxOf(c)) return c;
      return -1;
    }
    const step = key === 'ArrowLeft' ? -1 : 1;
    const depth = layout.depth[index]!;
    for (let i = index + step; i >= 0 && i < layout.count && layout.depth[i] === depth; i += step) if (renderer.boxOf(i)) return i;
    return -1;
  };

  canvasWrap.addEventListener('focus', () => {
    if (keyboardFocused() && renderer.cursor < 0) moveCursor(renderer.focus);
  });
  canvasWrap.addEventListener('blur', () => {
    renderer.setCursor(-1);
    tooltip().hide();
  });
  canvasWrap.addEventListener('keydown', (event) => {
    if (!view) return;
    const current = renderer.cursor >= 0 ? renderer.cursor : renderer.focus;
    if (event.key.startsWith('Arrow')) {
      event.preventDefault();
      const next = neighbour(current, event.key);
      if (next >= 0 && renderer.boxOf(next)) moveCursor(next);
    } else if (event.key === 'Home') {
      event.preventDefault();
      moveCursor(renderer.focus);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      pick(current);
    } else if (event.key === 'Escape' && options.onZoom && renderer.focus > 0) {
      // Handled here, not by the page: one level out, from this panel's zoom.
      event.preventDefault();
      event.stopPropagation();
      zoomTo(view.model.layout.parent[renderer.focus]!);
    }
  });

  return {
    element,
    update(next) {
      const zoomChanged = view === undefined || next.model !== view.model || next.zoom.join('\u0000') !== view.zoom.join('\u0000');
      view = next;
      if (document.activeElement !== searchInput) searchInput.value = next.search;
      collapseButton.setAttribute('aria-pressed', String(next.collapse === true));
      const focus = findPath(next.model.layout, next.zoom);
      const result = matches(next);
      marks = result?.marks;
      if (zoomChanged) crumbsOpen = false;
      renderBreadcrumb(next.model, focus);
      renderer.show(next.model, focus, marks);
      if (next.search !== lastSearch) {
        lastSearch = next.search;
        matchAt = -1;
        // Typing a search brings its first match into view.
        if (next.search.trim() !== '' && document.activeElement === searchInput) goToMatch(0);
      }
      renderMatchInfo(next, result);
      // Keep the keyboard where it was across a zoom (Enter): on the frame it zoomed into.
      if (keyboardFocused() && zoomChanged) moveCursor(focus);
    },
    setLegend(content) {
      replace(legend, content);
    },
  };
}

/** The page's main flamegraph: zoom, search, collapsing and picked functions go into the URL. */
export function createPageFlamePanel(label: string, navigate: Navigate): FlamePanel {
  return createFlamePanel({
    label,
    searchable: true,
    onZoom: (zoom) => navigate({ zoom }),
    onSearch: (search) => navigate({ search }, 'replace'),
    onFunction: (fn, action) => navigate(action === 'sandwich' && fn ? { view: 'sandwich', fn } : { fn }),
    onCollapse: (collapse) => navigate({ collapse, zoom: [] }),
  });
}
