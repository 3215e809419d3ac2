// Everything the page shows is decided by this state, and this state lives in
// the query string: a copied link opens the same view, back/forward walk
// through what the user did.
import type { LeakGrouping, ProfileType } from '@flamehouse/proto';
import type { TimeZoneMode } from '../clock.js';
import { formatFilter, parseFilter, type LabelMatcher } from '@flamehouse/proto/label-matchers';
import { isRangePreset, parseTimeParam, type RangePreset, type RangeSpec, type ResolvedRange } from './time-range.js';

export const VIEWS = ['flamegraph', 'sandwich', 'diff', 'tags', 'leaks', 'spans', 'agents'] as const;
export type ViewName = (typeof VIEWS)[number];

/** Mirrors PROFILE_TYPES in @flamehouse/proto, whose values the bundle must not import. */
export const PROFILE_TYPE_ORDER: readonly ProfileType[] = ['cpu', 'wall', 'inuse_space', 'inuse_objects'];
export const HEAP_TYPES: ReadonlySet<ProfileType> = new Set<ProfileType>(['inuse_space', 'inuse_objects']);

export type TopSort = 'self' | 'total' | 'name';
export type DiffSort = 'change' | 'self' | 'name';
export type Palette = 'default' | 'colorblind';
export type SpansGrouping = 'request' | 'endpoint';
/** What a function's own timeline sums: the stacks holding it (with its callees), or those ending in it. */
export type FunctionValue = 'total' | 'self';

export interface FunctionRef {
  readonly name: string;
  readonly file: string;
}

export interface DiffState {
  readonly mode: 'version' | 'time';
  /** The label whose values are compared in version mode. */
  readonly key: string;
  readonly baseline?: string;
  readonly comparison?: string;
  readonly baselineRange?: ResolvedRange;
  readonly comparisonRange?: ResolvedRange;
  readonly sort: DiffSort;
}

export interface AppState {
  readonly service?: string;
  /** Undefined until a service is known: the first type it has is used. */
  readonly type?: ProfileType;
  readonly range: RangeSpec;
  readonly filters: readonly LabelMatcher[];
  readonly view: ViewName;
  /** Names from the root's child down to the zoomed frame. */
  readonly zoom: readonly string[];
  readonly search: string;
  /** The function picked in a table: highlighted everywhere, the centre of the sandwich, its own line on the timeline. */
  readonly fn?: FunctionRef;
  readonly fnValue: FunctionValue;
  readonly sort: TopSort;
  readonly diff: DiffState;
  readonly palette: Palette;
  readonly leak?: string;
  /** How the leaks view groups heap stacks: by allocating function, or by call path. */
  readonly leakGroup: LeakGrouping;
  /** More frames than the default, asked for when "other" hides too much. */
  readonly maxNodes?: number;
  readonly spanId?: string;
  readonly traceId?: string;
  readonly endpoint?: string;
  /** What the spans view ranks: requests (local root spans) or endpoints. */
  readonly spansBy: SpansGrouping;
  /** The label the tag explorer breaks the selection down by. */
  readonly tagKey?: string;
  /** Each npm package's (and Node's) consecutive frames drawn as one: your code first. */
  readonly collapse: boolean;
  readonly tz: TimeZoneMode;
  /** Page of the diff's function table, from 0. */
  readonly diffPage: number;
}

export const DEFAULT_PRESET: RangePreset = '1h';
/** Trace links usually point at something older than an hour. */
export const SPAN_DEFAULT_PRESET: RangePreset = '24h';
export const DEFAULT_DIFF_KEY = 'service.version';

export const DEFAULT_STATE: AppState = {
  range: { kind: 'preset', preset: DEFAULT_PRESET },
  filters: [],
  view: 'flamegraph',
  zoom: [],
  search: '',
  sort: 'self',
  diff: { mode: 'version', key: DEFAULT_DIFF_KEY, sort: 'change' },
  palette: 'default',
  spansBy: 'request',
  leakGroup: 'function',
  fnValue: 'total',
  collapse: false,
  tz: 'local',
  diffPage: 0,
};

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function nonEmpty(value: string | null): string | undefined {
  return value === null || value === '' ? undefined : value;
}

function rangeFrom(params: URLSearchParams, fromName: string, toName: string): ResolvedRange | undefined {
  const fromMs = parseTimeParam(params.get(fromName));
  const toMs = parseTimeParam(params.get(toName));
  return fromMs !== undefined && toMs !== undefined ? { fromMs, toMs } : undefined;
}

function decodeRange(params: URLSearchParams, hasSpan: boolean): RangeSpec {
  const absolute = rangeFrom(params, 'from', 'to');
  if (absolute) return { kind: 'absolute', ...absolute };
  const preset = params.get('range');
  if (preset !== null && isRangePreset(preset)) return { kind: 'preset', preset };
  return { kind: 'preset', preset: hasSpan ? SPAN_DEFAULT_PRESET : DEFAULT_PRESET };
}

function decodeFilters(params: URLSearchParams): LabelMatcher[] {
  return params.getAll('filter').flatMap((raw) => {
    try {
      return [parseFilter(raw)];
    } catch {
      return [];
    }
  });
}

