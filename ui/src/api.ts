// The server's query API, typed by @flamehouse/proto. Errors come back as
// ApiRequestError with the server's code and message, so views can show them.
import type {
  AgentsResponse,
  ApiError,
  DiffResponse,
  FlameGraphResponse,
  FrameRef,
  LabelBreakdownResponse,
  LabelValuesResponse,
  LeaksResponse,
  ServicesResponse,
  SpansResponse,
  TimelineResponse,
  TopResponse,
} from '@flamehouse/proto';
import { authHeaders } from './auth.js';
import type { FunctionValue, SpansGrouping } from './state/url-state.js';

export class ApiRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

/** Frames per tree unless the user asks for more; the server keeps the heaviest and sums the rest into "other". */
export const MAX_NODES = 2048;
/** The server's upper bound for maxNodes. */
export const MAX_NODES_LIMIT = 100_000;
export const TOP_LIMIT = 200;
export const LEAK_LIMIT = 20;
export const SPAN_LIMIT = 50;
/** Values of a label the tag explorer shows apart; the rest are summed into "other". */
export const BREAKDOWN_LIMIT = 10;

export interface Api {
  services(): Promise<ServicesResponse>;
  labelKeys(service: string): Promise<string[]>;
  labelValues(service: string, key: string): Promise<LabelValuesResponse>;
  flamegraph(params: URLSearchParams, maxNodes?: number): Promise<FlameGraphResponse>;
  timeline(params: URLSearchParams): Promise<TimelineResponse>;
  /** One function's own value over time: the stacks holding it (total) or ending in it (self). */
  functionTimeline(params: URLSearchParams, fn: FrameRef, value: FunctionValue): Promise<TimelineResponse>;
  breakdown(params: URLSearchParams, key: string): Promise<LabelBreakdownResponse>;
  agents(params: URLSearchParams): Promise<AgentsResponse>;
  top(params: URLSearchParams): Promise<TopResponse>;
  diff(params: URLSearchParams, maxNodes?: number): Promise<DiffResponse>;
  leaks(params: URLSearchParams): Promise<LeaksResponse>;
  spans(params: URLSearchParams, by: SpansGrouping): Promise<SpansResponse>;
  /** Forget cached answers (the refresh button). */
  clear(): void;
}

function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && typeof (value as ApiError).code === 'string';
}

async function getJson<T>(fetchFn: typeof fetch, url: string): Promise<T> {
  let response: Response;
  try {
    response = await fetchFn(url, { headers: { accept: 'application/json', ...authHeaders() } });
  } catch (error) {
    throw new ApiRequestError('FH_UI_NETWORK', `Cannot reach the Flamehouse server (${String(error)}).`, 0);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    if (isApiError(body)) throw new ApiRequestError(body.code, body.message, response.status);
    throw new ApiRequestError('FH_UI_HTTP', `The server answered ${response.status} ${response.statusText}.`, response.status);
  }
  if (body === undefined) throw new ApiRequestError('FH_UI_BAD_JSON', 'The server sent an answer that is not JSON.', response.status);
  return body as T;
}

function withParam(params: URLSearchParams, name: string, value: number | string): URLSearchParams {
  const copy = new URLSearchParams(params);
  copy.set(name, String(value));
  return copy;
}

const CACHE_SIZE = 40;

/** Answers are cached by URL: zoom, search and view switches redraw without asking again. */
export function createApi(fetchFn: typeof fetch = (input, init) => fetch(input, init), base = ''): Api {
  const cache = new Map<string, Promise<unknown>>();
  const get = <T>(path: string, params?: URLSearchParams): Promise<T> => {
    const url = `${base}${path}${params ? `?${params.toString()}` : ''}`;
    let pending = cache.get(url);
    if (!pending) {
      pending = getJson<T>(fetchFn, url);
      // A failed request is not remembered: the next render asks again.
      void pending.catch(() => cache.delete(url));
      cache.set(url, pending);
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    return pending as Promise<T>;
  };
  const service = (name: string): URLSearchParams => new URLSearchParams({ service: name });
  return {
    services: () => get('/api/v1/services'),
    labelKeys: async (name) => (await get<{ keys: string[] }>('/api/v1/labels', service(name))).keys,
    labelValues: (name, key) => get(`/api/v1/labels/${encodeURIComponent(key)}/values`, service(name)),
    flamegraph: (params, maxNodes = MAX_NODES) => get('/api/v1/flamegraph', withParam(params, 'maxNodes', maxNodes)),
    timeline: (params) => get('/api/v1/timeline', params),
    functionTimeline: (params, fn, value) => get('/api/v1/timeline', withParam(withParam(withParam(params, 'fn', fn.name), 'fn_file', fn.file), 'fn_value', value)),
    breakdown: (params, key) => get('/api/v1/breakdown', withParam(withParam(params, 'key', key), 'limit', BREAKDOWN_LIMIT)),
    agents: (params) => get('/api/v1/agents', params),
    top: (params) => get('/api/v1/top', withParam(params, 'limit', TOP_LIMIT)),
    diff: (params, maxNodes = MAX_NODES) => get('/api/v1/diff', withParam(params, 'maxNodes', maxNodes)),
    leaks: (params) => get('/api/v1/leaks', withParam(params, 'limit', LEAK_LIMIT)),
    spans: (params, by) => get('/api/v1/spans', withParam(withParam(params, 'limit', SPAN_LIMIT), 'by', by)),
    clear: () => cache.clear(),
  };
}

/** The server wants a token this tab has not given, or the one given does not allow reading. */
export function needsToken(error: unknown): boolean {
  return error instanceof ApiRequestError && (error.code === 'FH_ERR_UNAUTHENTICATED' || error.code === 'FH_ERR_FORBIDDEN');
}

/** The text to show for any failure. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiRequestError) return error.code.startsWith('FH_UI_') ? error.message : `${error.message} (${error.code})`;
  return error instanceof Error ? error.message : String(error);
}
