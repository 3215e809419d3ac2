// What every view gets to draw itself: the state, the resolved selection and
// a way to change the state.
import type { ServiceSummary } from '@flamehouse/proto';
import type { Api } from '../api.js';
import type { Selection } from '../state/selection.js';
import type { HistoryMode } from '../state/store.js';
import type { ResolvedRange } from '../state/time-range.js';
import type { AppState } from '../state/url-state.js';

export interface ViewContext {
  readonly state: AppState;
  readonly selection: Selection;
  readonly range: ResolvedRange;
  readonly service: ServiceSummary | undefined;
  readonly api: Api;
  /** False once a newer state has started rendering: drop this answer. */
  readonly isCurrent: () => boolean;
  /** An empty-state box for `what` (e.g. "CPU profiles") with ways out. */
  readonly noData: (what: string) => HTMLElement;
}

export type Navigate = (patch: Partial<AppState>, mode?: HistoryMode) => void;

export interface View {
  readonly element: HTMLElement;
  update(ctx: ViewContext): Promise<void>;
  /** Takes a timeline brush for itself (a time diff); false leaves it to set the page's range. */
  brush?(range: ResolvedRange): boolean;
}
