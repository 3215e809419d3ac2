import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgentsResponse, FlameGraphResponse, SpansResponse } from '@flamehouse/proto';
import { WALL_CPU, makePprof } from './pprof-fixture.js';
import { defaultTenant, startTestApp, uploadUrl, type TestApp } from './test-app.js';

let app: TestApp;
const NOW = Date.now();
const MS = 1_000_000;
const range = `from=${NOW - 3600_000}&to=${NOW}`;

const request = (root: string, span: string, endpoint: string) => ({
  local_root_span_id: root,
  span_id: span,
  trace_id: `trace-${root}`,
  trace_endpoint: endpoint,
});

beforeAll(async () => {
  app = await startTestApp();
  const body = makePprof({
    sampleTypes: WALL_CPU,
    timeMs: NOW - 60_000,
    samples: [
      // Request r1 on /checkout: its root span, then a child span inside it.
      { stack: 'main;checkout;price', values: [30 * MS, 30 * MS], labels: request('r1', 'r1', 'POST /checkout') },
      { stack: 'main;checkout;db', values: [10 * MS, 10 * MS], labels: request('r1', 'c1', 'POST /checkout') },
      // Request r2 on /search.
      { stack: 'main;search;score', values: [50 * MS, 50 * MS], labels: request('r2', 'r2', 'GET /search') },
      { stack: 'main;gc', values: [5 * MS, 5 * MS] },
    ],
  });
  const response = await app.server.inject({
    method: 'POST',
    url: `${uploadUrl('shop', { 'service.version': '1' })}&dropped=3&agent_cpu_ms=42&process_cpu_ms=8400&agent_upload_bytes=9000&agent_failures=1`,
    payload: body,
    headers: { 'content-type': 'application/octet-stream' },
  });
  expect(response.statusCode, response.body).toBe(200);
  // Another pod of the service that traces nothing: its set stores no span arrays, and reads pad them.
  const untraced = makePprof({ sampleTypes: WALL_CPU, timeMs: NOW - 60_000, samples: [{ stack: 'main;idle', values: [20 * MS, 20 * MS] }] });
  const second = await app.server.inject({
    method: 'POST',
    url: uploadUrl('shop', { 'service.version': '1', 'host.name': 'untraced' }),
    payload: untraced,
    headers: { 'content-type': 'application/octet-stream' },
  });
  expect(second.statusCode, second.body).toBe(200);
});
afterAll(async () => {
  await app?.close();
});

