import { SPAN_LABELS } from '@flamehouse/proto';
import { rpcMetadataOf, spanOf, type OtelContext, type OtelSpan } from './otel.js';

/**
 * The pprof labels of the samples taken while a span is active. @datadog/pprof
 * keeps a reference to the object and reads its fields when the profile is
 * cut, so a field changed before the cut (the endpoint, once the router named
 * the route) applies to the samples already taken.
 */
export type SpanLabels = Record<string, string>;

/** Set on local root spans: the id under which their profile is found (Tempo's "profiles for this span"). */
export const PROFILE_ID_ATTRIBUTE = 'flamehouse.profile.id';

/** Spans followed at once for endpoint updates and parent lookups; beyond it new spans keep their first labels. */
export const MAX_LIVE_SPANS = 20_000;

const SPAN_ID = /^[0-9a-f]{16}$/;
const TRACE_ID = /^[0-9a-f]{32}$/;
const INVALID_SPAN_ID = '0'.repeat(16);
const INVALID_TRACE_ID = '0'.repeat(32);

/**
 * What is known of a span's parent: none (a trace's first span), remote (it
 * came in through propagation, so the span is this process's local root),
 * local with its id, or unknown for spans that do not say (the API's
 * non-recording spans, other SDKs). SDK 1.x gives only the parent's id, so
 * its parents are local but `maybeRemote`.
 */
export type ParentInfo =
  | { readonly kind: 'none' | 'remote' | 'unknown' }
  | { readonly kind: 'local'; readonly spanId: string; readonly maybeRemote?: true };

export function parentOf(span: OtelSpan): ParentInfo {
  if ('parentSpanContext' in span) {
    const parent = span.parentSpanContext;
    if (!isObject(parent) || typeof parent.spanId !== 'string' || !isSpanId(parent.spanId)) return { kind: 'none' };
    return parent.isRemote === true ? { kind: 'remote' } : { kind: 'local', spanId: parent.spanId };
  }
  if ('parentSpanId' in span) {
    const { parentSpanId } = span;
    return typeof parentSpanId === 'string' && isSpanId(parentSpanId)
      ? { kind: 'local', spanId: parentSpanId, maybeRemote: true }
      : { kind: 'none' };
  }
  return { kind: 'unknown' };
}

/**
 * How a local root span names its endpoint: method and route when known
 * ("GET /checkout"), else the span's name. The route is the span's
 * `http.route`, else `routerRoute`: what a router wrote on the request's RPC
 * metadata before the HTTP instrumentation copies it to the span at the end.
 */
export function endpointOf(span: OtelSpan, routerRoute?: unknown): string | undefined {
  const attributes = isObject(span.attributes) ? span.attributes : {};
  const route = [attributes['http.route'], routerRoute].find(isNonEmptyString);
  if (route !== undefined) {
    // Stable semantic conventions write "_OTHER" for unknown methods and keep the original apart.
    const stable = attributes['http.request.method'] === '_OTHER' ? undefined : attributes['http.request.method'];
    const method = [stable, attributes['http.request.method_original'], attributes['http.method']].find(
      isNonEmptyString,
    );
    return method === undefined ? route : `${method} ${route}`;
  }
  return isNonEmptyString(span.name) ? span.name : undefined;
}

export interface SpanLabeler {
  /**
   * The labels of the span active in `context`, made once per span and then
   * cached. `previous` is the span that was active when this context was
   * entered: a parent not seen before is looked for there. Undefined without
   * a span, or for a remote or invalid one.
   */
  labelsFor(context: OtelContext, previous?: OtelSpan): SpanLabels | undefined;
  /**
   * Before a cut: re-reads the endpoints of the live local roots into their
   * spans' labels, then forgets the spans whose root is no longer recording.
   */
  refresh(): void;
  /** Spans followed now (for tests and debug lines). */
  readonly liveCount: number;
}

interface SpanRecord {
  readonly span: OtelSpan;
  readonly spanId: string;
  readonly labels: SpanLabels;
  /** The local root's record; undefined for a root itself. */
  readonly root: SpanRecord | undefined;
  /** Where a router names the route of a root's request. */
  readonly rpc: { readonly route?: unknown } | undefined;
  /** Set on roots by refresh(). */
  ended: boolean;
}

const rootOf = (record: SpanRecord): SpanRecord => record.root ?? record;

