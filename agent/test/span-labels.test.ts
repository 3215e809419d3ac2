import { ROOT_CONTEXT, trace, type Context } from '@opentelemetry/api';
import { RPCType, setRPCMetadata, type RPCMetadata } from '@opentelemetry/core';
import { describe, expect, it } from 'vitest';
import type { OtelSpan } from '../src/otel.js';
import { PROFILE_ID_ATTRIBUTE, createSpanLabeler, endpointOf, parentOf } from '../src/span-labels.js';

const TRACE = 'a'.repeat(32);
const OTHER_TRACE = 'b'.repeat(32);
const id = (n: number): string => n.toString(16).padStart(16, '0');

interface FakeSpan extends OtelSpan {
  name: string;
  attributes: Record<string, unknown>;
  recording: boolean;
}

/** Shaped like sdk-trace-base 2.x spans: `parentSpanContext`, `name`, `attributes`. */
function sdkSpan(spanId: string, parent?: { spanId: string; isRemote?: boolean }, traceId = TRACE): FakeSpan {
  const span: FakeSpan = {
    name: 'GET',
    attributes: {},
    recording: true,
    parentSpanContext: parent && { traceId, traceFlags: 1, ...parent },
    spanContext: () => ({ traceId, spanId, traceFlags: 1 }),
    isRecording: () => span.recording,
    setAttribute(key, value) {
      if (span.recording) span.attributes[key] = value;
      return span;
    },
  };
  return span;
}

/** Shaped like sdk-trace-base 1.x spans: only `parentSpanId`. */
function v1Span(spanId: string, parentSpanId?: string): FakeSpan {
  const span = { ...sdkSpan(spanId), parentSpanId };
  Reflect.deleteProperty(span, 'parentSpanContext');
  return span;
}

const active = (span: OtelSpan): Context => trace.setSpan(ROOT_CONTEXT, span as never);

describe('parentOf', () => {
  it('reads SDK 2.x parent span contexts, SDK 1.x parent ids, and admits ignorance otherwise', () => {
    expect(parentOf(sdkSpan(id(1)))).toEqual({ kind: 'none' });
    expect(parentOf(sdkSpan(id(2), { spanId: id(1) }))).toEqual({ kind: 'local', spanId: id(1) });
    expect(parentOf(sdkSpan(id(2), { spanId: id(1), isRemote: true }))).toEqual({ kind: 'remote' });
    expect(parentOf(v1Span(id(2), id(1)))).toEqual({ kind: 'local', spanId: id(1), maybeRemote: true });
    expect(parentOf(v1Span(id(2)))).toEqual({ kind: 'none' });
    // The API's non-recording span (unsampled, or a context from elsewhere) says nothing.
    expect(parentOf(trace.wrapSpanContext({ traceId: TRACE, spanId: id(1), traceFlags: 0 }))).toEqual({
      kind: 'unknown',
    });
  });
});

describe('endpointOf', () => {
  it('combines the method with http.route, else falls back on the span name', () => {
    const span = sdkSpan(id(1));
    expect(endpointOf(span)).toBe('GET');
    span.attributes['http.request.method'] = 'POST';
    span.attributes['http.route'] = '/checkout';
    expect(endpointOf(span)).toBe('POST /checkout');
    // Old semantic conventions, and none.
    expect(endpointOf({ ...span, attributes: { 'http.method': 'PUT', 'http.route': '/cart' } })).toBe('PUT /cart');
    expect(endpointOf({ ...span, attributes: { 'http.route': '/cart' } })).toBe('/cart');
    // An unknown method is "_OTHER" in the stable conventions; the original says which.
    const other = { 'http.request.method': '_OTHER', 'http.request.method_original': 'PURGE', 'http.route': '/c' };
    expect(endpointOf({ ...span, attributes: other })).toBe('PURGE /c');
  });

  it("takes a router's route before the HTTP instrumentation copied it to the span", () => {
    const span = sdkSpan(id(1));
    span.attributes['http.request.method'] = 'GET';
    expect(endpointOf(span, '/users/:id')).toBe('GET /users/:id');
    span.attributes['http.route'] = '/users/:id/final';
    expect(endpointOf(span, '/users/:id')).toBe('GET /users/:id/final');
    expect(endpointOf({ ...span, name: '', attributes: {} })).toBeUndefined();
  });
});