async function get<T>(url: string): Promise<T> {
  const response = await app.server.inject({ url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<T>();
}

describe('spans', () => {
  it("selects a request's whole work by its root span, and a child span by its own id", async () => {
    const whole = await get<FlameGraphResponse>(`/api/v1/flamegraph?service=shop&type=cpu&${range}&span_id=r1`);
    expect(whole.total).toBe(40 * MS);
    const child = await get<FlameGraphResponse>(`/api/v1/flamegraph?service=shop&type=cpu&${range}&span_id=c1`);
    expect(child.total).toBe(10 * MS);
    const trace = await get<FlameGraphResponse>(`/api/v1/flamegraph?service=shop&type=cpu&${range}&trace_id=trace-r2`);
    expect(trace.total).toBe(50 * MS);
    // Without from/to a span lookup still finds data from the last day.
    expect((await get<FlameGraphResponse>(`/api/v1/flamegraph?service=shop&type=cpu&span_id=r2`)).total).toBe(50 * MS);
  });

  it('turns the flamegraph into one per endpoint', async () => {
    const checkout = await get<FlameGraphResponse>(`/api/v1/flamegraph?service=shop&type=cpu&${range}&endpoint=POST%20/checkout`);
    expect(checkout.total).toBe(40 * MS);
    expect((await get<FlameGraphResponse>(`/api/v1/flamegraph?service=shop&type=cpu&${range}`)).total).toBe(115 * MS);
  });

  it("lists a set's spans once and points each entry at its span; a set with no span stores nothing", async () => {
    const { tables } = await defaultTenant(app);
    const result = await app.storage.client.query({
      query: `SELECT toUInt32(length(stack_ids)), arrayMap(a -> toUInt32(length(a)), [span_ids, trace_ids, root_span_ids, endpoints]), toUInt32(length(ref_span_ids)),
          arraySort(arrayMap(r -> (ref_span_ids[r], ref_trace_ids[r], ref_root_span_ids[r], ref_endpoints[r]), span_refs))
        FROM ${tables.sampleSets} WHERE service = 'shop' AND kind = 'time' ORDER BY length(stack_ids)`,
      format: 'JSONCompactEachRow',
    });
    expect(await result.json()).toEqual([
      [1, [0, 0, 0, 0], 0, []],
      [
        4,
        [0, 0, 0, 0],
        3,
        [
          ['', '', '', ''],
          ['c1', 'trace-r1', 'r1', 'POST /checkout'],
          ['r1', 'trace-r1', 'r1', 'POST /checkout'],
          ['r2', 'trace-r2', 'r2', 'GET /search'],
        ],
      ],
    ]);
  });

  it('ranks requests and endpoints by what they spent', async () => {
    const requests = await get<SpansResponse>(`/api/v1/spans?service=shop&type=cpu&${range}`);
    expect(requests.spans).toEqual([
      { spanId: 'r2', traceId: 'trace-r2', endpoint: 'GET /search', value: 50 * MS },
      { spanId: 'r1', traceId: 'trace-r1', endpoint: 'POST /checkout', value: 40 * MS },
    ]);
    expect(requests.total).toBe(115 * MS);
    const endpoints = await get<SpansResponse>(`/api/v1/spans?service=shop&type=cpu&${range}&by=endpoint`);
    expect(endpoints.spans.map((s) => [s.endpoint, s.value])).toEqual([
      ['GET /search', 50 * MS],
      ['POST /checkout', 40 * MS],
    ]);
  });
});

describe('agents', () => {
  it("reports each agent's own cost, bytes, failures and drops once per upload", async () => {
    const { agents } = await get<AgentsResponse>(`/api/v1/agents?service=shop&${range}`);
    expect(agents).toHaveLength(2);
    expect(agents.find((agent) => agent.labels['host.name'] === undefined)).toMatchObject({
      labels: { 'service.version': '1' },
      profiles: 2,
      agentCpuMs: 42,
      processCpuMs: 8400,
      agentCpuPercent: 0.5,
      uploadBytes: 9000,
      failures: 1,
      dropped: 3,
    });
  });
});

describe('sets written before schema version 9', () => {
  it('read beside newer ones: one value per entry instead of positions in a list of spans', async () => {
    // As a version 8 server wrote a set (during a rolling deploy, or before the upgrade): per-entry span arrays.
    const { tables } = await defaultTenant(app);
    await app.storage.client.command({
      query: `INSERT INTO ${tables.sampleSets} (service, kind, ts, series_id, stack_ids, v1, v2, span_ids, trace_ids, root_span_ids, endpoints)
        SELECT service, kind, ts, series_id, [stack_ids[1], stack_ids[2]], [7000000, 3000000], [7000000, 3000000],
          ['r3', ''], ['trace-r3', ''], ['r3', ''], ['GET /old', '']
        FROM ${tables.sampleSets} WHERE service = 'shop' AND kind = 'time' AND length(stack_ids) = 4`,
    });
    const requests = await get<SpansResponse>(`/api/v1/spans?service=shop&type=cpu&${range}`);
    expect(requests.spans.map((s) => [s.spanId, s.traceId, s.endpoint, s.value])).toEqual([
      ['r2', 'trace-r2', 'GET /search', 50 * MS],
      ['r1', 'trace-r1', 'POST /checkout', 40 * MS],
      ['r3', 'trace-r3', 'GET /old', 7 * MS],
    ]);
    expect(requests.total).toBe(125 * MS);
    // The span index is what finds a span's sets: this set's span is not in it, so only the entry filters can be checked.
    const old = await get<FlameGraphResponse>(`/api/v1/flamegraph?service=shop&type=cpu&${range}&endpoint=GET%20/old`);
    expect(old.total).toBe(7 * MS);
  });
});
