import type Long from 'long';
import type { LabelMatcher, ProfileType } from '@flamehouse/proto';
import { FlamehouseError } from '../errors.js';
import { MAX_STORABLE_MS } from '../params.js';
import { servicesWithData, type TimeBounds } from '../query/catalog.js';
import type { QueryContext } from '../query/context.js';
import { MAX_FLAMEGRAPH_NODES } from '../query/flamegraph.js';
import { MAX_FILTERS, parseSelectorParam, type Selection } from '../query/selection.js';
import { ProfileTypeIdError, profileTypeOfId } from './profile-type-ids.js';
import { serviceMatches, splitMatchers, typeMatches } from './pyroscope-labels.js';

// A Pyroscope query (a profile type id, a label selector, a time range) as
// our selection. Something well-formed that matches nothing (a type we do not
// store, no such service) is no data, as in Pyroscope; something malformed is
// an error.

export interface PyroscopeQuery {
  readonly profileTypeId: string;
  readonly labelSelector: string;
  readonly fromMs: number;
  readonly toMs: number;
  readonly spanIds?: readonly string[];
  readonly traceIds?: readonly string[];
}

function badParam(message: string): FlamehouseError {
  return new FlamehouseError('FH_ERR_QUERY_BAD_PARAM', message);
}

/** Our type for a profile type id; undefined for one we do not store. */
export function typeOfId(field: string, id: string): ProfileType | undefined {
  try {
    return profileTypeOfId(id);
  } catch (error) {
    if (error instanceof ProfileTypeIdError) throw badParam(`${field}: ${error.message}`);
    throw error;
  }
}

/**
 * A label selector's matchers; `""` is `{}`, as Grafana sends it. A name before
 * `{` is Prometheus' metric name, Pyroscope's `__name__`.
 */
export function selectorMatchers(field: string, selector: string): LabelMatcher[] {
  if (selector.trim() === '') return [];
  const parsed = parseSelectorParam(field, selector);
  return [...(parsed.name !== '' ? [{ key: '__name__', op: '=' as const, value: parsed.name }] : []), ...parsed.matchers];
}

/** A protobuf int64 as a number: times in ms and node counts are far inside 2^53. */
export const int64 = (value: number | Long | null | undefined): number => (value == null ? 0 : typeof value === 'number' ? value : value.toNumber());

function rpcTime(name: string, ms: number): number {
  if (!(ms >= 0 && ms <= MAX_STORABLE_MS)) throw badParam(`${name}=${ms}: outside the times storage holds (unix milliseconds, 1970 to 2106)`);
  return ms;
}

/** The range of a query RPC in unix ms (0 means unset): by default the hour before now. */
export function rpcRange(start: number | Long, end: number | Long, nowMs = Date.now()): { fromMs: number; toMs: number } {
  const toMs = rpcTime('end', int64(end) || nowMs);
  const fromMs = rpcTime('start', int64(start) || toMs - 3600_000);
  if (fromMs >= toMs) throw badParam('start must be before end');
  return { fromMs, toMs };
}

/** The bounds of a catalog RPC: a bound that is 0 is unset (older clients send none), and reads everything stored. */
export function rpcBounds(start: number | Long, end: number | Long): TimeBounds {
  const [fromMs, toMs] = [int64(start), int64(end)];
  if (fromMs !== 0 && toMs !== 0 && fromMs >= toMs) throw badParam('start must be before end');
  return { ...(fromMs !== 0 && { fromMs: rpcTime('start', fromMs) }), ...(toMs !== 0 && { toMs: rpcTime('end', toMs) }) };
}

/** Pyroscope's default node count; a larger max_nodes is cut to ours. */
const DEFAULT_MAX_NODES = 8192;

export function maxNodesOf(value: number | Long | null | undefined): number {
  const nodes = int64(value);
  if (nodes < 0) throw badParam(`max_nodes=${nodes}: expected a positive number`);
  return nodes === 0 ? DEFAULT_MAX_NODES : Math.min(nodes, MAX_FLAMEGRAPH_NODES);
}

export async function resolvePyroscopeQuery(ctx: QueryContext, query: PyroscopeQuery): Promise<Selection | undefined> {
  const type = typeOfId('profile_typeID', query.profileTypeId);
  const split = splitMatchers(selectorMatchers('label_selector', query.labelSelector));
  if (type === undefined || !typeMatches(type, split.type)) return undefined;
  if (split.labels.length > MAX_FILTERS) throw badParam(`label_selector: at most ${MAX_FILTERS} matchers`);
  const pinned = split.service.find((m) => m.op === '=');
  const candidates = pinned ? [pinned.value] : await servicesWithData(ctx, [type], query);
  const services = candidates.filter((service) => serviceMatches(service, split.service));
  if (services.length === 0) return undefined;
  return {
    services,
    type,
    fromMs: query.fromMs,
    toMs: query.toMs,
    filters: split.labels,
    ...(query.spanIds !== undefined && { spanIds: query.spanIds }),
    ...(query.traceIds !== undefined && { traceIds: query.traceIds }),
  };
}