/** Reads a query string (with or without `?`); anything unknown or malformed falls back to defaults. */
export function decodeState(search: string): AppState {
  const params = new URLSearchParams(search);
  const spanId = nonEmpty(params.get('span_id'));
  const traceId = nonEmpty(params.get('trace_id'));
  const endpoint = nonEmpty(params.get('endpoint'));
  const service = nonEmpty(params.get('service'));
  const type = params.get('type');
  const fnName = params.get('fn');
  const leak = nonEmpty(params.get('leak'));
  const maxNodes = Number(params.get('nodes'));
  const diffPage = Number(params.get('dpage'));
  const tagKey = nonEmpty(params.get('tag'));
  const baseline = params.get('base');
  const comparison = params.get('comp');
  const baselineRange = rangeFrom(params, 'bfrom', 'bto');
  const comparisonRange = rangeFrom(params, 'cfrom', 'cto');
  const diff: DiffState = {
    mode: oneOf(params.get('diff'), ['version', 'time'], 'version'),
    key: nonEmpty(params.get('dkey')) ?? DEFAULT_DIFF_KEY,
    sort: oneOf(params.get('dsort'), ['change', 'self', 'name'], 'change'),
    ...(baseline !== null && { baseline }),
    ...(comparison !== null && { comparison }),
    ...(baselineRange && { baselineRange }),
    ...(comparisonRange && { comparisonRange }),
  };
  return {
    ...(service !== undefined && { service }),
    ...(type !== null && (PROFILE_TYPE_ORDER as readonly string[]).includes(type) && { type: type as ProfileType }),
    range: decodeRange(params, spanId !== undefined || traceId !== undefined),
    filters: decodeFilters(params),
    view: oneOf(params.get('view'), VIEWS, 'flamegraph'),
    zoom: params.getAll('zoom'),
    search: params.get('search') ?? '',
    ...(fnName !== null && fnName !== '' && { fn: { name: fnName, file: params.get('fn_file') ?? '' } }),
    sort: oneOf(params.get('sort'), ['self', 'total', 'name'], 'self'),
    diff,
    palette: params.get('palette') === 'cb' ? 'colorblind' : 'default',
    spansBy: oneOf(params.get('by'), ['request', 'endpoint'], 'request'),
    leakGroup: oneOf(params.get('lgroup'), ['function', 'stack'], 'function'),
    fnValue: oneOf(params.get('fnv'), ['total', 'self'], 'total'),
    collapse: params.get('collapse') === '1',
    tz: params.get('tz') === 'utc' ? 'utc' : 'local',
    diffPage: Number.isInteger(diffPage) && diffPage > 0 ? diffPage : 0,
    ...(tagKey !== undefined && { tagKey }),
    ...(leak !== undefined && { leak }),
    ...(Number.isInteger(maxNodes) && maxNodes > 0 && { maxNodes }),
    ...(spanId !== undefined && { spanId }),
    ...(traceId !== undefined && { traceId }),
    ...(endpoint !== undefined && { endpoint }),
  };
}

/** The query string (without `?`) for a state; defaults are left out so links stay short. */
export function encodeState(state: AppState): string {
  const params = new URLSearchParams();
  const set = (name: string, value: string | number | undefined): void => {
    if (value !== undefined && value !== '') params.set(name, String(value));
  };
  set('service', state.service);
  set('type', state.type);
  if (state.range.kind === 'absolute') {
    set('from', state.range.fromMs);
    set('to', state.range.toMs);
  } else {
    set('range', state.range.preset);
  }
  for (const filter of state.filters) params.append('filter', formatFilter(filter));
  set('span_id', state.spanId);
  set('trace_id', state.traceId);
  set('endpoint', state.endpoint);
  if (state.view !== 'flamegraph') set('view', state.view);
  for (const name of state.zoom) params.append('zoom', name);
  set('search', state.search);
  if (state.fn) {
    set('fn', state.fn.name);
    set('fn_file', state.fn.file);
    if (state.fnValue !== 'total') set('fnv', state.fnValue);
  }
  if (state.sort !== 'self') set('sort', state.sort);
  set('leak', state.leak);
  if (state.leakGroup !== 'function') set('lgroup', state.leakGroup);
  set('nodes', state.maxNodes);
  if (state.view === 'diff') {
    encodeDiff(state.diff, set);
    if (state.diffPage > 0) set('dpage', state.diffPage);
  }
  if (state.palette === 'colorblind') set('palette', 'cb');
  if (state.spansBy !== 'request') set('by', state.spansBy);
  if (state.view === 'tags') set('tag', state.tagKey);
  if (state.collapse) set('collapse', '1');
  if (state.tz !== 'local') set('tz', state.tz);
  return params.toString();
}

function encodeDiff(diff: DiffState, set: (name: string, value: string | number | undefined) => void): void {
  if (diff.mode !== 'version') set('diff', diff.mode);
  if (diff.key !== DEFAULT_DIFF_KEY) set('dkey', diff.key);
  if (diff.mode === 'version') {
    set('base', diff.baseline);
    set('comp', diff.comparison);
  } else {
    set('bfrom', diff.baselineRange?.fromMs);
    set('bto', diff.baselineRange?.toMs);
    set('cfrom', diff.comparisonRange?.fromMs);
    set('cto', diff.comparisonRange?.toMs);
  }
  if (diff.sort !== 'change') set('dsort', diff.sort);
}
