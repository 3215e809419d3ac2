import { isProfileType, MatcherSyntaxError, parseFilter, type Selection } from '@flamehouse/proto';
import { FlamehouseError } from '../errors.js';
import { lastOf, listOf, parseTime, type QueryParams } from '../params.js';

export type { QueryParams, Selection };

const DEFAULT_RANGE_MS = 15 * 60 * 1000;
// A link from a trace may carry only the span: look back a day, bounded so
// the skip indexes keep the lookup fast.
const DEFAULT_SPAN_RANGE_MS = 24 * 60 * 60 * 1000;
const MAX_FILTERS = 32;

function badParam(message: string): FlamehouseError {
  return new FlamehouseError('FH_ERR_QUERY_BAD_PARAM', message);
}

/**
 * Reads a selection from query parameters. With a prefix (`baseline.`), each
 * prefixed parameter wins over the plain one, so a diff states only what differs.
 */
export function parseSelection(query: QueryParams, prefix = '', nowMs = Date.now()): Selection {
  const get = (name: string): string | undefined => lastOf(query[prefix + name]) ?? lastOf(query[name]);
  const service = get('service');
  if (!service) throw badParam(`${prefix}service is required`);
  const type = get('type') ?? 'cpu';
  if (!isProfileType(type)) throw badParam(`${prefix}type=${type}: expected cpu, wall, inuse_space or inuse_objects`);
  const optional = (name: string): string | undefined => {
    const value = get(name);
    return value === undefined || value === '' ? undefined : value;
  };
  const spanId = optional('span_id');
  const traceId = optional('trace_id');
  const endpoint = optional('endpoint');

  const rawTo = get('to');
  const toMs = rawTo ? parseTime(`${prefix}to`, rawTo) : nowMs;
  const rawFrom = get('from');
  const defaultRangeMs = spanId !== undefined || traceId !== undefined ? DEFAULT_SPAN_RANGE_MS : DEFAULT_RANGE_MS;
  const fromMs = rawFrom ? parseTime(`${prefix}from`, rawFrom) : toMs - defaultRangeMs;
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
  if (filters.length > MAX_FILTERS) throw badParam(`at most ${MAX_FILTERS} filters`);

  return {
    service,
    type,
    fromMs,
    toMs,
    filters,
    ...(spanId !== undefined && { spanId }),
    ...(traceId !== undefined && { traceId }),
    ...(endpoint !== undefined && { endpoint }),
  };
}

/** A positive integer parameter with a default and an upper bound. */
export function parseLimit(query: QueryParams, name: string, fallback: number, max: number): number {
  const raw = lastOf(query[name]);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) throw badParam(`${name}=${raw}: expected 1 to ${max}`);
  return value;
}
