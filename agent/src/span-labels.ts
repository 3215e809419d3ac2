import { SPAN_LABELS } from '@flamehouse/proto';
import { rpcMetadataOf, spanOf, type OtelContext, type OtelSpan } from './otel.js';
import { runAfterCall } from './after-call.js';

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
   * cached (by context, then by span). `previous` gives the span that was
   * active when this context was entered, asked only for a span not seen
   * before: its parent is looked for there. Undefined without a span, or for
   * a remote or invalid one.
   */
  labelsFor(context: OtelContext, previous?: () => OtelSpan | undefined): SpanLabels | undefined;
  /**
   * Before a cut: re-reads the endpoints of the requests still running into
   * their spans' labels, and ends those whose root stopped recording without
   * our noticing. Ended requests were finished when their root span ended.
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
  /** A root's followed children, whose labels carry its endpoint. */
  readonly children: SpanRecord[];
}

const rootOf = (record: SpanRecord): SpanRecord => record.root ?? record;

/**
 * Labels for the spans of each request, and the request's endpoint in them
 * as it becomes known. A root span's end() is wrapped: when the request ends
 * its endpoint is read a last time into its and its children's labels, and
 * they stop being followed. So a cut only looks at the requests still
 * running, not at every span of the last window.
 */
export function createSpanLabeler(maxLiveSpans = MAX_LIVE_SPANS): SpanLabeler {
  // Weak: a span or context the application dropped takes its labels with it.
  const bySpan = new WeakMap<OtelSpan, SpanRecord | null>();
  const byContext = new WeakMap<OtelContext, SpanLabels | null>();
  // Spans of requests still running, by id: how a child finds its root.
  const live = new Map<string, SpanRecord>();
  const liveRoots = new Set<SpanRecord>();

  function findRoot(parent: ParentInfo, traceId: string, previous: (() => OtelSpan | undefined) | undefined): SpanRecord | undefined {
    if (parent.kind === 'none' || parent.kind === 'remote') return undefined;
    const known = parent.kind === 'local' ? live.get(parent.spanId) : undefined;
    if (known) return rootOf(known);
    // A parent never entered, or ended: the span that was active when this
    // one was entered belongs to the same request if it has the trace.
    const before = previous?.();
    const outer = before && bySpan.get(before);
    return outer && outer.labels[SPAN_LABELS.traceId] === traceId ? rootOf(outer) : undefined;
  }

  function create(span: OtelSpan, context: OtelContext, previous: (() => OtelSpan | undefined) | undefined): SpanRecord | undefined {
    const { traceId, spanId, isRemote } = span.spanContext();
    if (isRemote === true || !isSpanId(spanId) || !isTraceId(traceId)) return undefined;
    const parent = parentOf(span);
    const root = findRoot(parent, traceId, previous);
    const rpc = root ? undefined : rpcMetadataOf(context, span);
    // Always the same four fields in the same order: one hidden class for every labels object.
    const labels: SpanLabels = {
      [SPAN_LABELS.spanId]: spanId,
      [SPAN_LABELS.traceId]: traceId,
      [SPAN_LABELS.rootSpanId]: root ? root.spanId : spanId,
      [SPAN_LABELS.endpoint]: (root ? root.labels[SPAN_LABELS.endpoint] : endpointOf(span, rpc?.route)) ?? '',
    };
    // Only a true local root gets the profile id: a span that stands for its
    // request because its parent went missing would point to part of one.
    const localRoot = parent.kind === 'none' || parent.kind === 'remote' || (parent.kind === 'local' && parent.maybeRemote);
    if (!root && localRoot) markProfiled(span, spanId);
    return { span, spanId, labels, root, rpc, children: [] };
  }

  /** The request's endpoint, as known now, into the labels of its root and children. */
  function updateEndpoint(root: SpanRecord): void {
    const endpoint = endpointOf(root.span, root.rpc?.route) ?? '';
    root.labels[SPAN_LABELS.endpoint] = endpoint;
    for (const child of root.children) child.labels[SPAN_LABELS.endpoint] = endpoint;
  }

  /** The request ended: its final endpoint, and it is followed no more. */
  function finish(root: SpanRecord): void {
    if (!liveRoots.delete(root)) return;
    updateEndpoint(root);
    live.delete(root.spanId);
    for (const child of root.children) live.delete(child.spanId);
  }

  function follow(record: SpanRecord): void {
    // Past the bound (spans that never end, or a burst), new spans keep the labels they got.
    if (live.size >= maxLiveSpans) return;
    if (record.root) {
      // A child is followed only with its root, whose end finishes it.
      if (!liveRoots.has(record.root)) return;
      record.root.children.push(record);
    } else {
      liveRoots.add(record);
      onEnd(record.span, () => finish(record));
    }
    live.set(record.spanId, record);
  }

  function labelsForSpan(span: OtelSpan, context: OtelContext, previous: (() => OtelSpan | undefined) | undefined): SpanLabels | undefined {
    const known = bySpan.get(span);
    if (known !== undefined) return known?.labels;
    const record = create(span, context, previous);
    // Remembered either way: remote and invalid spans are not re-examined.
    bySpan.set(span, record ?? null);
    if (record) follow(record);
    return record?.labels;
  }

  return {
    labelsFor(context, previous) {
      const cached = byContext.get(context);
      if (cached !== undefined) return cached ?? undefined;
      const span = spanOf(context);
      const labels = span ? labelsForSpan(span, context, previous) : undefined;
      byContext.set(context, labels ?? null);
      return labels;
    },
    refresh() {
      for (const root of liveRoots) {
        if (isRecording(root.span)) updateEndpoint(root);
        else finish(root);
      }
    },
    get liveCount() {
      return live.size;
    },
  };
}

/**
 * Runs `then` after the span's end(), once: an own property over the SDK's
 * method, so other spans are untouched. A span that does not let us (frozen,
 * no end) is finished by the next refresh() instead.
 */
function onEnd(span: OtelSpan, then: () => void): void {
  runAfterCall(span, 'end', then);
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
