// What a bare URL leaves open, filled in from what the server has.
import type { ServiceSummary } from '@flamehouse/proto';
import { PROFILE_TYPE_ORDER, type AppState } from './url-state.js';

/** Fills in what a bare URL leaves open: the most recently active service and its first type. */
export function withDefaults(state: AppState, services: readonly ServiceSummary[]): Partial<AppState> | undefined {
  const patch: { service?: string; type?: AppState['type'] } = {};
  let service = services.find((s) => s.name === state.service);
  if (state.service === undefined) {
    service = [...services].sort((a, b) => b.lastSeenMs - a.lastSeenMs)[0];
    if (service) patch.service = service.name;
  }
  if (service && (state.type === undefined || !service.types.includes(state.type))) {
    const type = PROFILE_TYPE_ORDER.find((t) => service.types.includes(t));
    if (type !== undefined && type !== state.type) patch.type = type;
  }
  return Object.keys(patch).length > 0 ? patch : undefined;
}
