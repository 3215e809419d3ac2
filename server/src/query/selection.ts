import {
  isProfileType,
  MatcherSyntaxError,
  parseFilter,
  parseSelector,
  type LabelMatcher,
  type ProfileType,
  type Selection as ApiSelection,
} from '@flamehouse/proto';
import { ProfileTypeIdError, profileTypeOfId } from '../compat/profile-type-ids.js';
import { splitMatchers, typesMatching } from '../compat/pyroscope-labels.js';
import { FlamehouseError } from '../errors.js';
import { lastOf, listOf, parseTime, type QueryParams } from '../params.js';

export type { QueryParams };

/**
 * What a query reads. Our API names one service and at most one span or
 * trace; a Pyroscope selector may match several services (Grafana's
 * `{service_name=~"api-.*"}`), and a span profile several spans.
 */
export interface Selection extends Omit<ApiSelection, 'service' | 'spanId' | 'traceId'> {
  readonly services: readonly string[];
  readonly spanIds?: readonly string[];
  readonly traceIds?: readonly string[];
}

const DEFAULT_RANGE_MS = 15 * 60 * 1000;
// A link from a trace may carry only the span: look back a day, bounded so
// the skip indexes keep the lookup fast.
const DEFAULT_SPAN_RANGE_MS = 24 * 60 * 60 * 1000;
export const MAX_FILTERS = 32;

function badParam(message: string): FlamehouseError {
  return new FlamehouseError('FH_ERR_QUERY_BAD_PARAM', message);
}

/** A label selector parameter, its syntax errors as 400s. */
export function parseSelectorParam(name: string, raw: string): { name: string; matchers: readonly LabelMatcher[] } {
  try {
    return parseSelector(raw);
  } catch (error) {
    if (error instanceof MatcherSyntaxError) throw badParam(`${name}=${error.message}`);
    throw error;
  }
}

/**
 * What a `query={service_name="api", pod!="x"}` parameter says, as Pyroscope
 * writes it (optionally after a profile type: `process_cpu:cpu:nanoseconds:cpu:nanoseconds{…}`
 * or one of ours, `cpu{…}`): the service it names with `=`, the profile types
 * it allows, and its other matchers as label filters.
 */
interface QuerySelector {
  readonly service?: string;
  /** Undefined when the selector says nothing about the type. */
  readonly types?: readonly ProfileType[];
  readonly filters: readonly LabelMatcher[];
}

function readQueryParam(name: string, raw: string | undefined): QuerySelector {
  if (raw === undefined || raw === '') return { filters: [] };
  const parsed = parseSelectorParam(name, raw);
  const split = splitMatchers(parsed.matchers);
  let service: string | undefined;
  for (const m of split.service) {
    if (m.op !== '=') throw badParam(`${name}: ${m.key}${m.op}… selects services by pattern; name one service with ${m.key}="…"`);
    if (service !== undefined && service !== m.value) throw badParam(`${name}: two different services`);
    service = m.value;
  }
  let types: ProfileType[] | undefined;
  if (parsed.name !== '') {
    let named: ProfileType | undefined;
    try {
      named = isProfileType(parsed.name) ? parsed.name : profileTypeOfId(parsed.name);
    } catch (error) {
      if (error instanceof ProfileTypeIdError) throw badParam(`${name}: ${error.message}`);
      throw error;
    }
    if (named === undefined) throw badParam(`${name}: ${parsed.name} is not a profile type Flamehouse stores`);
    types = [named];
  }
  if (split.type.length > 0) types = typesMatching(split.type).filter((t) => types === undefined || types.includes(t));
  return { ...(service !== undefined && { service }), ...(types !== undefined && { types }), filters: split.labels };
}

