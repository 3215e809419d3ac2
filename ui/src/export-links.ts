// Download links for the current selection, and the speedscope viewer that
// the server hosts on the same origin (so it may fetch our export).
import { selectionParams, type Selection } from './state/selection.js';

export type ExportFormat = 'pprof' | 'folded' | 'speedscope';

export const SPEEDSCOPE_PATH = '/speedscope/index.html';

export function exportUrl(selection: Selection, format: ExportFormat): string {
  const params = selectionParams(selection);
  params.set('format', format);
  return `/api/v1/export?${params.toString()}`;
}

/** speedscope reads `#profileURL=` and fetches it; it needs an absolute URL. */
export function speedscopeUrl(selection: Selection, origin: string): string {
  return `${SPEEDSCOPE_PATH}#profileURL=${encodeURIComponent(origin + exportUrl(selection, 'speedscope'))}`;
}
