import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlameGraphResponse, SpansResponse } from '@flamehouse/proto';
import { NODE_RUNTIMES, type NodeRuntime } from '../agent/test/helpers/node-versions.js';
import { runWithAgent, startServer, totalOf, type RunningServer, type RunResult } from './harness.js';

// Span tagging end to end: an HTTP service traced by the real OpenTelemetry
// SDK runs under the agent, which labels its samples with the requests' spans;
// the real server stores them, and its API narrows flamegraphs to one request
// or one endpoint. The service is the agent's own span fixture.

const OTEL_FIXTURES = join(import.meta.dirname, '..', 'agent', 'test', 'fixtures', 'otel');

interface ExportedSpan {
  name: string;
  kind: string;
  spanId: string;
  route?: string;
}

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

/** `node --require <agent> --require <tracing> <app>`, to its end. */
function runTraced(env: Record<string, string>, node: NodeRuntime): Promise<RunResult> {
  return runWithAgent(['--require', join(OTEL_FIXTURES, 'tracing.js'), join(OTEL_FIXTURES, 'app.js')], env, { node: node.execPath });
}

describe('OpenTelemetry spans → agent → server → API', () => {
  // Span context travels differently by Node version (an async hook before 24, AsyncContextFrame from 24 on).
  it.each(NODE_RUNTIMES)('narrows the flamegraph to one request and to one endpoint on $name', async (node) => {
    const startMs = Date.now();
    const service = `traced-${node.major}`;
    const run = await runTraced({ FLAMEHOUSE_URL: server.url, FLAMEHOUSE_SERVICE: service, APP_SPANS: '1' }, node);
    expect(run.code, run.stderr).toBe(0);
    const spansLine = run.stdout.split('\n').find((line) => line.startsWith('SPANS '));
    const spans = JSON.parse(spansLine?.slice('SPANS '.length) ?? '[]') as ExportedSpan[];
    const alphaRoots = new Set(spans.filter((s) => s.kind === 'SERVER' && s.route === '/alpha').map((s) => s.spanId));
    expect(alphaRoots.size).toBe(150);

    const query = `service=${service}&type=wall&from=${startMs - 5_000}&to=${Date.now() + 5_000}`;
    // The /alpha requests that got samples: a request of 8 ms of CPU gets a
    // sample or none at the default 29 Hz, and that sample may fall in the
    // HTTP machinery rather than alphaWork. Each one's flamegraph holds its
    // own work only, and alphaWork shows in some.
    const requests = await server.api<SpansResponse>(`/api/v1/spans?${query}&by=request&limit=1000`);
    const alphaRequests = requests.spans.filter((span) => alphaRoots.has(span.spanId)).slice(0, 10);
    expect(alphaRequests.length, JSON.stringify(requests.spans.slice(0, 5))).toBeGreaterThan(0);
    let alphaWork = 0;
    for (const request of alphaRequests) {
      expect(request.endpoint).toBe('GET /alpha');
      const one = await server.api<FlameGraphResponse>(`/api/v1/flamegraph?${query}&span_id=${request.spanId}`);
      expect(one.total).toBeGreaterThan(0);
      expect(totalOf(one.root, 'betaWork')).toBe(0);
      alphaWork += totalOf(one.root, 'alphaWork');
    }
    expect(alphaWork).toBeGreaterThan(0);

    const endpoints = await server.api<SpansResponse>(`/api/v1/spans?${query}&by=endpoint`);
    expect(endpoints.spans.map((span) => span.endpoint).sort()).toEqual(['GET /alpha', 'GET /beta']);

    const alpha = await server.api<FlameGraphResponse>(`/api/v1/flamegraph?${query}&endpoint=${encodeURIComponent('GET /alpha')}`);
    expect(totalOf(alpha.root, 'alphaWork')).toBeGreaterThan(0);
    expect(totalOf(alpha.root, 'betaWork')).toBe(0);
  });
});
