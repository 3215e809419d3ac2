import { setImmediate as turn } from 'node:timers/promises';
import { ROOT_CONTEXT, context, trace, type Context } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { isTracingSuppressed } from '@opentelemetry/core';
import { BasicTracerProvider } from '@opentelemetry/sdk-trace-base';
import { afterEach, describe, expect, it } from 'vitest';
import { createLog } from '../src/log.js';
import { registeredContextManager, runUntraced } from '../src/otel.js';
import { startSpanTagging, type SpanTagging } from '../src/span-tagging.js';

// The real OpenTelemetry API and context manager; a recording stand-in for
// the profiler, so each context set can be read back.

const API_GLOBAL = Symbol.for('opentelemetry.js.api.1');
const tracer = new BasicTracerProvider().getTracer('test');

function recorder(contextFollowsAsync = false) {
  return {
    current: undefined as Record<string, string> | undefined,
    setContext(labels: object) {
      this.current = labels as Record<string, string>;
    },
    currentContext(): object | undefined {
      return this.current;
    },
    contextFollowsAsync,
  };
}

let tagging: SpanTagging | undefined;
let manager: AsyncLocalStorageContextManager | undefined;
afterEach(() => {
  tagging?.stop();
  context.disable();
  manager = undefined;
});

function register(): AsyncLocalStorageContextManager {
  manager = new AsyncLocalStorageContextManager().enable();
  context.setGlobalContextManager(manager);
  return manager;
}

function start(profiler = recorder()) {
  const lines: string[] = [];
  tagging = startSpanTagging({ profiler, log: createLog('debug', (line) => lines.push(line)) });
  return { profiler, lines };
}

const withSpan = (span: ReturnType<typeof tracer.startSpan>): Context => trace.setSpan(context.active(), span);

describe('reading the OpenTelemetry global', () => {
  it('never creates the registry, and finds the context manager once registered', () => {
    expect(registeredContextManager()).toBeUndefined();
    expect(runUntraced(() => 42)).toBe(42);
    expect(API_GLOBAL in globalThis).toBe(false);
    const registered = register();
    expect(registeredContextManager()).toBe(registered);
  });

  it('runs uploads with tracing suppressed through the registered manager', () => {
    register();
    expect(runUntraced(() => isTracingSuppressed(context.active()))).toBe(true);
    expect(isTracingSuppressed(context.active())).toBe(false);
  });
});

describe('startSpanTagging', () => {
  it('waits for a context manager, then tags contexts entered and left', async () => {
    const { profiler, lines } = start();
    await turn();
    expect(lines).toEqual(['flamehouse: span tagging: waiting for an OpenTelemetry context manager']);
    register();
    tagging?.beforeCut();
    expect(lines.at(-1)).toContain('async hook installed');

    const span = tracer.startSpan('request');
    const inside = context.with(withSpan(span), () => ({ ...profiler.current }));
    expect(inside).toMatchObject({ span_id: span.spanContext().spanId, local_root_span_id: span.spanContext().spanId });
    expect(profiler.current).toEqual({});
  });

  it('re-tags on every async resumption, so interleaved requests keep their own labels', async () => {
    const { profiler } = start();
    register();
    tagging?.beforeCut();
    const seen = new Map<string, Set<string | undefined>>();
    const request = (name: string) => {
      const span = tracer.startSpan(name);
      seen.set(span.spanContext().spanId, new Set());
      return context.with(withSpan(span), async () => {
        for (let i = 0; i < 5; i++) {
          await turn();
          seen.get(span.spanContext().spanId)?.add(profiler.current?.span_id);
        }
      });
    };
    await Promise.all([request('a'), request('b'), request('c')]);
    for (const [spanId, labels] of seen) expect([...labels]).toEqual([spanId]);
  });

  it('tags attach() and re-tags when its token is disposed', () => {
    const { profiler } = start();
    const registered = register();
    tagging?.beforeCut();
    const span = tracer.startSpan('attached');
    const token = registered.attach(trace.setSpan(ROOT_CONTEXT, span));
    expect(profiler.current?.span_id).toBe(span.spanContext().spanId);
    token.dispose();
    expect(profiler.current).toEqual({});
  });

  it('gives the manager its methods back when stopped', async () => {
    const { profiler } = start();
    const registered = register();
    tagging?.beforeCut();
    expect(Object.hasOwn(registered, 'with')).toBe(true);
    tagging?.stop();
    expect(Object.hasOwn(registered, 'with')).toBe(false);
    expect(Object.hasOwn(registered, 'attach')).toBe(false);
    profiler.current = undefined;
    await context.with(withSpan(tracer.startSpan('after stop')), () => turn());
    expect(profiler.current).toBeUndefined();
  });

  it('installs no hook when contexts follow async continuations by themselves (useCPED)', () => {
    const { lines } = start(recorder(true));
    register();
    tagging?.beforeCut();
    expect(lines.at(-1)).toBe(
      'flamehouse: span tagging: found an OpenTelemetry context manager; contexts follow async continuations (useCPED), no hook',
    );
  });

  it('marks local root spans with the profile id while they record', () => {
    start();
    register();
    tagging?.beforeCut();
    const root = tracer.startSpan('root');
    context.with(withSpan(root), () => {
      const child = tracer.startSpan('child');
      context.with(withSpan(child), () => undefined);
      child.end();
      expect((child as unknown as { attributes: Record<string, unknown> }).attributes).not.toHaveProperty(
        'flamehouse.profile.id',
      );
    });
    root.end();
    expect((root as unknown as { attributes: Record<string, unknown> }).attributes['flamehouse.profile.id']).toBe(
      root.spanContext().spanId,
    );
  });
});
