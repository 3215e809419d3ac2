// The view switcher.
import { h, replace } from '../dom.js';
import { HEAP_TYPES, type AppState, type ViewName } from '../state/url-state.js';

const LABELS: Readonly<Record<ViewName, string>> = {
  flamegraph: 'Flamegraph',
  sandwich: 'Sandwich',
  diff: 'Diff',
  tags: 'Tag explorer',
  leaks: 'Leaks',
  spans: 'Spans',
  agents: 'Agents',
};

export function createTabs(onView: (view: ViewName) => void): { element: HTMLElement; update(state: AppState): void } {
  const element = h('nav', { class: 'tabs', 'aria-label': 'Views' });
  return {
    element,
    update(state) {
      replace(
        element,
        (Object.keys(LABELS) as ViewName[]).map((view) =>
          h(
            'button',
            {
              type: 'button',
              class: 'tab',
              'aria-current': state.view === view ? 'page' : undefined,
              'data-view': view,
              title: view === 'leaks' && state.type !== undefined && !HEAP_TYPES.has(state.type) ? 'Needs a heap profile type' : undefined,
              onclick: () => onView(view),
            },
            LABELS[view],
          ),
        ),
      );
    },
  };
}
