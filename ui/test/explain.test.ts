import { describe, expect, it } from 'vitest';
import { classifyFrame, legendFor } from '../src/flamegraph/colors.js';
import { frameExplanation } from '../src/flamegraph/explain.js';

describe('frames the profiler adds, and its own', () => {
  it('explains the other threads’ CPU and garbage collection in the tooltip', () => {
    expect(frameExplanation('Non JS threads activity', '')).toMatch(/other threads.*libuv/);
    expect(frameExplanation('Garbage Collection', '')).toMatch(/JavaScript thread.*Non JS threads activity/);
    expect(frameExplanation('handler', '/app/src/server.js')).toBeUndefined();
  });

  it('marks the profiler’s own frames as such, apart from packages, with a legend entry', () => {
    const serializer = classifyFrame('serializeTimeProfile', '/app/node_modules/@datadog/pprof/out/src/profile-serializer.js');
    expect(serializer).toEqual({ kind: 'profiler', pkg: '@datadog/pprof' });
    expect(classifyFrame('cut', '/app/node_modules/@flamehouse/agent/dist/index.js').kind).toBe('profiler');
    expect(classifyFrame('route', '/app/node_modules/fastify/lib/route.js').kind).toBe('package');
    expect(frameExplanation('serializeTimeProfile', '/app/node_modules/@datadog/pprof/out/src/profile-serializer.js')).toMatch(/profiler itself/);
    const legend = legendFor(new Set([serializer.kind]), new Map(), 0).map((entry) => entry.label);
    expect(legend).toContain('the profiler itself');
    expect(legend).not.toContain('@datadog/pprof');
  });
});
