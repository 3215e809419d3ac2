// The page state and the browser history kept in step: every change is a new
// URL (pushed for navigation, replaced for typing), and back/forward restore
// the state they point at.
import { decodeState, encodeState, type AppState } from './url-state.js';

export type HistoryMode = 'push' | 'replace';
export type Listener = (state: AppState) => void;

export interface Store {
  get(): AppState;
  /** Applies a patch; `replace` keeps one history entry (search typing, filled-in defaults). */
  update(patch: Partial<AppState>, mode?: HistoryMode): void;
  subscribe(listener: Listener): void;
}

export function createStore(win: Window = window): Store {
  let state = decodeState(win.location.search);
  const listeners: Listener[] = [];
  const notify = (): void => {
    for (const listener of listeners) listener(state);
  };
  win.addEventListener('popstate', () => {
    state = decodeState(win.location.search);
    notify();
  });
  return {
    get: () => state,
    update(patch, mode = 'push') {
      state = { ...state, ...patch };
      const query = encodeState(state);
      if (query !== win.location.search.replace(/^\?/, '')) {
        const url = `${win.location.pathname}${query ? `?${query}` : ''}`;
        if (mode === 'push') win.history.pushState(null, '', url);
        else win.history.replaceState(null, '', url);
      }
      notify();
    },
    subscribe(listener) {
      listeners.push(listener);
    },
  };
}