function resolveType(prefix: string, typeParam: string | undefined, fromQuery: readonly ProfileType[] | undefined): ProfileType {
  if (typeParam !== undefined && !isProfileType(typeParam)) {
    throw badParam(`${prefix}type=${typeParam}: expected cpu, wall, inuse_space or inuse_objects`);
  }
  if (fromQuery === undefined) return typeParam ?? 'cpu';
  const candidates = typeParam === undefined ? fromQuery : fromQuery.filter((t) => t === typeParam);
  if (candidates.length === 0) throw badParam(`${prefix}query selects no profile type Flamehouse stores${typeParam ? ` with type=${typeParam}` : ''}`);
  if (candidates.length > 1) throw badParam(`${prefix}query selects several profile types (${candidates.join(', ')}); name one with type=`);
  return candidates[0]!;
}

/**
 * Reads a selection from query parameters. With a prefix (`baseline.`), each
 * prefixed parameter wins over the plain one, so a diff states only what differs.
 */
export function parseSelection(query: QueryParams, prefix = '', nowMs = Date.now()): Selection {
  const get = (name: string): string | undefined => lastOf(query[prefix + name]) ?? lastOf(query[name]);
  const selector = readQueryParam(`${prefix}query`, get('query'));
  const service = get('service') || selector.service;
  if (!service) throw badParam(`${prefix}service is required (or ${prefix}query={service_name="…"})`);
  if (selector.service !== undefined && selector.service !== service) throw badParam(`${prefix}service and ${prefix}query name different services`);
  const type = resolveType(prefix, get('type'), selector.types);
  const optional = (name: string): string | undefined => {
    const value = get(name);
    return value === undefined || value === '' ? undefined : value;
  };
  const spanId = optional('span_id');
  const traceId = optional('trace_id');
  const endpoint = optional('endpoint');

  // `until` is Pyroscope's name for `to`.
  const [to, until] = [get('to'), get('until')];
  if (to && until && to !== until) throw badParam(`${prefix}to and ${prefix}until disagree`);
  const rawTo = to || until;
  const toMs = rawTo ? parseTime(`${prefix}to`, rawTo, nowMs) : nowMs;
  const rawFrom = get('from');
  const defaultRangeMs = spanId !== undefined || traceId !== undefined ? DEFAULT_SPAN_RANGE_MS : DEFAULT_RANGE_MS;
  const fromMs = rawFrom ? parseTime(`${prefix}from`, rawFrom, nowMs) : toMs - defaultRangeMs;
  if (fromMs >= toMs) throw badParam(`${prefix}from must be before ${prefix}to`);

  const rawFilters = prefix && query[prefix + 'filter'] !== undefined ? query[prefix + 'filter'] : query['filter'];
  const filters = listOf(rawFilters).map((raw) => {
    try {
      return parseFilter(raw);
    } catch (error) {
      if (error instanceof MatcherSyntaxError) throw badParam(`${prefix}filter=${error.message}`);
      throw error;
    }
  });
  filters.push(...selector.filters);
  if (filters.length > MAX_FILTERS) throw badParam(`at most ${MAX_FILTERS} filters`);

  return {
    services: [service],
    type,
    fromMs,
    toMs,
    filters,
    ...(spanId !== undefined && { spanIds: [spanId] }),
    ...(traceId !== undefined && { traceIds: [traceId] }),
    ...(endpoint !== undefined && { endpoint }),
  };
}

/** What a catalog request (label names, label values) lists: one service's series, narrowed by the selector's matchers. */
export interface CatalogSelection {
  readonly service: string;
  /** Undefined: every type. */
  readonly types?: readonly ProfileType[];
  readonly filters: readonly LabelMatcher[];
}

/** `service=…`, or `query={service_name="…", k="v"}`. */
export function parseCatalogSelection(query: QueryParams): CatalogSelection {
  const selector = readQueryParam('query', lastOf(query['query']));
  const service = lastOf(query['service']) || selector.service;
  if (!service) throw badParam('service is required (or query={service_name="…"})');
  if (selector.service !== undefined && selector.service !== service) throw badParam('service and query name different services');
  return { service, ...(selector.types !== undefined && { types: selector.types }), filters: selector.filters };
}

/** A positive integer parameter with a default and an upper bound. */
export function parseLimit(query: QueryParams, name: string, fallback: number, max: number): number {
  const raw = lastOf(query[name]);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) throw badParam(`${name}=${raw}: expected 1 to ${max}`);
  return value;
}