describe('createSpanLabeler', () => {
  it('labels a local root and its children with the root id and endpoint, and marks the root', () => {
    const labeler = createSpanLabeler();
    const root = sdkSpan(id(1), { spanId: id(99), isRemote: true });
    const child = sdkSpan(id(2), { spanId: id(1) });
    const grandchild = sdkSpan(id(3), { spanId: id(2) });
    const rootLabels = labeler.labelsFor(active(root));
    expect(rootLabels).toEqual({ span_id: id(1), trace_id: TRACE, local_root_span_id: id(1), trace_endpoint: 'GET' });
    expect(labeler.labelsFor(active(child))).toEqual({ ...rootLabels, span_id: id(2) });
    expect(labeler.labelsFor(active(grandchild))).toEqual({ ...rootLabels, span_id: id(3) });
    expect(root.attributes[PROFILE_ID_ATTRIBUTE]).toBe(id(1));
    expect(child.attributes[PROFILE_ID_ATTRIBUTE]).toBeUndefined();
  });

  it('makes one labels object per span, so the profiler can skip unchanged contexts', () => {
    const labeler = createSpanLabeler();
    const span = sdkSpan(id(1));
    const first = labeler.labelsFor(active(span));
    // Another context holding the same span (say, with a value added).
    expect(labeler.labelsFor(active(span).setValue(Symbol('x'), 1))).toBe(first);
    expect(labeler.labelsFor(ROOT_CONTEXT)).toBeUndefined();
  });

  it('finds the root through the span active before, when the parent was never entered', () => {
    const labeler = createSpanLabeler();
    const root = sdkSpan(id(1));
    labeler.labelsFor(active(root));
    // Its parent id points at a span this labeler never saw.
    const orphan = sdkSpan(id(3), { spanId: id(2) });
    expect(labeler.labelsFor(active(orphan), () => root)?.local_root_span_id).toBe(id(1));
    // Not across traces: then the span stands for its own request.
    const stranger = sdkSpan(id(5), { spanId: id(4) }, OTHER_TRACE);
    expect(labeler.labelsFor(active(stranger), () => root)?.local_root_span_id).toBe(id(5));
    expect(stranger.attributes[PROFILE_ID_ATTRIBUTE]).toBeUndefined();
    // A non-recording span of the same trace (unsampled child) joins the request too.
    const unsampled = trace.wrapSpanContext({ traceId: TRACE, spanId: id(6), traceFlags: 0 });
    expect(labeler.labelsFor(active(unsampled), () => root)?.local_root_span_id).toBe(id(1));
  });

  it('leaves remote and invalid spans unlabelled', () => {
    const labeler = createSpanLabeler();
    const remote = trace.wrapSpanContext({ traceId: TRACE, spanId: id(1), traceFlags: 1, isRemote: true });
    expect(labeler.labelsFor(active(remote))).toBeUndefined();
    expect(labeler.labelsFor(active(trace.wrapSpanContext({ traceId: '0'.repeat(32), spanId: id(1), traceFlags: 1 })))).toBeUndefined();
    expect(labeler.labelsFor(active(sdkSpan('0'.repeat(16))))).toBeUndefined();
    expect(labeler.labelsFor(active(sdkSpan('not-hex-at-all!!')))).toBeUndefined();
  });

  it('marks SDK 1.x spans whose parent is unknown here: their parent may be remote', () => {
    const labeler = createSpanLabeler();
    const span = v1Span(id(2), id(1));
    expect(labeler.labelsFor(active(span))?.local_root_span_id).toBe(id(2));
    expect(span.attributes[PROFILE_ID_ATTRIBUTE]).toBe(id(2));
  });

  it('does not mark a root that is not recording', () => {
    const labeler = createSpanLabeler();
    const span = sdkSpan(id(1));
    span.recording = false;
    expect(labeler.labelsFor(active(span))?.local_root_span_id).toBe(id(1));
    expect(span.attributes[PROFILE_ID_ATTRIBUTE]).toBeUndefined();
  });

  it('refreshes endpoints into the labels already handed out, then forgets ended requests', () => {
    const labeler = createSpanLabeler();
    const root = sdkSpan(id(1));
    root.attributes['http.request.method'] = 'GET';
    const rootLabels = labeler.labelsFor(active(root))!;
    const childLabels = labeler.labelsFor(active(sdkSpan(id(2), { spanId: id(1) })))!;
    expect(childLabels.trace_endpoint).toBe('GET');

    // The router names the route after the span started.
    root.attributes['http.route'] = '/checkout';
    labeler.refresh();
    expect(rootLabels.trace_endpoint).toBe('GET /checkout');
    expect(childLabels.trace_endpoint).toBe('GET /checkout');
    expect(labeler.liveCount).toBe(2);

    root.recording = false;
    root.name = 'GET /checkout (renamed at the end)';
    root.attributes['http.route'] = '/checkout/v2';
    labeler.refresh();
    // Read once more at the end, so the last window gets the final name.
    expect(childLabels.trace_endpoint).toBe('GET /checkout/v2');
    expect(labeler.liveCount).toBe(0);
    // A late child of the forgotten root is found through the span it was entered from…
    expect(labeler.labelsFor(active(sdkSpan(id(3), { spanId: id(1) })), () => root)?.local_root_span_id).toBe(id(1));
    // …or else stands for its request, without claiming to be a root.
    const late = sdkSpan(id(4), { spanId: id(1) });
    expect(labeler.labelsFor(active(late))?.local_root_span_id).toBe(id(4));
    expect(late.attributes[PROFILE_ID_ATTRIBUTE]).toBeUndefined();
  });

  it("reads the route a router wrote on the request's RPC metadata", () => {
    const labeler = createSpanLabeler();
    const root = sdkSpan(id(1));
    root.attributes['http.request.method'] = 'GET';
    const metadata: RPCMetadata = { type: RPCType.HTTP, span: root as never };
    const labels = labeler.labelsFor(setRPCMetadata(active(root), metadata))!;
    expect(labels.trace_endpoint).toBe('GET');
    metadata.route = '/users/:id';
    labeler.refresh();
    expect(labels.trace_endpoint).toBe('GET /users/:id');
  });

  it('finishes a request when its root span ends: a last endpoint for it and its children, then followed no more', () => {
    const labeler = createSpanLabeler();
    const root = Object.assign(sdkSpan(id(1)), {
      end() {
        // As the HTTP instrumentation does: the route is copied to the span as it ends.
        root.attributes['http.route'] = '/orders';
        root.recording = false;
      },
    });
    const rootLabels = labeler.labelsFor(active(root))!;
    const childLabels = labeler.labelsFor(active(sdkSpan(id(2), { spanId: id(1) })))!;
    expect(labeler.liveCount).toBe(2);
    root.end();
    expect(rootLabels.trace_endpoint).toBe('/orders');
    expect(childLabels.trace_endpoint).toBe('/orders');
    expect(labeler.liveCount).toBe(0);
    // Every labels object keeps one shape: the endpoint is there, empty, before it is known.
    expect(Object.keys(labeler.labelsFor(active(Object.assign(sdkSpan(id(3)), { name: '' })))!)).toEqual([
      'span_id',
      'trace_id',
      'local_root_span_id',
      'trace_endpoint',
    ]);
  });

  it('follows at most maxLiveSpans spans, and children only with their root', () => {
    const labeler = createSpanLabeler(2);
    const first = sdkSpan(id(1));
    labeler.labelsFor(active(first));
    labeler.labelsFor(active(sdkSpan(id(2), { spanId: id(1) })));
    const second = sdkSpan(id(3));
    second.attributes['http.route'] = '/late';
    const secondLabels = labeler.labelsFor(active(second))!;
    expect(labeler.liveCount).toBe(2);
    // Not followed: keeps the labels it got, and its children are not followed either.
    second.attributes['http.route'] = '/later';
    first.recording = false;
    labeler.refresh();
    expect(labeler.liveCount).toBe(0);
    labeler.labelsFor(active(sdkSpan(id(4), { spanId: id(3) })), () => second);
    expect(labeler.liveCount).toBe(0);
    labeler.refresh();
    expect(secondLabels.trace_endpoint).toBe('/late');
  });
});