export function createSpanLabeler(maxLiveSpans = MAX_LIVE_SPANS): SpanLabeler {
  // Weak: a span the application dropped takes its labels with it.
  const records = new WeakMap<OtelSpan, SpanRecord | null>();
  // Spans of local roots still running, by id.
  const live = new Map<string, SpanRecord>();
  let addedSinceRefresh = 0;

  function findRoot(parent: ParentInfo, traceId: string, previous: OtelSpan | undefined): SpanRecord | undefined {
    if (parent.kind === 'none' || parent.kind === 'remote') return undefined;
    const known = parent.kind === 'local' ? live.get(parent.spanId) : undefined;
    if (known) return rootOf(known);
    // A parent never entered, or forgotten: the span that was active when
    // this one was entered belongs to the same request if it has the trace.
    const outer = previous && records.get(previous);
    return outer && outer.labels[SPAN_LABELS.traceId] === traceId ? rootOf(outer) : undefined;
  }

  function create(span: OtelSpan, context: OtelContext, previous: OtelSpan | undefined): SpanRecord | undefined {
    const { traceId, spanId, isRemote } = span.spanContext();
    if (isRemote === true || !isSpanId(spanId) || !isTraceId(traceId)) return undefined;
    const parent = parentOf(span);
    const root = findRoot(parent, traceId, previous);
    const rpc = root ? undefined : rpcMetadataOf(context, span);
    const labels: SpanLabels = {
      [SPAN_LABELS.spanId]: spanId,
      [SPAN_LABELS.traceId]: traceId,
      [SPAN_LABELS.rootSpanId]: root ? root.spanId : spanId,
    };
    setEndpoint(labels, root ? root.labels[SPAN_LABELS.endpoint] : endpointOf(span, rpc?.route));
    // Only a true local root gets the profile id: a span that stands for its
    // request because its parent went missing would point to part of one.
    const localRoot = parent.kind === 'none' || parent.kind === 'remote' || (parent.kind === 'local' && parent.maybeRemote);
    if (!root && localRoot) markProfiled(span, spanId);
    return { span, spanId, labels, root, rpc, ended: false };
  }

  function refresh(): void {
    for (const record of live.values()) {
      if (record.root) continue;
      setEndpoint(record.labels, endpointOf(record.span, record.rpc?.route));
      record.ended = !isRecording(record.span);
    }
    for (const [spanId, record] of live) {
      const root = rootOf(record);
      if (record.root) setEndpoint(record.labels, root.labels[SPAN_LABELS.endpoint]);
      if (root.ended) live.delete(spanId);
    }
    addedSinceRefresh = 0;
  }

  function follow(record: SpanRecord): void {
    // A busy service can start more spans in one window than the bound:
    // then the ended ones go early, after their last endpoint update.
    if (live.size >= maxLiveSpans && addedSinceRefresh >= maxLiveSpans / 4) refresh();
    // A child is followed only with its root, so that refresh() finds the
    // root's end for it; past the bound, spans keep the labels they got.
    const rootFollowed = !record.root || live.get(record.root.spanId) === record.root;
    if (live.size < maxLiveSpans && rootFollowed) {
      live.set(record.spanId, record);
      addedSinceRefresh += 1;
    }
  }

  return {
    labelsFor(context, previous) {
      const span = spanOf(context);
      if (!span) return undefined;
      const known = records.get(span);
      if (known !== undefined) return known?.labels;
      const record = create(span, context, previous);
      // Remembered either way: remote and invalid spans are not re-examined.
      records.set(span, record ?? null);
      if (record) follow(record);
      return record?.labels;
    },
    refresh,
    get liveCount() {
      return live.size;
    },
  };
}

function setEndpoint(labels: SpanLabels, endpoint: string | undefined): void {
  if (endpoint !== undefined) labels[SPAN_LABELS.endpoint] = endpoint;
  else delete labels[SPAN_LABELS.endpoint];
}

/** Only while recording: an ended span ignores it, and a non-recording one is never exported. */
function markProfiled(span: OtelSpan, spanId: string): void {
  if (isRecording(span)) span.setAttribute(PROFILE_ID_ATTRIBUTE, spanId);
}

function isRecording(span: OtelSpan): boolean {
  try {
    return span.isRecording();
  } catch {
    return false;
  }
}

function isSpanId(value: string): boolean {
  return SPAN_ID.test(value) && value !== INVALID_SPAN_ID;
}

function isTraceId(value: string): boolean {
  return TRACE_ID.test(value) && value !== INVALID_TRACE_ID;
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
